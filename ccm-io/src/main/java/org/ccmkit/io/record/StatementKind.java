package org.ccmkit.io.record;

/**
 * What a {@link StateStatement} says of its State: the kinds of statement the shipped record holds, each as the
 * documents word it (the Review Document of the Third Review Conference, "RD", and UNIDIR's <i>Vientiane Calling</i>),
 * with the paragraph or line that prints it. In the record's JSON a statement's {@code fact} is the kind's name.
 */
public enum StatementKind {
  /** The State acceded to the Convention in the review period (RD para 29: "two accessions"). */
  ACCEDED,
  /** The State ratified the Convention in the review period (RD para 29: "one ratification (Nigeria)"). */
  RATIFIED,
  /** A signatory State that has not ratified (RD para 31: "the twelve (12) signatory States"). */
  SIGNATORY,
  /**
   * A State neither party nor signatory that is affected by cluster munition remnants (RD para 33: "thirteen (13)
   * States that are neither States Parties nor signatories are also affected").
   */
  AFFECTED_NOT_PARTY,
  /** A signatory State affected by cluster munition remnants (RD para 32: the Democratic Republic of Congo). */
  AFFECTED_SIGNATORY,
  /** A State named among those alleged to have used cluster munitions in the review period (RD para 46, fn 9). */
  ALLEGED_USE,
  /** A State that approved transfers of cluster munitions; the value is their number (RD para 49: "five transfers"). */
  APPROVED_TRANSFERS,
  /**
   * A State that still produces cluster munitions or reserves the right to do so (RD para 49: "17 States that still
   * produce cluster munitions or reserve the right to do so").
   */
  PRODUCER_OR_RESERVES_RIGHT,
  /**
   * A State Party that completed the destruction of its stockpiles under Article 3; the date as printed, possibly a
   * month (RD para 10: "Peru's, final destruction of its cluster munitions stockpiles in December 2023").
   */
  ARTICLE3_COMPLETED,
  /**
   * A State Party with an outstanding clearance obligation under Article 4 (RD para 86; UNIDIR executive summary,
   * fn 2). The record establishes a {@code Clearance} obligation from it.
   */
  ARTICLE4_OBLIGATION,
  /**
   * A State Party with cluster munition victims in areas under its jurisdiction or control, Article 5 (RD para 138;
   * UNIDIR executive summary, fn 3). The record establishes a {@code VictimAssistance} obligation from it.
   */
  ARTICLE5_VICTIMS,
  /**
   * A State Party that retains cluster munitions under Article 3(6) (RD para 66: "ten (10) States Parties"). The record
   * establishes a {@code Retention} obligation from it.
   */
  RETENTION,
  /** A State Party that found retention no longer necessary and neutralised what it retained (RD para 79: Belgium). */
  RETENTION_ENDED,
  /** A State Party that reported acquiring retained submunitions; the value is how many (RD para 67: France). */
  RETAINED_ACQUIRED,
  /** A State Party that reported no reduction in its retained cluster munitions (RD para 67: six States Parties). */
  RETAINED_NO_REDUCTION,
  /** A State Party that used retained cluster munitions for explosive ordnance disposal (RD para 67: in 2024). */
  RETAINED_USED_FOR_EOD,
  /** A State Party that requested assistance to destroy its retained cluster munitions (RD para 68: Cameroon). */
  RETAINED_DESTRUCTION_ASSISTANCE_REQUESTED,
  /** A State Party that allocated national resources to destroy its retained cluster munitions (RD para 68). */
  RETAINED_DESTRUCTION_NATIONAL_RESOURCES,
  /** A State Party that reported all its known stockpiles destroyed; the year as printed (RD para 69: Afghanistan). */
  STOCKPILES_DESTROYED,
  /** A State Party that transferred cluster munitions to another for destruction under Article 3(7) (RD para 69). */
  TRANSFERRED_FOR_DESTRUCTION,
  /** A State Party that destroyed cluster munitions transferred to it under Article 3(7) (RD para 69: Italy). */
  TRANSFERRED_FOR_DESTRUCTION_DESTROYED,
  /** A State Party that discovered previously unknown stockpiles; the year as printed (RD para 77). */
  UNKNOWN_STOCKPILES_DISCOVERED,
  /** A State Party that destroyed previously unknown stockpiles; the month as printed (RD para 77). */
  UNKNOWN_STOCKPILES_DESTROYED,
  /** A State Party that assisted another's stockpile destruction (RD para 78: "notably Germany and Norway"). */
  ASSISTED_STOCKPILE_DESTRUCTION,
  /** A State Party that shared its experience of stockpile destruction (RD para 78: Peru). */
  SHARED_STOCKPILE_DESTRUCTION_EXPERIENCE,
  /** A State Party that regularly submitted updates on survey and clearance in the review period (RD para 93). */
  REPORTED_SURVEY_CLEARANCE_REGULARLY,
  /** A State Party with Article 4 obligations that reported less consistently on contamination (RD para 94). */
  REPORTED_CONTAMINATION_LESS_CONSISTENTLY,
  /** A State Party that experienced a decrease in available funding in the review period (RD para 99). */
  FUNDING_DECREASE,
  /** A State with a country coalition of stakeholders (RD para 105: Lao PDR). */
  COUNTRY_COALITION,
  /** A State with a mechanism like a country coalition, not reported as one (RD para 160: Lebanon). */
  COUNTRY_COALITION_LIKE_MECHANISM,
  /** A State Party that served as Coordinator on risk education (RD para 115). */
  RISK_EDUCATION_COORDINATOR,
  /** An affected State Party that reported regularly and annually on risk education (RD para 118). */
  RISK_EDUCATION_REPORTED_ANNUALLY,
  /** An affected State Party that reported on risk education at least once in the review period (RD para 118). */
  RISK_EDUCATION_REPORTED_AT_LEAST_ONCE,
  /** A State Party without an Article 4 obligation that reported risk education and awareness-raising (RD para 119). */
  RISK_EDUCATION_WITHOUT_ARTICLE4,
  /**
   * A State that gave targeted assistance: for time-sensitive risk education (RD para 121), or to specific projects
   * with targeted actions related to gender and diversity (UNIDIR section 3.5, fn 29).
   */
  TARGETED_ASSISTANCE,
  /** A State Party that ratified the Convention on the Rights of Persons with Disabilities (RD para 141). */
  RATIFIED_CRPD,
  /**
   * A State Party whose initial Article 7 report was overdue as of August 2025; the value is the year it was due (RD
   * para 183: "five (5) States Parties had yet to submit their long-overdue initial transparency reports"). The record
   * reads it as not submitted on 1 August 2025.
   */
  INITIAL_REPORT_OVERDUE,
  /**
   * A State Party that submitted its initial Article 7 report; the year as printed (RD para 93: South Sudan, in 2024).
   * The record reads it as submitted by 31 December of that year.
   */
  INITIAL_REPORT_SUBMITTED,
  /** A State Party that expressed reservations about the ISU's funding model at the 1RC (RD para 234, fn 18). */
  ISU_FUNDING_RESERVATION,
  /** A State that presided over a Meeting of States Parties or a Review Conference (RD para 256, fn 28; UNIDIR). */
  PRESIDENCY,
  /** A State that gave an update on its extension request at an intersessional meeting (RD para 259: in 2025). */
  EXTENSION_REQUEST_UPDATE_INTERSESSIONAL,
  /**
   * A State named as having attended Meetings of States Parties as an observer since the Convention's entry into force
   * (RD para 40, fn 8); not said of one cycle.
   */
  ATTENDED_MSP_AS_OBSERVER,
  /** A State not party that regularly supported the UNGA resolution on the Convention (RD para 36: 20 States). */
  SUPPORTED_UNGA_RESOLUTION,
  /** A State not party that supported the UNGA resolution on a more occasional basis (RD para 36). */
  SUPPORTED_UNGA_RESOLUTION_OCCASIONALLY,
  /** A State that presented a working paper at a meeting (RD para 11: Italy and France at the 13MSP). */
  WORKING_PAPER,
  /** A State Party's withdrawal taking effect; the date as printed (RD para 30: Lithuania, 6 March 2025). */
  WITHDRAWAL,
  /** A State Party's notification of withdrawal; the date as printed (RD para 34: 6 September 2024). */
  WITHDRAWAL_NOTIFIED,
  /** A State where cluster munition casualties were recorded; the year as printed (UNIDIR section 2.1, fn 6). */
  CLUSTER_MUNITION_CASUALTIES_RECORDED,
  /** A State's confirmed hazardous area; the value in square kilometres (UNIDIR "In Focus", fn 31). */
  CONFIRMED_HAZARDOUS_AREA,
  /** A State's contaminated area; the value in square kilometres, "more than" (UNIDIR "In Focus", fn 31). */
  CONTAMINATION_AREA,
  /** A State facing massive contamination; the value in square kilometres, "more than" (UNIDIR "In Focus"). */
  MASSIVE_CONTAMINATION,
  /** A State that was top scoring on gender and diversity in Mine Action Review's assessment (UNIDIR "In Focus"). */
  GENDER_DIVERSITY_TOP_SCORE,
  /** A State acting as a Gender Focal Point of the Convention (UNIDIR section 2.6). */
  GENDER_FOCAL_POINT,
  /** A State Party that reported gender-inclusive policies in national recruitment (UNIDIR section 3.1, fn 24). */
  GENDER_INCLUSIVE_RECRUITMENT,
  /** The share of women among a State's mine action staff; the value a percentage (UNIDIR "In Focus"). */
  WOMEN_STAFF_PERCENT
}
