package org.ccmkit.indicators.reporting;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import org.ccmkit.model.SourceRef;
import org.immutables.value.Value;

/** One expected Article 7 report of one State, where it stands, why, and the sources that say so. */
@Value.Immutable
public abstract class ReportEntry implements Comparable<ReportEntry> {

  /** Implemented in this package only (by the generated immutable class). */
  ReportEntry() {}

  /** {@return the State, by ISO code} */
  public abstract String state();

  /** {@return the State's name where the register gives one} */
  public abstract Optional<String> name();

  /** {@return the report, e.g. "Article 7 initial report" or "Article 7 annual report covering 2024"} */
  public abstract String report();

  /** {@return its due date (Art. 7(1): 180 days after entry into force; Art. 7(2): 30 April)} */
  public abstract LocalDate due();

  /** {@return where it stands} */
  public abstract ReportOutcome outcome();

  /** {@return Why, in words: "submitted by 2025-08-31, the day not given", "not submitted on 2025-08-01"} */
  public abstract String detail();

  /** {@return the sources of what is known of the report; empty where nothing is} */
  public abstract ImmutableList<SourceRef> sources();

  /** {@return a builder} */
  public static ImmutableReportEntry.Builder builder() {
    return ImmutableReportEntry.builder();
  }

  @Override
  public int compareTo(ReportEntry o) {
    return state().compareTo(o.state());
  }

  @Override
  public String toString() {
    return state() + " " + report() + " due " + due() + ": " + outcome() + " (" + detail() + ")"
        + (sources().isEmpty() ? "" : " " + sources());
  }
}
