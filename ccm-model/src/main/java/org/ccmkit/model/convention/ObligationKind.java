package org.ccmkit.model.convention;

/** The kind of obligation an article of the Convention carries. */
public enum ObligationKind {
  /** Prohibitions that bind every State Party at all times (Article 1). */
  PROHIBITION,
  /** Definitions of the Convention's terms (Article 2). */
  DEFINITION,
  /** Positive obligations with a deadline: stockpile destruction (Article 3), clearance (Article 4). */
  TIME_BOUND,
  /** Positive obligations without a deadline, such as victim assistance (Article 5). */
  CONTINUING,
  /** Reporting obligations: transparency measures (Article 7). */
  REPORTING,
  /** Cooperation, assistance and compliance facilitation (Articles 6, 8, 9, 21). */
  COOPERATION,
  /** The Convention's machinery: meetings, review conferences, amendments, costs (Articles 10–14). */
  INSTITUTIONAL,
  /** Final clauses: signature, ratification, entry into force, reservations, withdrawal, depositary (15–23). */
  FINAL_CLAUSE
}
