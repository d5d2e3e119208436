package org.ccmkit.model.plan;

/** What an indicator counts. */
public enum SubjectKind {
  /** States Parties. */
  STATES_PARTIES,
  /** States not party to the Convention. */
  STATES_NOT_PARTY,
  /** Delegations to Convention meetings. */
  DELEGATIONS,
  /** Article 3 or Article 4 extension requests. */
  EXTENSION_REQUESTS,
  /** People: women delegates, survivors in delegations, presidents. */
  PEOPLE,
  /** Article 7 reports. */
  REPORTS,
  /** Cases, e.g. confirmed cases of use. */
  CASES,
  /** National laws and policies. */
  LAWS_AND_POLICIES,
  /** Cluster munitions or submunitions. */
  MUNITIONS,
  /** Sums of money. */
  FUNDS,
  /** Land area. */
  AREA,
  /** Convention meetings. */
  MEETINGS,
  /** Requests for clarification or for assistance. */
  REQUESTS,
  /** Shares of international assistance. */
  ASSISTANCE
}
