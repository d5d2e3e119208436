package org.ccmkit.model.calendar;

/** The two kinds of formal meeting of the States Parties. */
public enum MeetingKind {
  /** A Meeting of States Parties (Article 11), e.g. the 13MSP. */
  MSP("MSP"),
  /** A Review Conference (Article 12), e.g. the 2RC in Lausanne. */
  REVIEW_CONFERENCE("RC");

  private final String suffix;

  MeetingKind(String suffix) {
    this.suffix = suffix;
  }

  /** {@return the suffix of the meeting's short name: {@code MSP} or {@code RC}} */
  public String suffix() {
    return suffix;
  }
}
