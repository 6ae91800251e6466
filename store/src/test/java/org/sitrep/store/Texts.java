package org.sitrep.store;

/** Made-up news texts for the store's tests, written for them. */
final class Texts {
  /** A long report of a roadside bomb. */
  static final String BOMB =
      "KANDAHAR, July 12 (Example Wire) - A roadside bomb struck a police vehicle on the highway"
          + " west of Spin Boldak on Monday morning, killing four officers and wounding two"
          + " others, a provincial spokesman said. The vehicle was returning from a checkpoint"
          + " near the border crossing when the device exploded under its front wheels. The"
          + " spokesman, Qadir Samimi, said the patrol had been clearing the road after heavy"
          + " rain and that the bomb was probably planted during the night. No group claimed"
          + " responsibility, but officials blamed the Taliban, who have attacked police posts"
          + " along the highway several times this year. Traders at the crossing said the road"
          + " was closed for three hours while investigators searched the area for a second"
          + " device. Local elders called on the government to send more patrols to protect the"
          + " convoys of fuel tankers and fruit trucks that use the highway every day.";

  /** {@link #BOMB} with one word changed ("heavy" rain became "steady" rain). */
  static final String BOMB_RETYPED = BOMB.replace("heavy rain", "steady rain");

  /** Another outlet's rewrite of {@link #BOMB}: the same wire story, edited throughout. */
  static final String BOMB_REWRITE =
      "KANDAHAR, July 12 - A roadside bomb struck a police vehicle on the highway west of Spin"
          + " Boldak on Monday morning, killing four officers and wounding two others, a provincial"
          + " spokesman told reporters. The vehicle was returning from a checkpoint near the"
          + " border crossing when the device exploded under its front wheels. The spokesman, Qadir Samimi,"
          + " said the patrol had been clearing the road after heavy rain and that the bomb was"
          + " probably planted overnight. No group claimed responsibility, but officials blamed"
          + " the Taliban, who have attacked police posts along the highway several times this"
          + " year. Traders said the road was closed for three hours while investigators searched"
          + " the area for a second device. Elders urged the government to send more patrols to"
          + " protect the convoys of fuel tankers and fruit trucks that use the highway.";

  private Texts() {}
}
