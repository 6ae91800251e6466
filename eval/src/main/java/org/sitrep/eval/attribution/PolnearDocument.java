package org.sitrep.eval.attribution;

import java.util.List;
import java.util.Objects;
import org.sitrep.model.Article;

/**
 * One PolNeAR article with one annotator's attributions.
 *
 * @param name the file name without extension
 * @param annotator the id of the annotator whose file was read
 * @param annotators how many annotators' files the article has (more than one only for the
 *     agreement study; the first by file name is read)
 * @param article the article as the systems read it: the text the offsets point into and the
 *     publication date from {@code metadata.tsv}
 * @param annotations the attributions and what reading them found
 */
public record PolnearDocument(
    String name, String annotator, int annotators, Article article, BratAnnotations annotations) {
  public PolnearDocument {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(annotator, "annotator");
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(annotations, "annotations");
  }

  public String text() {
    return article.text();
  }

  public List<GoldAttribution> gold() {
    return annotations.attributions();
  }
}
