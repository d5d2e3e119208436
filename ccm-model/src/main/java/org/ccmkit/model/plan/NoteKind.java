package org.ccmkit.model.plan;

/** The kind of decision or observation a {@link Note} records. */
public enum NoteKind {
  /** An indicator placed where the plan means it, not where the converted table printed it. */
  ATTRIBUTION,
  /** Text joined from a table row split across pages. */
  SPLIT_ROW,
  /** The document contradicts itself; modelled as printed. */
  INCONSISTENCY,
  /** An action printed without an indicator. */
  MISSING_INDICATOR,
  /** A typo or oddity of the text, kept verbatim; or a remark on the text. */
  TEXT,
  /** Two documents disagree. */
  SOURCE_CONFLICT
}
