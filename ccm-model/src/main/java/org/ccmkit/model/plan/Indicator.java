package org.ccmkit.model.plan;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.ccmkit.model.SourceRef;
import org.immutables.value.Value;

/**
 * An indicator of an action: its printed text, and what the evaluator needs to count it: units, subject,
 * population, the data elements a subject must report to be counted, the direction of progress, and the baseline
 * (VCAP) as printed.
 */
@Value.Immutable
public abstract class Indicator {

  /** Implemented in this package only (by the generated immutable class). */
  Indicator() {}

  /** {@return the stable id: {@code LAP-23.2}, {@code VCAP-19.a}} */
  public abstract String id();

  /** {@return the plan's id: {@code LAP} or {@code VCAP}} */
  public abstract String planId();

  /** {@return the number of the action it belongs to} */
  public abstract int actionNumber();

  /** {@return the text, verbatim (whitespace normalised)} */
  public abstract String text();

  /** {@return the heading the indicator is printed under ("Percentage of:", "Number of:"), verbatim, if any} */
  public abstract Optional<String> heading();

  /**
   * The units the value is expressed in, headline first: one of {@link FigureUnit#INDICATOR_UNITS}, e.g. [COUNT] for
   * "The number of …", [PERCENT, COUNT] for "Number and percentage of …".
   *
   * @return the units the value is expressed in, headline first: one of {@link FigureUnit#INDICATOR_UNITS}
   */
  public abstract ImmutableList<FigureUnit> units();

  /**
   * The unit of the headline value, the first of {@link #units()}: PERCENT for "Number and percentage of …".
   *
   * @return the unit of the headline value, the first of {@link #units()}
   */
  public FigureUnit headlineUnit() {
    return units().get(0);
  }

  /**
   * Whether the value is expressed in {@code unit}, as headline or not.
   *
   * @param unit the unit
   * @return whether {@code unit} is one of {@link #units()}
   */
  public boolean isExpressedIn(FigureUnit unit) {
    return units().contains(unit);
  }

  /** {@return what is counted} */
  public abstract SubjectKind subject();

  /** {@return the population it is counted in} */
  public abstract Population population();

  /** {@return the data element keys a subject must report to be counted} */
  public abstract ImmutableList<String> dataElements();

  /**
   * How a member of the population is counted: what it must affirm of the {@link #dataElements()}, and any numerator
   * exclusion or denominator exception. By default, every data element ({@code all-of}); the indicators whose text
   * joins them by "or" ("providing or receiving") say so in the catalogue.
   *
   * @return how a member of the population is counted: what it must affirm of the {@link #dataElements()}, and any
   *     numerator exclusion or denominator exception
   */
  @Value.Default
  public CountingRule counting() {
    return CountingRule.allOf(dataElements());
  }

  /** {@return which way is progress} */
  public abstract Direction direction();

  /** {@return the baseline as printed (VCAP); empty where the plan prints none (LAP)} */
  public abstract Optional<Baseline> baseline();

  /** {@return where the indicator is printed} */
  public abstract SourceRef source();

  /** {@return Attribution decisions and inconsistencies recorded for it} */
  public abstract ImmutableList<Note> notes();

  /** {@return a builder} */
  public static ImmutableIndicator.Builder builder() {
    return ImmutableIndicator.builder();
  }

  /** {@return the heading and text as one line, as the document reads: "Percentage of: States Parties …"} */
  public String fullText() {
    return heading().map(h -> h + " " + text()).orElse(text());
  }

  /** Validates the attributes on construction; a failure names the field and the value. */
  @Value.Check
  protected void check() {
    checkArgument(id().matches("[A-Z]+-\\d{1,2}\\.[0-9a-z]{1,2}"),
        "Indicator.id must look like 'LAP-23.2' or 'VCAP-19.a', was '%s'", id());
    checkArgument(id().startsWith(planId() + "-" + actionNumber() + "."),
        "Indicator.id '%s' must start with its plan and action, '%s-%s.'", id(), planId(), actionNumber());
    checkArgument(!text().isBlank(), "Indicator.text must not be blank (%s)", id());
    if (!FigureUnit.isIndicatorUnits(units())) {
      throw new IllegalArgumentException("Indicator.units must be " + FigureUnit.indicatorUnitsInWords()
          + ", headline first; " + id() + " was " + units());
    }
    for (String key : dataElements()) {
      checkArgument(DataElement.isKey(key), "Indicator.dataElements has a malformed key '%s' (%s)", key, id());
    }
    ImmutableList<String> named = counting().condition().elements();
    checkArgument(named.size() == dataElements().size() && named.containsAll(dataElements()),
        "Indicator.counting '%s' must name each of the data elements %s once (%s)", counting(), dataElements(), id());
    checkArgument(counting().isAllOf(dataElements()) || population().base() != PopulationBase.NONE,
        "Indicator.counting '%s' applies to a population, and %s has none: it counts every affirmative fact",
        counting(), id());
  }

  @Override
  public String toString() {
    return id() + ": " + fullText();
  }
}
