package io.github.wpskit.wps.gender;

/** The components of a mission in which a post sits. */
public enum MissionComponent {
  /** The civilian (substantive and support) component. */
  CIVILIAN,
  /** The military component. */
  MILITARY,
  /** The police component. */
  POLICE
}
