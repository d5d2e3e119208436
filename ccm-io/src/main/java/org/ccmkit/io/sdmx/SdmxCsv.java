package org.ccmkit.io.sdmx;

import com.google.common.collect.ImmutableList;

/** The SDMX-CSV 2.0 layout ccmkit writes and reads: the dataflow, its agency, and the header. */
public final class SdmxCsv {

  /** The maintenance agency of the dataflow. */
  public static final String AGENCY = "CCMKIT";

  /** The dataflow's id. */
  public static final String DATAFLOW_ID = "CCM_INDICATORS";

  /** The dataflow's version. */
  public static final String DATAFLOW_VERSION = "1.0";

  /** The dataflow as SDMX-CSV 2.0 writes it in {@code STRUCTURE_ID}: {@code CCMKIT:CCM_INDICATORS(1.0)}. */
  public static final String DATAFLOW = AGENCY + ":" + DATAFLOW_ID + "(" + DATAFLOW_VERSION + ")";

  /** The {@code STRUCTURE} of every row: the structure is a dataflow. */
  public static final String STRUCTURE = "dataflow";

  /** The {@code ACTION} of every row: {@code I}, information (merge with what the receiver holds). */
  public static final String ACTION = "I";

  /** The {@code REF_AREA} of a figure of the whole population: SDMX's "not applicable". */
  public static final String AGGREGATE = "_Z";

  /** The value written for a missing observation. */
  public static final String MISSING_VALUE = "NaN";

  /**
   * The header, exactly: {@code STRUCTURE,STRUCTURE_ID,ACTION}, the dimensions {@code INDICATOR}, {@code REF_AREA},
   * {@code TIME_PERIOD}, then {@code OBS_VALUE}, then the attributes.
   */
  public static final ImmutableList<String> HEADER = ImmutableList.of("STRUCTURE", "STRUCTURE_ID", "ACTION",
      "INDICATOR", "REF_AREA", "TIME_PERIOD", "OBS_VALUE", "UNIT_MEASURE", "OBS_STATUS", "MISSING_REASON", "BOUND",
      "PERIOD_COVERED", "NUMERATOR", "DENOMINATOR", "SOURCE", "CYCLE", "EVAL_DATE", "CATALOGUE", "DATASET_DIGEST",
      "PRODUCER");

  private SdmxCsv() {}
}
