package org.sitrep.model;

/** What an entity is, as the output schema names it. */
public enum EntityKind {
  PERSON,
  ORGANIZATION,
  /** An armed or political group: IS, the Taliban, "insurgents". */
  GROUP,
  COUNTRY,
  PLACE,
  OTHER
}
