package org.ccmkit.model.plan;

/**
 * The population an indicator is counted in, defined by the Convention's own state on the cycle's date so that the
 * evaluator computes it per cycle rather than from a fixed list.
 */
public enum PopulationBase {
  /** All States Parties. */
  STATES_PARTIES,
  /** "Affected States Parties": an outstanding Article 4 clearance obligation. */
  AFFECTED_STATES_PARTIES,
  /** States Parties with cluster munition victims in areas under their jurisdiction or control (Article 5). */
  STATES_PARTIES_WITH_VICTIMS,
  /** States Parties with an outstanding Article 3 stockpile destruction obligation. */
  STATES_PARTIES_WITH_STOCKPILES,
  /** States Parties that have completed their Article 3 obligation. */
  STATES_PARTIES_COMPLETED_ARTICLE_3,
  /** States Parties that have completed their Article 4 obligation. */
  STATES_PARTIES_COMPLETED_ARTICLE_4,
  /** States Parties retaining cluster munitions under Article 3(6). */
  STATES_PARTIES_RETAINING,
  /** States Parties implementing Article 3 or 4 or retaining under Article 3(6) (LAP action 44). */
  STATES_PARTIES_WITH_ARTICLE_3_4_OR_RETENTION,
  /** States Parties for which the Convention entered into force within the plan's period. */
  NEW_STATES_PARTIES,
  /** States not party to the Convention. */
  STATES_NOT_PARTY,
  /** Signatories that have not deposited an instrument. */
  SIGNATORIES,
  /** Delegations at the cycle's meeting. */
  DELEGATIONS,
  /** Extension requests considered at the cycle's meeting. */
  EXTENSION_REQUESTS,
  /** No population: a plain count or quantity. */
  NONE;

  /** {@return whether the members of this population are States} */
  public boolean isStates() {
    return this != DELEGATIONS && this != EXTENSION_REQUESTS && this != NONE;
  }
}
