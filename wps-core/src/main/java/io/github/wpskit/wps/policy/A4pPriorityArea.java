package io.github.wpskit.wps.policy;

/**
 * The eight priority areas of Action for Peacekeeping's Declaration of Shared Commitments (2018), with
 * their full titles (as cited from A/73/776) and the short names in common use. The Declaration holds
 * 45 commitments across these areas.
 */
public enum A4pPriorityArea implements PolicyReference {
  /** Area 1. */
  POLITICS(1, "Politics",
      "Advancing political solutions to conflict and enhancing the political impact of peacekeeping"),
  /** Area 2: the WPS agenda. */
  WOMEN_PEACE_AND_SECURITY(2, "Women, Peace and Security",
      "Implementing the women, peace and security agenda"),
  /** Area 3. */
  PROTECTION(3, "Protection", "Strengthening the protection provided by peacekeeping operations"),
  /** Area 4. */
  PERFORMANCE_AND_ACCOUNTABILITY(4, "Performance and Accountability",
      "Supporting effective performance and accountability by all peacekeeping components"),
  /** Area 5. */
  PEACEBUILDING_AND_SUSTAINING_PEACE(5, "Peacebuilding and Sustaining Peace",
      "Strengthening the impact of peacekeeping on sustaining peace"),
  /** Area 6. */
  SAFETY_AND_SECURITY(6, "Safety and Security",
      "Improving the safety and security of peacekeepers"),
  /** Area 7. */
  PARTNERSHIPS(7, "Partnerships", "Improving peacekeeping partnerships"),
  /** Area 8. */
  CONDUCT(8, "Conduct of Peacekeepers and Peacekeeping Operations",
      "Strengthening the conduct of peacekeeping operations and personnel");

  private final int number;
  /** Computed once: codes are written for every reference encoded. */
  private final String code;
  private final String shortName;
  private final String title;

  A4pPriorityArea(int number, String shortName, String title) {
    this.number = number;
    this.code = "A4P." + number;
    this.shortName = shortName;
    this.title = title;
  }

  /**
   * Returns the area's number, 1 to 8.
   *
   * @return the number
   */
  public int number() {
    return number;
  }

  /**
   * Returns the short name in common use, such as "Women, Peace and Security".
   *
   * @return the short name
   */
  public String shortName() {
    return shortName;
  }

  @Override
  public String title() {
    return title;
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public PolicyFramework framework() {
    return PolicyFramework.A4P;
  }
}
