package org.ccmkit.model.lint;

/** The kinds of drafting problem {@link PlanLint} finds. */
public enum LintKind {
  /** The measure word (its own or its heading's) against the baseline's unit: "Percentage of" over a count "X". */
  MEASURE_AGAINST_BASELINE,
  /** The heading's measure word against the item's own ("Percentage of:" over an item opening "Number of"). */
  HEADING_AGAINST_ITEM,
  /** A baseline printed empty, as a dash or as punctuation only ({@code -}, {@code ;}): no value and no date. */
  EMPTY_BASELINE,
  /** A baseline printed as a placeholder only ({@code X}, {@code X%}): not yet known. */
  PLACEHOLDER_BASELINE,
  /** A baseline with a number and no date where the plan dates the other baselines of the same action. */
  UNDATED_BASELINE,
  /** The same word twice in a row, across the heading and its item or within a text ("of: of"). */
  DOUBLED_WORD,
  /** A heading and its item that do not make a sentence ("that: whose", "that have: report"), or a verb that does not agree. */
  GRAMMAR_CLASH,
  /** A word the sentence needs is missing ("The number women"), or a term is printed other than the Convention's. */
  WORDING,
  /** A heading without its closing colon. */
  MISSING_COLON,
  /** Indicator or sub-action labels out of sequence (a, b, d). */
  LABEL_SEQUENCE,
  /** An action printed without an indicator. */
  NO_INDICATOR,
  /** Two measures in one indicator ("the number of … and the quantity of …"). */
  COMPOUND_INDICATOR,
  /** A population the model cannot compute as the indicator words it. */
  POPULATION_NOT_COMPUTABLE,
  /** Indicators of different actions printed at the same place: a table row split or slid across a page break. */
  ROW_SHARED,
  /** Two indicators printed word for word the same. */
  DUPLICATE_TEXT,
  /**
   * A drafting problem the catalogue records in a note (a row split across pages, an attribution, an inconsistency,
   * a missing indicator) that its text, as corrected, no longer shows.
   */
  RECORDED
}
