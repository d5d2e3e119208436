package org.ccmkit.model.obligation;

import org.ccmkit.model.convention.ArticleRef;

/** What falls due on a State Party's calendar, each with the paragraph of the Convention that sets it. */
public enum DueKind {
  /** Art. 3(2): stockpiles destroyed eight years after entry into force; an extended deadline under Art. 3(3). */
  STOCKPILE_DESTRUCTION_DEADLINE(ArticleRef.of(3, "2")),
  /** Art. 4(1)(a), 4(1)(b): clearance ten years after the start; an extended deadline under Art. 4(5). */
  CLEARANCE_DEADLINE(ArticleRef.of(4, "1")),
  /** Art. 3(5): the latest day to submit an Article 3 extension request: nine months before the meeting considering it. */
  ARTICLE_3_EXTENSION_REQUEST(ArticleRef.of(3, "5")),
  /**
   * Art. 4(6): the latest day to submit an Article 4 extension request: before the deadline expires and nine months
   * before the meeting considering it.
   */
  ARTICLE_4_EXTENSION_REQUEST(ArticleRef.of(4, "6")),
  /** Art. 7(1): the initial transparency report, 180 days after entry into force. */
  INITIAL_REPORT(ArticleRef.of(7, "1")),
  /** Art. 7(2): the annual update covering the previous calendar year, 30 April. */
  ANNUAL_REPORT(ArticleRef.of(7, "2")),
  /** Art. 3(8): the report on the cluster munitions retained during a year, 30 April of the following year. */
  RETENTION_REPORT(ArticleRef.of(3, "8")),
  /** Art. 4(1)(c): the declaration of compliance to the next meeting after clearance is completed. */
  DECLARATION_OF_COMPLIANCE(ArticleRef.of(4, "1", "c"));

  private final ArticleRef rule;

  DueKind(ArticleRef rule) {
    this.rule = rule;
  }

  /**
   * {@return the paragraph that sets this kind of due date; an item's own {@link DueItem#legalBasis()} may be narrower}
   */
  public ArticleRef rule() {
    return rule;
  }
}
