package io.github.wpskit.wps.policy;

/** The policy frameworks whose entries this library can reference. */
public enum PolicyFramework {
  /** Action for Peacekeeping (A4P), launched 28 March 2018; Declaration of Shared Commitments of 2018. */
  A4P("Action for Peacekeeping", "A4P"),
  /** A4P+, the A4P implementation strategy launched 29 March 2021 for 2021-2023. */
  A4P_PLUS("Action for Peacekeeping Plus", "A4P+"),
  /**
   * The Secretary-General's Call to Action on women, peace and security in peacekeeping contexts
   * ("Women transforming peace"), launched 8 October 2020.
   */
  CALL_TO_ACTION_2020("Call to Action: Women transforming peace (2020)", "CTA");

  private final String displayName;
  private final String codePrefix;

  PolicyFramework(String displayName, String codePrefix) {
    this.displayName = displayName;
    this.codePrefix = codePrefix;
  }

  /**
   * Returns the framework's name for people.
   *
   * @return the display name
   */
  public String displayName() {
    return displayName;
  }

  /**
   * Returns the prefix of its entries' codes, such as {@code A4P} in {@code A4P.2}.
   *
   * @return the prefix
   */
  public String codePrefix() {
    return codePrefix;
  }
}
