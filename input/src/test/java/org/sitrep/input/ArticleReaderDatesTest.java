package org.sitrep.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.input.ReaderFixtures.ENGLISH_BODY;
import static org.sitrep.input.ReaderFixtures.accepted;
import static org.sitrep.input.ReaderFixtures.only;
import static org.sitrep.input.ReaderFixtures.write;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Article;
import org.sitrep.model.DateSource;

class ArticleReaderDatesTest {
  private static final LocalDate FLAG = LocalDate.of(2001, 1, 1);
  private static final String DATELINE = "HERAT, Afghanistan (Feb. 3, 2012) – ";

  @TempDir Path dir;

  private Article readJsonl(String published, String text, LocalDate flag) {
    String field = published == null ? "" : "\"published\":\"" + published + "\",";
    Path file = write(dir, "d.jsonl", "{" + field + "\"text\":\"" + text + "\"}\n");
    ArticleReader reader = new ArticleReader(ReaderOptions.defaults().withDefaultPublished(flag));
    return accepted(only(ReaderFixtures.read(reader, file)));
  }

  @Test
  void metadata_comes_before_the_flag_and_a_dateline_far_from_it() {
    Article a = readJsonl("2012-03-20T09:00:00Z", DATELINE + ENGLISH_BODY, FLAG);
    assertThat(a.published()).isEqualTo(LocalDate.of(2012, 3, 20));
    assertThat(a.publishedFrom()).isEqualTo(DateSource.METADATA);
    assertThat(a.publishedEvidence()).isNull();
  }

  @Test
  void a_dateline_in_the_week_before_the_metadata_date_anchors_the_article_and_says_so() {
    Article a = readJsonl("2012-02-04T09:00:00Z", DATELINE + ENGLISH_BODY, FLAG);
    assertThat(a.published()).isEqualTo(LocalDate.of(2012, 2, 3));
    assertThat(a.publishedFrom()).isEqualTo(DateSource.DATELINE);
    assertThat(a.publishedEvidence().text()).isEqualTo("Feb. 3, 2012");
    assertThat(a.warnings()).anyMatch(w -> w.contains("metadata date 2012-02-04"));
  }

  @Test
  void a_dateline_without_a_year_takes_the_year_of_the_metadata_date_nearest_to_it() {
    Article a = readJsonl("2011-01-02", "KABUL, Afghanistan (Dec. 31) – " + ENGLISH_BODY, null);
    assertThat(a.published()).isEqualTo(LocalDate.of(2010, 12, 31));
    assertThat(a.publishedFrom()).isEqualTo(DateSource.DATELINE);
  }

  @Test
  void the_flag_comes_before_the_dateline() {
    Article a = readJsonl(null, DATELINE + ENGLISH_BODY, FLAG);
    assertThat(a.published()).isEqualTo(FLAG);
    assertThat(a.publishedFrom()).isEqualTo(DateSource.FLAG);
  }

  @Test
  void the_dateline_dates_an_article_without_metadata_or_flag_with_its_evidence() {
    Article a = readJsonl(null, DATELINE + ENGLISH_BODY, null);
    assertThat(a.published()).isEqualTo(LocalDate.of(2012, 2, 3));
    assertThat(a.publishedFrom()).isEqualTo(DateSource.DATELINE);
    assertThat(a.publishedEvidence().text()).isEqualTo("Feb. 3, 2012");
    assertThat(a.publishedEvidence().span().slice(a.text())).isEqualTo("Feb. 3, 2012");
  }

  @Test
  void without_any_source_the_date_is_unknown() {
    Article a = readJsonl(null, ENGLISH_BODY, null);
    assertThat(a.published()).isNull();
    assertThat(a.publishedFrom()).isEqualTo(DateSource.UNKNOWN);
  }

  @Test
  void a_bad_published_value_is_a_warning_and_the_next_source_is_used() {
    Article a = readJsonl("32/13/2017", DATELINE + ENGLISH_BODY, null);
    assertThat(a.warnings())
        .containsExactly(
            "published \"32/13/2017\" is not a date (expected YYYY-MM-DD or ISO-8601); ignored");
    assertThat(a.publishedFrom()).isEqualTo(DateSource.DATELINE);
  }

  @Test
  void a_text_file_dateline_offsets_point_into_the_body_after_the_title() {
    Path file = write(dir, "t.txt", "Convoy hit in Herat\n\n" + DATELINE + ENGLISH_BODY);
    Article a = accepted(only(ReaderFixtures.read(file)));
    assertThat(a.title()).isEqualTo("Convoy hit in Herat");
    assertThat(a.publishedFrom()).isEqualTo(DateSource.DATELINE);
    assertThat(a.publishedEvidence().span().slice(a.text())).isEqualTo("Feb. 3, 2012");
  }

  @Test
  void a_web_page_takes_the_first_meta_date_that_parses() {
    String html =
        "<html><head><meta property=\"article:published_time\" content=\"soon\">"
            + "<meta name=\"pubdate\" content=\"2019-05-04\"></head><body><p>"
            + ENGLISH_BODY
            + "</p></body></html>";
    Article a = accepted(only(ReaderFixtures.read(write(dir, "p.html", html))));
    assertThat(a.published()).isEqualTo(LocalDate.of(2019, 5, 4));
    assertThat(a.publishedFrom()).isEqualTo(DateSource.METADATA);
    assertThat(a.warnings()).isEmpty();
  }
}
