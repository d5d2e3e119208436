package org.ccmkit.model.obligation;

/** The two kinds of Article 7 transparency report. */
public enum ReportKind {
  /** Art. 7(1): the initial report, due 180 days after entry into force for the State. */
  INITIAL,
  /** Art. 7(2): the annual update covering the previous calendar year, due 30 April. */
  ANNUAL
}
