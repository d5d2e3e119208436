package org.ccmkit.indicators.result;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.ccmkit.indicators.data.Bound;
import org.ccmkit.model.plan.FigureUnit;

/**
 * The value of an indicator in a cycle in its units, as DHIS2 and FHIR score a proportion: the count (the
 * numerator), the denominator (the population) and the percentage 100·count/denominator, or a quantity. The
 * {@linkplain #value() headline value} is the figure the indicator's headline unit names: the count for "The number of
 * …", the percentage for "Percentage of …" and "Number and percentage of …", the quantity for sums.
 *
 * <p>Immutable and checked when made: a failure names the field and the value. Made by {@link #of(List, long, long)},
 * {@link #of(List, Optional, Optional, Optional, Optional, Optional, Optional, Optional, Optional)} or a {@linkplain
 * #builder() builder}. Written by hand rather than generated: an evaluation makes one for each indicator, and a
 * generated class made a new {@code Optional} at every read of an optional attribute, its checks included.
 */
public final class Score {

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

  /**
   * The percentages from 0.00 to 100.00, by hundredths, each made when first asked for: a percentage of a count within
   * its denominator is one of these 10,001 values, and a plan's evaluation makes one for each of its indicators. An
   * {@code Optional} of a {@code BigDecimal} is immutable, so a value made twice by two threads is the same value.
   */
  @SuppressWarnings("unchecked")
  private static final Optional<BigDecimal>[] PERCENTAGES = (Optional<BigDecimal>[]) new Optional<?>[10_001];

  /** The greatest count whose percentage {@link #percentage} computes in long arithmetic without overflow. */
  private static final long MAX_EXACT_IN_LONG = Long.MAX_VALUE / 10_000;

  private final ImmutableList<FigureUnit> units;
  private final Optional<Long> count;
  private final Optional<Long> denominator;
  private final Optional<BigDecimal> percentage;
  /** The quantity, change, bound, period and component: one shared value where there are none, as for most. */
  private final Rest rest;

  /** What most scores have none of, kept apart so that they share one value of nothing. */
  private record Rest(Optional<BigDecimal> quantity, Optional<Long> change, Optional<Bound> bound,
      Optional<String> period, Optional<String> component) {

    static final Rest NONE = new Rest(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty());

    static Rest of(Optional<BigDecimal> quantity, Optional<Long> change, Optional<Bound> bound,
        Optional<String> period, Optional<String> component) {
      return quantity.isEmpty() && change.isEmpty() && bound.isEmpty() && period.isEmpty() && component.isEmpty()
          ? NONE : new Rest(quantity, change, bound, period, component);
    }
  }

  private Score(ImmutableList<FigureUnit> units, Optional<Long> count, Optional<Long> denominator,
      Optional<BigDecimal> percentage, Optional<BigDecimal> quantity, Optional<Long> change, Optional<Bound> bound,
      Optional<String> period, Optional<String> component) {
    this.units = units;
    this.count = count;
    this.denominator = denominator;
    this.percentage = percentage;
    this.rest = Rest.of(quantity, change, bound, period, component);
  }

  /** {@code score}, once it is {@linkplain #check() checked}. */
  private static Score checked(Score score) {
    if (!score.plainlyValid()) {
      score.check(); // throws the message of the first rule broken, if any is
    }
    return score;
  }

  /**
   * The units the indicator's value is expressed in, headline first, as {@code Indicator#units()} gives them: one of
   * {@link FigureUnit#INDICATOR_UNITS}.
   *
   * @return the units the indicator's value is expressed in, headline first
   */
  public ImmutableList<FigureUnit> units() {
    return units;
  }

  /** {@return the indicator's headline unit, the first of {@link #units()}} */
  public FigureUnit headlineUnit() {
    return units.get(0);
  }

  /** {@return the number counted: numerator subjects, or the things a count without population adds up} */
  public Optional<Long> count() {
    return count;
  }

  /** {@return the size of the population the percentage is of} */
  public Optional<Long> denominator() {
    return denominator;
  }

  /** {@return 100·count/denominator, to {@value #PERCENT_SCALE} decimal places; or a published percentage} */
  public Optional<BigDecimal> percentage() {
    return percentage;
  }

  /** {@return a sum of quantities (money, munitions, area, people)} */
  public Optional<BigDecimal> quantity() {
    return rest.quantity;
  }

  /**
   * For an indicator in {@link FigureUnit#CHANGE}: the change in the count over the period, entries less exits; may be
   * negative. The {@linkplain #count() count} is then the number that entered.
   *
   * @return for an indicator in {@link FigureUnit#CHANGE}: the change in the count over the period, entries less
   *     exits; may be negative
   */
  public Optional<Long> change() {
    return rest.change;
  }

  /**
   * Where the figure is a bound rather than a value: a printed "at least eight", or a computed count while some
   * members of the population have no data (the count is then {@link Bound#AT_LEAST} its value).
   *
   * @return where the figure is a bound rather than a value: a printed "at least eight", or a computed count while
   *     some members of the population have no data (the count is then {@link Bound#AT_LEAST} its value)
   */
  public Optional<Bound> bound() {
    return rest.bound;
  }

  /**
   * Where the figure is not one of the cycle but of several (a printed average or a sentence about the whole review
   * period): the cycles it covers, e.g. {@code 10MSP–13MSP}.
   *
   * @return where the figure is not one of the cycle but of several (a printed average or a sentence about the whole
   *     review period): the cycles it covers, e.g. {@code 10MSP–13MSP}
   */
  public Optional<String> period() {
    return rest.period;
  }

  /**
   * {@return where the figure is a printed figure of one component of the indicator (LAP-4.2's women presiding): which}
   */
  public Optional<String> component() {
    return rest.component;
  }

  /** {@return a builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A count of {@code count} out of {@code denominator}, with the percentage where the denominator is not zero.
   *
   * @param units the indicator's units, headline first
   * @param count the count
   * @param denominator the denominator
   * @return a count of {@code count} out of {@code denominator}, with the percentage where the denominator is not zero
   * @throws IllegalArgumentException if the units are not an indicator's, or the counts are negative or the count
   *     exceeds the denominator outside a QUANTITY; the message names the field and the value
   */
  public static Score of(List<FigureUnit> units, long count, long denominator) {
    ImmutableList<FigureUnit> kept = unitsOf(units);
    Score score = new Score(kept, optionalCount(count), optionalCount(denominator),
        denominator > 0 && count >= 0 ? optionalPercentage(count, denominator) : Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    // A count within its denominator, and so a percentage between 0 and 100 made from them: plainly valid, read from
    // the two numbers and the units; any other score is checked in full.
    return isPlainCount(kept, count, denominator) ? score : checked(score);
  }

  /**
   * Whether {@code count} of {@code denominator} in {@code units} keeps the rules of a count of a population: an
   * indicator's units but a QUANTITY's or a CHANGE's, and a count between zero and its denominator.
   */
  private static boolean isPlainCount(ImmutableList<FigureUnit> units, long count, long denominator) {
    return 0 <= count && count <= denominator && FigureUnit.isIndicatorUnits(units)
        && units.get(0) != FigureUnit.QUANTITY && units.get(0) != FigureUnit.CHANGE;
  }

  /**
   * The score of the given attributes, each as its accessor gives it.
   *
   * @param units the indicator's units, headline first
   * @param count the count
   * @param denominator the denominator
   * @param percentage the percentage
   * @param quantity the quantity
   * @param change the change
   * @param bound the bound
   * @param period the period
   * @param component the component
   * @return the score of the given attributes
   * @throws IllegalArgumentException if an argument is null, or the attributes break a rule of the accessors; the
   *     message names the field and the value
   */
  public static Score of(List<FigureUnit> units, Optional<Long> count, Optional<Long> denominator,
      Optional<BigDecimal> percentage, Optional<BigDecimal> quantity, Optional<Long> change, Optional<Bound> bound,
      Optional<String> period, Optional<String> component) {
    return checked(new Score(unitsOf(units), given(count, "count"), given(denominator, "denominator"),
        given(percentage, "percentage"), given(quantity, "quantity"), given(change, "change"), given(bound, "bound"),
        given(period, "period"), given(component, "component")));
  }

  /** {@code units} as the score keeps them, or the error naming what is wrong with them. */
  private static ImmutableList<FigureUnit> unitsOf(Iterable<FigureUnit> units) {
    checkArgument(units != null, "Score.units must not be null");
    if (units instanceof ImmutableList<FigureUnit> list) { // an indicator's units: kept as they are, checked once
      return list;
    }
    ImmutableList.Builder<FigureUnit> copy = ImmutableList.builder();
    for (FigureUnit u : units) {
      checkArgument(u != null, "Score.units must not contain null, was %s", units);
      copy.add(u);
    }
    return copy.build();
  }

  private static <T> Optional<T> given(Optional<T> value, String field) {
    checkArgument(value != null, "Score.%s must not be null; use Optional.empty()", field);
    return value;
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
   * @throws IllegalArgumentException if {@code denominator} is not positive
   */
  public static BigDecimal percentage(long count, long denominator) {
    checkArgument(denominator > 0, "denominator must be positive, was %s", denominator);
    return optionalPercentage(count, denominator).get();
  }

  /** {@link #percentage}, as a score holds it: one shared value for each percentage from 0.00 to 100.00. */
  private static Optional<BigDecimal> optionalPercentage(long count, long denominator) {
    if (count >= 0 && count <= MAX_EXACT_IN_LONG && denominator <= Long.MAX_VALUE / 2) {
      // The same figure in long arithmetic: hundredths, rounded half up.
      long hundredths = count * 10_000 / denominator;
      long remainder = count * 10_000 % denominator;
      long rounded = remainder * 2 >= denominator ? hundredths + 1 : hundredths;
      if (rounded < PERCENTAGES.length) {
        Optional<BigDecimal> p = PERCENTAGES[(int) rounded];
        if (p == null) {
          p = Optional.of(BigDecimal.valueOf(rounded, PERCENT_SCALE));
          PERCENTAGES[(int) rounded] = p;
        }
        return p;
      }
      return Optional.of(BigDecimal.valueOf(rounded, PERCENT_SCALE));
    }
    return Optional.of(BigDecimal.valueOf(count).multiply(HUNDRED).divide(BigDecimal.valueOf(denominator),
        PERCENT_SCALE, RoundingMode.HALF_UP));
  }

  /**
   * Whether the figure is an exact value of its cycle for the whole indicator: not a bound, not a figure of a period,
   * not a component's figure. Only exact figures are trend points.
   *
   * @return whether the figure is an exact value of its cycle for the whole indicator: not a bound, not a figure of a
   *     period, not a component's figure
   */
  public boolean isExact() {
    return rest.bound.isEmpty() && rest.period.isEmpty() && rest.component.isEmpty();
  }

  /** {@return the unit of the {@linkplain #value() headline value}, read from the attributes} */
  public FigureUnit unit() {
    if (rest.change.isPresent()) {
      return FigureUnit.CHANGE;
    }
    switch (headlineUnit()) {
      case PERCENT:
        return percentage.isPresent() ? FigureUnit.PERCENT
            : count.isPresent() ? FigureUnit.COUNT : FigureUnit.QUANTITY;
      case QUANTITY:
        return rest.quantity.isPresent() ? FigureUnit.QUANTITY
            : count.isPresent() ? FigureUnit.COUNT : FigureUnit.PERCENT;
      default:
        return count.isPresent() ? FigureUnit.COUNT
            : rest.quantity.isPresent() ? FigureUnit.QUANTITY : FigureUnit.PERCENT;
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
        return count.map(BigDecimal::valueOf);
      case PERCENT:
        return percentage;
      case CHANGE:
        return rest.change.map(BigDecimal::valueOf);
      default:
        return rest.quantity;
    }
  }

  /**
   * Whether the score is a count or a proportion that plainly keeps every rule of {@link #check()}: no quantity, no
   * change, a count of a denominator that is not a QUANTITY's, and a percentage between 0 and 100 if any. What {@link
   * #of(List, long, long)} makes, read in a few comparisons; for any other score, {@link #check()} decides.
   */
  private boolean plainlyValid() {
    return rest == Rest.NONE && count.isPresent() && denominator.isPresent()
        && isPlainCount(units, count.get(), denominator.get())
        && (percentage.isEmpty() || percentage.get().signum() >= 0 && percentage.get().compareTo(HUNDRED) <= 0);
  }

  /** Validates the attributes on construction; a failure names the field and the value. */
  private void check() {
    if (!FigureUnit.isIndicatorUnits(units)) {
      // The list of the units allowed is put in words only for the message.
      throw new IllegalArgumentException("Score.units must be " + FigureUnit.indicatorUnitsInWords()
          + ", headline first; was " + units);
    }
    Optional<BigDecimal> quantity = rest.quantity;
    Optional<Long> change = rest.change;
    checkArgument(count.isPresent() || percentage.isPresent() || quantity.isPresent() || change.isPresent(),
        "Score must carry a count, a percentage, a quantity or a change (units %s)", units);
    FigureUnit headline = units.get(0);
    checkArgument(change.isEmpty() || headline == FigureUnit.CHANGE,
        "Score.change is for an indicator in CHANGE only, the units were %s", units);
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

  /**
   * {@return whether {@code o} is a score of equal attributes: units, count, denominator, percentage (by {@link
   * BigDecimal#equals}, so scale counts), quantity, change, bound, period and component}
   */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    return o instanceof Score s && units.equals(s.units) && count.equals(s.count) && denominator.equals(s.denominator)
        && percentage.equals(s.percentage) && rest.equals(s.rest);
  }

  /** {@return a hash of the attributes {@link #equals} compares} */
  @Override
  public int hashCode() {
    int h = 5381;
    h += (h << 5) + units.hashCode();
    h += (h << 5) + count.hashCode();
    h += (h << 5) + denominator.hashCode();
    h += (h << 5) + percentage.hashCode();
    h += (h << 5) + rest.quantity.hashCode();
    h += (h << 5) + rest.change.hashCode();
    h += (h << 5) + rest.bound.hashCode();
    h += (h << 5) + rest.period.hashCode();
    h += (h << 5) + rest.component.hashCode();
    return h;
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

  /**
   * Builds a {@link Score}: each attribute unset is empty (the units, none); {@link #build()} checks them.
   * Not safe for use by several threads at once.
   */
  public static final class Builder {

    private final List<FigureUnit> units = new ArrayList<>();
    private Optional<Long> count = Optional.empty();
    private Optional<Long> denominator = Optional.empty();
    private Optional<BigDecimal> percentage = Optional.empty();
    private Optional<BigDecimal> quantity = Optional.empty();
    private Optional<Long> change = Optional.empty();
    private Optional<Bound> bound = Optional.empty();
    private Optional<String> period = Optional.empty();
    private Optional<String> component = Optional.empty();

    private Builder() {}

    /**
     * Sets every attribute to that of {@code score}, the units added to any set before.
     *
     * @param score the score to copy
     * @return this builder
     */
    public Builder from(Score score) {
      checkArgument(score != null, "Score.Builder.from: score must not be null");
      units.addAll(score.units);
      count = score.count;
      denominator = score.denominator;
      percentage = score.percentage;
      quantity = score.rest.quantity;
      change = score.rest.change;
      bound = score.rest.bound;
      period = score.rest.period;
      component = score.rest.component;
      return this;
    }

    /**
     * Adds units, after any added before.
     *
     * @param units the units
     * @return this builder
     */
    public Builder addUnits(FigureUnit... units) {
      checkArgument(units != null, "Score.units must not be null");
      return addAllUnits(Arrays.asList(units));
    }

    /**
     * Adds units, after any added before.
     *
     * @param units the units
     * @return this builder
     */
    public Builder addAllUnits(Iterable<FigureUnit> units) {
      checkArgument(units != null, "Score.units must not be null");
      for (FigureUnit u : units) {
        checkArgument(u != null, "Score.units must not contain null, was %s", units);
        this.units.add(u);
      }
      return this;
    }

    /**
     * Sets the units, replacing any added before.
     *
     * @param units the units, headline first
     * @return this builder
     */
    public Builder units(Iterable<FigureUnit> units) {
      checkArgument(units != null, "Score.units must not be null");
      this.units.clear();
      return addAllUnits(units);
    }

    /**
     * Sets the count.
     *
     * @param count the count
     * @return this builder
     */
    public Builder count(long count) {
      this.count = optionalCount(count);
      return this;
    }

    /**
     * Sets the count, or unsets it.
     *
     * @param count the count, or empty
     * @return this builder
     */
    public Builder count(Optional<Long> count) {
      this.count = given(count, "count");
      return this;
    }

    /**
     * Sets the denominator.
     *
     * @param denominator the denominator
     * @return this builder
     */
    public Builder denominator(long denominator) {
      this.denominator = optionalCount(denominator);
      return this;
    }

    /**
     * Sets the denominator, or unsets it.
     *
     * @param denominator the denominator, or empty
     * @return this builder
     */
    public Builder denominator(Optional<Long> denominator) {
      this.denominator = given(denominator, "denominator");
      return this;
    }

    /**
     * Sets the percentage.
     *
     * @param percentage the percentage
     * @return this builder
     */
    public Builder percentage(BigDecimal percentage) {
      checkArgument(percentage != null, "Score.percentage must not be null; use Optional.empty()");
      this.percentage = Optional.of(percentage);
      return this;
    }

    /**
     * Sets the percentage, or unsets it.
     *
     * @param percentage the percentage, or empty
     * @return this builder
     */
    public Builder percentage(Optional<BigDecimal> percentage) {
      this.percentage = given(percentage, "percentage");
      return this;
    }

    /**
     * Sets the quantity.
     *
     * @param quantity the quantity
     * @return this builder
     */
    public Builder quantity(BigDecimal quantity) {
      checkArgument(quantity != null, "Score.quantity must not be null; use Optional.empty()");
      this.quantity = Optional.of(quantity);
      return this;
    }

    /**
     * Sets the quantity, or unsets it.
     *
     * @param quantity the quantity, or empty
     * @return this builder
     */
    public Builder quantity(Optional<BigDecimal> quantity) {
      this.quantity = given(quantity, "quantity");
      return this;
    }

    /**
     * Sets the change.
     *
     * @param change the change
     * @return this builder
     */
    public Builder change(long change) {
      this.change = Optional.of(change);
      return this;
    }

    /**
     * Sets the change, or unsets it.
     *
     * @param change the change, or empty
     * @return this builder
     */
    public Builder change(Optional<Long> change) {
      this.change = given(change, "change");
      return this;
    }

    /**
     * Sets the bound.
     *
     * @param bound the bound
     * @return this builder
     */
    public Builder bound(Bound bound) {
      checkArgument(bound != null, "Score.bound must not be null; use Optional.empty()");
      this.bound = Optional.of(bound);
      return this;
    }

    /**
     * Sets the bound, or unsets it.
     *
     * @param bound the bound, or empty
     * @return this builder
     */
    public Builder bound(Optional<Bound> bound) {
      this.bound = given(bound, "bound");
      return this;
    }

    /**
     * Sets the period.
     *
     * @param period the period
     * @return this builder
     */
    public Builder period(String period) {
      checkArgument(period != null, "Score.period must not be null; use Optional.empty()");
      this.period = Optional.of(period);
      return this;
    }

    /**
     * Sets the period, or unsets it.
     *
     * @param period the period, or empty
     * @return this builder
     */
    public Builder period(Optional<String> period) {
      this.period = given(period, "period");
      return this;
    }

    /**
     * Sets the component.
     *
     * @param component the component
     * @return this builder
     */
    public Builder component(String component) {
      checkArgument(component != null, "Score.component must not be null; use Optional.empty()");
      this.component = Optional.of(component);
      return this;
    }

    /**
     * Sets the component, or unsets it.
     *
     * @param component the component, or empty
     * @return this builder
     */
    public Builder component(Optional<String> component) {
      this.component = given(component, "component");
      return this;
    }

    /**
     * {@return the score}
     *
     * @throws IllegalArgumentException if the attributes break a rule of the accessors; the message names the field
     *     and the value
     */
    public Score build() {
      return checked(new Score(ImmutableList.copyOf(units), count, denominator, percentage, quantity, change, bound,
          period, component));
    }
  }
}
