package org.ccmkit.model.state;

/**
 * The two senses in which the documents call a State a "State Party" on a date. They differ for up to six months after
 * each deposit: on 1 August 2010 38 States had deposited an instrument and the Convention was in force for 30.
 */
public enum PartyBasis {
  /**
   * The State has deposited its instrument and its withdrawal, if any, has not taken effect. This is the headcount the
   * depositary and the documents print (112 on 3 February 2026).
   */
  INSTRUMENT_DEPOSITED,
  /**
   * The Convention is in force for the State (Article 17) and its withdrawal, if any, has not taken effect. Obligations
   * run from this date.
   */
  IN_FORCE
}
