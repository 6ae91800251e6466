package org.sitrep.store.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.sitrep.model.Article;

/**
 * The keys an incoming article is recognised by: its id, its URL and a hash of its text. An article
 * whose key the ledger already holds is the same article and changes nothing.
 */
public final class ArticleKeys {
  private ArticleKeys() {}

  /**
   * Every key of the article. The id counts only when the input gave one: an id sitrep made up from
   * the file and line ({@code feed.jsonl:4}) says nothing about which article it is.
   */
  public static List<String> of(Article article) {
    List<String> keys = new ArrayList<>();
    if (!article.id().equals(article.origin())) {
      keys.add("id:" + article.id());
    }
    if (article.url() != null && !article.url().isBlank()) {
      keys.add("url:" + normalizeUrl(article.url()));
    }
    keys.add("text:" + textHash(article.text()));
    return keys;
  }

  /**
   * A URL without what does not change the page: scheme, "www.", fragment, trailing slash, and
   * tracking parameters (utm_*).
   */
  static String normalizeUrl(String url) {
    String u = url.strip().toLowerCase(Locale.ROOT);
    u = u.replaceFirst("^[a-z]+://", "").replaceFirst("^www\\.", "");
    int hash = u.indexOf('#');
    if (hash >= 0) {
      u = u.substring(0, hash);
    }
    u = u.replaceAll("([?&])utm_[^&]*&?", "$1").replaceAll("[?&]$", "");
    return u.endsWith("/") ? u.substring(0, u.length() - 1) : u;
  }

  /** SHA-256 of the text with case, accents, punctuation and spacing normalised away. */
  static String textHash(String text) {
    String normalized = Folding.fold(text);
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(normalized.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
