package org.sitrep.input;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.sitrep.input.html.HtmlArticleExtractor;
import org.sitrep.input.language.EnglishScreen;

/**
 * The stateless pieces the format readers share, built once per {@link ArticleReader}.
 *
 * @param options the reader's options
 * @param decoder strict decoding in the configured charset (.txt, .html)
 * @param utf8 strict UTF-8 decoding of JSONL lines, byte-order marks not honoured
 * @param screen binary, blank, length and language checks
 * @param dates publication date resolution
 * @param html main-text extraction from web pages
 * @param json the JSON parser; rejects trailing content after the object
 */
record ReaderParts(
    ReaderOptions options,
    StrictDecoder decoder,
    StrictDecoder utf8,
    TextScreen screen,
    PublicationDateResolver dates,
    HtmlArticleExtractor html,
    ObjectMapper json) {

  static ReaderParts of(ReaderOptions options) {
    return new ReaderParts(
        options,
        new StrictDecoder(options.charset()),
        new StrictDecoder(StandardCharsets.UTF_8, false),
        new TextScreen(options.maxChars(), EnglishScreen.load()),
        new PublicationDateResolver(options.defaultPublished()),
        HtmlArticleExtractor.load(),
        new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS));
  }
}
