package org.ccmkit.io.sdmx;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.ccmkit.indicators.data.Bound;
import org.immutables.value.Value;

/**
 * One row of an SDMX-CSV file of the {@value SdmxCsv#DATAFLOW} dataflow: the dimensions (indicator, reference area,
 * time period), the observation value (absent for a missing value, written {@code NaN}), and the attributes: unit,
 * status, why a value is missing, bound, period, numerator, denominator, source, and the provenance of the figure.
 */
@Value.Immutable
public abstract class SdmxObservation {

  /** Implemented in this package only (by the generated immutable class). */
  SdmxObservation() {}

  /** How the value was obtained ({@code OBS_STATUS}). */
  public enum Status {
    /** Computed by ccmkit from the facts. */
    COMPUTED,
    /** A figure a document printed, chosen by the headline rule. */
    PUBLISHED,
    /** No value: {@code OBS_VALUE} is {@code NaN} and {@code MISSING_REASON} says why. */
    MISSING
  }

  /** The unit of the value ({@code UNIT_MEASURE}). */
  public enum Unit {
    /** A percentage (SDMX code {@code PT}). */
    PT,
    /** A count of States or things, or a change in a count. */
    NUMBER,
    /** A quantity (money, munitions, area) in the indicator's own unit. */
    QUANTITY
  }

  /** {@return the indicator's id, e.g. {@code LAP-23.2} ({@code INDICATOR})} */
  public abstract String indicator();

  /**
   * {@return the State's ISO 3166-1 alpha-3 code, or {@value SdmxCsv#AGGREGATE} for the whole population ({@code REF_AREA})}
   */
  public abstract String refArea();

  /** {@return the cycle's year, the year its meeting is held and its reports fall due ({@code TIME_PERIOD})} */
  public abstract int timePeriod();

  /** {@return the value; empty for a missing value ({@code OBS_VALUE}, written {@code NaN})} */
  public abstract Optional<BigDecimal> value();

  /** {@return the unit ({@code UNIT_MEASURE}); empty for a missing value} */
  public abstract Optional<Unit> unit();

  /** {@return how the value was obtained ({@code OBS_STATUS})} */
  public abstract Status status();

  /**
   * {@return why the value is missing: {@code NO_DATA}, {@code NOT_EVALUABLE} or {@code SOURCES_DIFFER} ({@code MISSING_REASON})}
   */
  public abstract Optional<String> missingReason();

  /** {@return where the value is a bound rather than a value ({@code BOUND})} */
  public abstract Optional<Bound> bound();

  /**
   * {@return where the value is a figure of several cycles, which ({@code PERIOD_COVERED}, e.g. {@code 10MSP–13MSP})}
   */
  public abstract Optional<String> periodCovered();

  /** {@return the numerator: the number counted ({@code NUMERATOR})} */
  public abstract Optional<Long> numerator();

  /** {@return the denominator: the size of the population ({@code DENOMINATOR})} */
  public abstract Optional<Long> denominator();

  /** {@return the source of the value ({@code SOURCE}): the printed figure's, or the documents of the facts counted} */
  public abstract Optional<String> source();

  /** {@return the cycle's meeting, e.g. {@code 13MSP} ({@code CYCLE})} */
  public abstract String cycle();

  /** {@return the date the cycle's populations were computed on ({@code EVAL_DATE})} */
  public abstract LocalDate evaluationDate();

  /** {@return the catalogue's id and document date ({@code CATALOGUE}, e.g. {@code LAP 2020-10-05})} */
  public abstract String catalogue();

  /** {@return the dataset's digest ({@code DATASET_DIGEST}, {@code sha256:…})} */
  public abstract String datasetDigest();

  /** {@return what produced the file ({@code PRODUCER}, e.g. {@code ccmkit 0.1.0-SNAPSHOT})} */
  public abstract String producer();

  /** {@return a builder} */
  public static ImmutableSdmxObservation.Builder builder() {
    return ImmutableSdmxObservation.builder();
  }

  /** Validates the attributes on construction; a failure names the field and the value. */
  @Value.Check
  protected void check() {
    String what = indicator() + " " + refArea() + " " + timePeriod();
    checkArgument(value().isPresent() == (status() != Status.MISSING),
        "SdmxObservation %s: a value must be present exactly when OBS_STATUS is not MISSING, status was %s", what,
        status());
    checkArgument(missingReason().isPresent() == (status() == Status.MISSING),
        "SdmxObservation %s: MISSING_REASON must be given exactly when OBS_STATUS is MISSING, status was %s", what,
        status());
    checkArgument(unit().isPresent() == value().isPresent(),
        "SdmxObservation %s: UNIT_MEASURE must be given exactly when there is a value", what);
    checkArgument(refArea().equals(SdmxCsv.AGGREGATE) || refArea().matches("[A-Z]{3}"),
        "SdmxObservation %s: REF_AREA must be an ISO 3166-1 alpha-3 code or %s, was '%s'", what, SdmxCsv.AGGREGATE,
        refArea());
  }
}
