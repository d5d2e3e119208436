package org.ccmkit.model.obligation;

import org.ccmkit.model.convention.ArticleRef;

/** The measures of Art. 5(2)(a)–(h) a State Party with cluster munition victims takes, and which ccmkit tracks. */
public enum VictimAssistanceMeasure {
  /** 5(2)(a): assess the needs of cluster munition victims. */
  NEEDS_ASSESSMENT("a"),
  /** 5(2)(b): develop, implement and enforce any necessary national laws and policies. */
  LAWS_AND_POLICIES("b"),
  /** 5(2)(c): develop a national plan and budget, including timeframes. */
  NATIONAL_PLAN_AND_BUDGET("c"),
  /** 5(2)(d): take steps to mobilise national and international resources. */
  RESOURCE_MOBILISATION("d"),
  /** 5(2)(e): not discriminate against or among cluster munition victims. */
  NON_DISCRIMINATION("e"),
  /** 5(2)(f): closely consult with and actively involve cluster munition victims and their organisations. */
  CONSULTATION_OF_VICTIMS("f"),
  /** 5(2)(g): designate a focal point within the government for coordination. */
  GOVERNMENT_FOCAL_POINT("g"),
  /** 5(2)(h): incorporate relevant guidelines and good practices. */
  GOOD_PRACTICE("h");

  private final String letter;

  VictimAssistanceMeasure(String letter) {
    this.letter = letter;
  }

  /** {@return the sub-paragraph of Art. 5(2), e.g. {@code Art. 5(2)(g)}} */
  public ArticleRef legalBasis() {
    return ArticleRef.of(5, "2", letter);
  }
}
