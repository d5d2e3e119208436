package org.ccmkit.io.table;

import org.ccmkit.model.obligation.Clearance;
import org.ccmkit.model.obligation.Obligation;
import org.ccmkit.model.obligation.Retention;
import org.ccmkit.model.obligation.StockpileDestruction;
import org.ccmkit.model.obligation.TransparencyReport;
import org.ccmkit.model.obligation.VictimAssistance;

/** The obligations a data file can state, by the article they come from; the value of the {@code obligation} field. */
public enum ObligationType {
  /** Art. 3(2): stockpile destruction. */
  STOCKPILE_DESTRUCTION,
  /** Art. 3(6): retention for training and development. */
  RETENTION,
  /** Art. 4: clearance. */
  CLEARANCE,
  /** Art. 5: victim assistance. */
  VICTIM_ASSISTANCE,
  /** Art. 7: a transparency report. */
  TRANSPARENCY_REPORT;

  /**
   * The type of {@code obligation}.
   *
   * @param obligation the obligation
   * @return the type of {@code obligation}
   */
  public static ObligationType of(Obligation obligation) {
    if (obligation instanceof StockpileDestruction) {
      return STOCKPILE_DESTRUCTION;
    } else if (obligation instanceof Retention) {
      return RETENTION;
    } else if (obligation instanceof Clearance) {
      return CLEARANCE;
    } else if (obligation instanceof VictimAssistance) {
      return VICTIM_ASSISTANCE;
    } else if (obligation instanceof TransparencyReport) {
      return TRANSPARENCY_REPORT;
    }
    throw new IllegalArgumentException("ObligationType: no data-file type for obligation " + obligation.getClass()
        .getName() + " (" + obligation.description() + ")");
  }

  /** {@return whether obligations of this type have deadlines that meetings extend (Art. 3(3), 4(5))} */
  public boolean isExtensible() {
    return this == STOCKPILE_DESTRUCTION || this == CLEARANCE;
  }
}
