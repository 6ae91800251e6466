package org.sitrep.eval.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class GeoparseGoldFilesTest {
  private static final Path GEOPARSING =
      Path.of(System.getProperty("sitrep.shared"), "data", "geoparsing");

  @TempDir Path dir;

  @Test
  void reads_invented_articles_back_as_written() throws IOException {
    GeoparseFixtures.write(dir, GeoparseSet.LGL, GeoparseFixtures.articles(), true);
    assertThat(GeoparseGoldFiles.read(dir, GeoparseSet.LGL))
        .isEqualTo(
            GeoparseFixtures.articles().stream()
                .map(a -> withOrigin(a, "lgl.input.jsonl:" + (a.id().equals("storm") ? 1 : 2)))
                .toList());
  }

  @Test
  void names_articles_without_ids_by_set_and_line() throws IOException {
    GeoparseFixtures.write(dir, GeoparseSet.GEOVIRUS, GeoparseFixtures.articles(), false);
    assertThat(GeoparseGoldFiles.read(dir, GeoparseSet.GEOVIRUS))
        .extracting(GoldArticle::id)
        .containsExactly("geovirus:1", "geovirus:2");
  }

  @Test
  void refuses_files_whose_ids_disagree() throws IOException {
    GeoparseFixtures.write(dir, GeoparseSet.LGL, GeoparseFixtures.articles(), true);
    Path gold = dir.resolve("lgl.gold.jsonl");
    List<String> lines = Files.readAllLines(gold, StandardCharsets.UTF_8);
    Files.write(gold, List.of(lines.get(1), lines.get(0)), StandardCharsets.UTF_8);
    assertThatThrownBy(() -> GeoparseGoldFiles.read(dir, GeoparseSet.LGL))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("lgl.input.jsonl:1")
        .hasMessageContaining("ferry");
  }

  @Test
  void refuses_a_toponym_that_is_not_the_text_at_its_offsets() {
    assertThatThrownBy(
            () ->
                new GoldArticle(
                    "x",
                    null,
                    "Rain in Oxley.",
                    null,
                    "here:1",
                    List.of(new GoldToponym(0, 4, "Oxle", new Coordinate(1, 2), null))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("here:1")
        .hasMessageContaining("Oxle");
  }

  @Test
  void rejects_an_unknown_set_name_listing_the_known_ones() {
    assertThatThrownBy(() -> GeoparseSet.of("wotr"))
        .hasMessageContaining("wotr")
        .hasMessageContaining("lgl, geovirus");
    assertThat(GeoparseSet.of("GeoVirus")).isEqualTo(GeoparseSet.GEOVIRUS);
  }

  @ParameterizedTest
  @EnumSource(GeoparseSet.class)
  void the_shared_gold_sets_parse_and_every_span_is_its_text(GeoparseSet set) throws IOException {
    assertThat(GEOPARSING).isDirectory();

    List<GoldArticle> articles = GeoparseGoldFiles.read(GEOPARSING, set);

    assertThat(articles).hasSize(set == GeoparseSet.LGL ? 588 : 229);
    assertThat(articles).extracting(GoldArticle::id).doesNotHaveDuplicates();
    long toponyms = articles.stream().mapToLong(a -> a.toponyms().size()).sum();
    assertThat(toponyms).isEqualTo(set == GeoparseSet.LGL ? 4462 : 2170);
    for (GoldArticle article : articles) {
      for (GoldToponym toponym : article.toponyms()) {
        assertThat(article.text().substring(toponym.start(), toponym.end()))
            .as("%s at %d", article.id(), toponym.start())
            .isEqualTo(toponym.text());
      }
    }
  }

  private static GoldArticle withOrigin(GoldArticle article, String origin) {
    return new GoldArticle(
        article.id(),
        article.title(),
        article.text(),
        article.published(),
        origin,
        article.toponyms());
  }
}
