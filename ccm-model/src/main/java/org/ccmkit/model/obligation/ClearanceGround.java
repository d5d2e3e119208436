package org.ccmkit.model.obligation;

import org.ccmkit.model.convention.ArticleRef;

/** Why a State Party has an Article 4 clearance obligation, which fixes when its ten years start. */
public enum ClearanceGround {
  /** Art. 4(1)(a): remnants in areas under its jurisdiction or control when the Convention entered into force for it. */
  CONTAMINATION_AT_ENTRY_INTO_FORCE(ArticleRef.of(4, "1", "a")),
  /** Art. 4(1)(b): remnants that became so after entry into force; ten years from the end of the active hostilities. */
  REMNANTS_AFTER_ENTRY_INTO_FORCE(ArticleRef.of(4, "1", "b"));

  private final ArticleRef legalBasis;

  ClearanceGround(ArticleRef legalBasis) {
    this.legalBasis = legalBasis;
  }

  /** {@return the paragraph of Article 4 the ground comes from} */
  public ArticleRef legalBasis() {
    return legalBasis;
  }
}
