package org.ccmkit.indicators.result;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import org.ccmkit.indicators.data.Bound;
import org.ccmkit.model.plan.FigureUnit;
import org.immutables.value.Value;

/**
 * The value of an indicator in a cycle in its units, as DHIS2 and FHIR score a proportion: the count (the
 * numerator), the denominator (the population) and the percentage 100·count/denominator, or a quantity. The
 * {@linkplain #value() headline value} is the figure the indicator's headline unit names: the count for "The number of
 * …", the percentage for "Percentage of …" and "Number and percentage of …", the quantity for sums.
 */
@Value.Immutable
public abstract class Score {

  /** Implemented in this package only (by the generated immutable class). */
  Score() {}

  /** Percentages are given to this many decimal places, rounded half up. */
  public static final int PERCENT_SCALE = 2;

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /**
   * The optional counts of 0 to 255, one shared value each: every score of a count over a population has two (its
   * count and its denominator), a register has fewer than 256 States, and an {@code Optional} is a value.
   */
  @SuppressWarnings("unchecked")
  private static final Optional<Long>[] SMALL_COUNTS = (Optional<Long>[]) new Optional<?>[256];

  static {
    for (int i = 0; i < SMALL_COUNTS.length; i++) {
      SMALL_COUNTS[i] = Optional.of((long) i);
    }
  }

  /** The greatest count whose percentage {@link #percentage} computes in long arithmetic without overflow. */
  private static final long MAX_EXACT_IN_LONG = Long.MAX_VALUE / 10_000;

  /**
   * The units the indicator's value is expressed in, headline first, as {@code Indicator#units()} gives them: one of
   * {@link FigureUnit#INDICATOR_UNITS}.
   *
   * @return the units the indicator's value is expressed in, headline first
   */
  @Value.Parameter
  public abstract ImmutableList<FigureUnit> units();

  /** {@return the indicator's headline unit, the first of {@link #units()}} */
  public FigureUnit headlineUnit() {
    // Asked for while the score is built (by the derived unit()), so before check() could name an empty list.
    if (units().isEmpty()) {
      throw new IllegalArgumentException("Score.units must be " + FigureUnit.indicatorUnitsInWords()
          + ", headline first; was []");
    }
    return units().get(0);
  }

  /** {@return the number counted: numerator subjects, or the things a count without population adds up} */
  @Value.Parameter
  public abstract Optional<Long> count();

  /** {@return the size of the population the percentage is of} */
  @Value.Parameter
  public abstract Optional<Long> denominator();

  /** {@return 100·count/denominator, to {@value #PERCENT_SCALE} decimal places; or a published percentage} */
  @Value.Parameter
  public abstract Optional<BigDecimal> percentage();

  /** {@return a sum of quantities (money, munitions, area, people)} */
  @Value.Parameter
  public abstract Optional<BigDecimal> quantity();

  /**
   * For an indicator in {@link FigureUnit#CHANGE}: the change in the count over the period, entries less exits; may be negative. The
   * {@linkplain #count() count} is then the number that entered.
   *
   * @return For an indicator in {@link FigureUnit#CHANGE}: the change in the count over the period, entries less exits; may be negative
   */
  @Value.Parameter
  public abstract Optional<Long> change();

  /**
   * Where the figure is a bound rather than a value: a printed "at least eight", or a computed count while some
   * members of the population have no data (the count is then {@link Bound#AT_LEAST} its value).
   *
   * @return where the figure is a bound rather than a value: a printed "at least eight", or a computed count while
   *     some members of the population have no data (the count is then {@link Bound#AT_LEAST} its value)
   */
  @Value.Parameter
  public abstract Optional<Bound> bound();

  /**
   * Where the figure is not one of the cycle but of several (a printed average or a sentence about the whole review
   * period): the cycles it covers, e.g. {@code 10MSP–13MSP}.
   *
   * @return where the figure is not one of the cycle but of several (a printed average or a sentence about the whole
   *     review period): the cycles it covers, e.g. {@code 10MSP–13MSP}
   */
  @Value.Parameter
  public abstract Optional<String> period();

  /**
   * {@return where the figure is a printed figure of one component of the indicator (LAP-4.2's women presiding): which}
   */
  @Value.Parameter
  public abstract Optional<String> component();

  /** {@return a builder} */
  public static ImmutableScore.Builder builder() {
    return ImmutableScore.builder();
  }

  /**
   * A count of {@code count} out of {@code denominator}, with the percentage where the denominator is not zero.
   *
   * @param units the indicator's units, headline first
   * @param count the count
   * @param denominator the denominator
   * @return a count of {@code count} out of {@code denominator}, with the percentage where the denominator is not zero
   */
  public static Score of(List<FigureUnit> units, long count, long denominator) {
    checkArgument(units != null, "Score.units must not be null");
    // Built by the all-attributes constructor: a builder would copy the units into a list of its own, for every
    // evaluation of a plan.
    return ImmutableScore.of(units, optionalCount(count), optionalCount(denominator),
        denominator > 0 ? Optional.of(percentage(count, denominator)) : Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }

  private static Optional<Long> optionalCount(long n) {
    return n >= 0 && n < SMALL_COUNTS.length ? SMALL_COUNTS[(int) n] : Optional.of(n);
  }

  /**
   * 100·{@code count}/{@code denominator}, to {@value #PERCENT_SCALE} decimal places, rounded half up.
   *
   * @param count the count
   * @param denominator the denominator
   * @return 100·{@code count}/{@code denominator}, to {@value #PERCENT_SCALE} decimal places, rounded half up
   */
  public static BigDecimal percentage(long count, long denominator) {
    checkArgument(denominator > 0, "denominator must be positive, was %s", denominator);
    if (count >= 0 && count <= MAX_EXACT_IN_LONG && denominator <= Long.MAX_VALUE / 2) {
      // The same figure in long arithmetic: hundredths, rounded half up.
      long hundredths = count * 10_000 / denominator;
      long remainder = count * 10_000 % denominator;
      return BigDecimal.valueOf(remainder * 2 >= denominator ? hundredths + 1 : hundredths, PERCENT_SCALE);
    }
    return BigDecimal.valueOf(count).multiply(HUNDRED).divide(BigDecimal.valueOf(denominator), PERCENT_SCALE,
        RoundingMode.HALF_UP);
  }

  /**
   * Whether the figure is an exact value of its cycle for the whole indicator: not a bound, not a figure of a period,
   * not a component's figure. Only exact figures are trend points.
   *
   * @return whether the figure is an exact value of its cycle for the whole indicator: not a bound, not a figure of a
   *     period, not a component's figure
   */
  public boolean isExact() {
    return bound().isEmpty() && period().isEmpty() && component().isEmpty();
  }

  /** {@return the unit of the {@linkplain #value() headline value}} */
  @Value.Derived
  public FigureUnit unit() {
    if (change().isPresent()) {
      return FigureUnit.CHANGE;
    }
    switch (headlineUnit()) {
      case PERCENT:
        return percentage().isPresent() ? FigureUnit.PERCENT
            : count().isPresent() ? FigureUnit.COUNT : FigureUnit.QUANTITY;
      case QUANTITY:
        return quantity().isPresent() ? FigureUnit.QUANTITY
            : count().isPresent() ? FigureUnit.COUNT : FigureUnit.PERCENT;
      default:
        return count().isPresent() ? FigureUnit.COUNT
            : quantity().isPresent() ? FigureUnit.QUANTITY : FigureUnit.PERCENT;
    }
  }

  /** {@return the headline value: the figure the headline unit names, in {@link #unit()}} */
  public BigDecimal value() {
    return in(unit()).orElseThrow();
  }

  /**
   * The figure in the given unit, if the score has it.
   *
   * @param unit the unit
   * @return the figure in the given unit, if the score has it
   */
  public Optional<BigDecimal> in(FigureUnit unit) {
    checkArgument(unit != null, "unit must not be null");
    switch (unit) {
      case COUNT:
        return count().map(BigDecimal::valueOf);
      case PERCENT:
        return percentage();
      case CHANGE:
        return change().map(BigDecimal::valueOf);
      default:
        return quantity();
    }
  }

  /** Validates the attributes on construction; a failure names the field and the value. */
  @Value.Check
  protected void check() {
    // Each optional is read once: a generated accessor makes a new Optional at each call.
    Optional<Long> count = count();
    Optional<Long> denominator = denominator();
    Optional<BigDecimal> percentage = percentage();
    Optional<BigDecimal> quantity = quantity();
    Optional<Long> change = change();
    if (!FigureUnit.isIndicatorUnits(units())) {
      // The list of the units allowed is put in words only for the message.
      throw new IllegalArgumentException("Score.units must be " + FigureUnit.indicatorUnitsInWords()
          + ", headline first; was " + units());
    }
    checkArgument(count.isPresent() || percentage.isPresent() || quantity.isPresent() || change.isPresent(),
        "Score must carry a count, a percentage, a quantity or a change (units %s)", units());
    FigureUnit headline = units().get(0);
    checkArgument(change.isEmpty() || headline == FigureUnit.CHANGE,
        "Score.change is for an indicator in CHANGE only, the units were %s", units());
    if (count.isPresent()) {
      checkArgument(count.get() >= 0, "Score.count must not be negative, was %s", count.get());
    }
    if (denominator.isPresent()) {
      checkArgument(denominator.get() >= 0, "Score.denominator must not be negative, was %s", denominator.get());
    }
    if (count.isPresent() && denominator.isPresent() && headline != FigureUnit.QUANTITY) {
      checkArgument(count.get() <= denominator.get(), "Score.count %s must not exceed the denominator %s",
          count.get(), denominator.get());
    }
    if (percentage.isPresent()) {
      BigDecimal p = percentage.get();
      checkArgument(p.signum() >= 0 && p.compareTo(HUNDRED) <= 0, "Score.percentage must be between 0 and 100, was %s",
          p);
    }
    if (quantity.isPresent()) {
      checkArgument(quantity.get().signum() >= 0, "Score.quantity must not be negative, was %s", quantity.get());
    }
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder();
    bound().ifPresent(b -> s.append(b.symbol()).append(' '));
    change().ifPresent(c -> s.append(c > 0 ? "+" : "").append(c).append(" ("));
    count().ifPresent(s::append);
    denominator().filter(d -> count().isPresent()).ifPresent(d -> s.append(" of ").append(d));
    percentage().ifPresent(p -> s.append(s.length() == 0 ? "" : " ").append('(').append(p.toPlainString()).append(" %)"));
    denominator().filter(d -> count().isEmpty() && percentage().isPresent())
        .ifPresent(d -> s.append(" of ").append(d));
    quantity().ifPresent(q -> s.append(s.length() == 0 ? "" : " ").append(q.toPlainString()));
    change().ifPresent(c -> s.append(count().isPresent() ? " entered)" : ")"));
    period().ifPresent(p -> s.append(" over ").append(p));
    component().ifPresent(c -> s.append(" (component ").append(c).append(')'));
    return s.toString().trim();
  }
}
