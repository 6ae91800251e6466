package org.sitrep.model;

import java.util.Objects;

/**
 * A role a person held in an organisation, from sitrep's actor catalogue: "Hafiz Saeed Khan, leader
 * of Islamic State Khorasan Province, 2015-01 to 2016-07".
 *
 * @param role what the person was ("leader", "defence secretary", "commander")
 * @param organization catalogue id of the organisation
 * @param organizationName its canonical name
 * @param from first month or day of the role ({@code 2015-01} or {@code 2015-01-26}), or null
 * @param until last month or day of the role, or null while it lasts
 */
public record ActorRole(
    String role, String organization, String organizationName, String from, String until) {
  public ActorRole {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(organization, "organization");
    Objects.requireNonNull(organizationName, "organizationName");
  }
}
