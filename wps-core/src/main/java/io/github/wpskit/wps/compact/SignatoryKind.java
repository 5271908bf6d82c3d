package io.github.wpskit.wps.compact;

/**
 * The categories of Compact signatories.
 *
 * <p>Civil society includes youth networks and women peacebuilder networks. Sources also mention
 * foundations among signatories, but not as a category of their own, so there is no constant for them.
 */
public enum SignatoryKind {
  /** A government (Member State). */
  MEMBER_STATE("Member State"),
  /** A United Nations entity. */
  UN_ENTITY("UN entity"),
  /** A regional organization. */
  REGIONAL_ORGANIZATION("Regional organization"),
  /**
   * A civil society organization, including youth networks and women peacebuilder networks.
   */
  CIVIL_SOCIETY("Civil society organization"),
  /** An academic or research institution. */
  ACADEMIA("Academic or research institution"),
  /** A private-sector entity. */
  PRIVATE_SECTOR("Private sector");

  private final String displayName;

  SignatoryKind(String displayName) {
    this.displayName = displayName;
  }

  /**
   * Returns the category's name for people.
   *
   * @return the display name
   */
  public String displayName() {
    return displayName;
  }
}
