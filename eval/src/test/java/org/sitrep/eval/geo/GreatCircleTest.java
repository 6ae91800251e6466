package org.sitrep.eval.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class GreatCircleTest {
  @Test
  void a_point_is_zero_km_from_itself() {
    Coordinate here = new Coordinate(34.5, 69.2);
    assertThat(GreatCircle.distanceKm(here, here)).isZero();
  }

  @Test
  void one_degree_of_latitude_is_about_111_km() {
    assertThat(GreatCircle.distanceKm(new Coordinate(0, 0), new Coordinate(1, 0)))
        .isCloseTo(111.19, within(0.01));
  }

  @Test
  void measures_along_the_great_circle_not_the_map() {
    // Two points on the 60th parallel, 90 degrees of longitude apart: 5,004 km along the
    // parallel, but 4,604 km over the great circle.
    assertThat(GreatCircle.distanceKm(new Coordinate(60, 0), new Coordinate(60, 90)))
        .isCloseTo(4604.5, within(1.0));
  }

  @Test
  void antipodes_are_half_the_circumference_apart_and_no_farther_than_the_worst_error() {
    double km = GreatCircle.distanceKm(new Coordinate(10, 20), new Coordinate(-10, -160));
    assertThat(km).isCloseTo(Math.PI * GreatCircle.EARTH_RADIUS_KM, within(0.01));
    assertThat(km).isLessThan(GreatCircle.WORST_ERROR_KM);
  }

  @Test
  void rejects_a_coordinate_off_the_globe() {
    assertThatThrownBy(() -> new Coordinate(91, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("91.0");
  }
}
