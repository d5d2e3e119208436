package org.ccmkit.indicators.population;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import org.ccmkit.model.plan.ActionPlan;
import org.immutables.value.Value;

/**
 * The years an action plan runs (the Lausanne Action Plan 2021–2026, the Vientiane Capital Action Plan 2027–2031):
 * "new States Parties" are those that became party within it.
 */
@Value.Immutable
public abstract class PlanPeriod {

  /** Implemented in this package only (by the generated immutable class). */
  PlanPeriod() {}

  /** {@return the first year} */
  public abstract int firstYear();

  /** {@return the last year} */
  public abstract int lastYear();

  /**
   * The period {@code firstYear}–{@code lastYear}.
   *
   * @param firstYear the plan period's first year
   * @param lastYear the plan period's last year
   * @return the period {@code firstYear}–{@code lastYear}
   */
  public static PlanPeriod of(int firstYear, int lastYear) {
    return ImmutablePlanPeriod.builder().firstYear(firstYear).lastYear(lastYear).build();
  }

  /**
   * The period of {@code plan}.
   *
   * @param plan the action plan
   * @return the period of {@code plan}
   */
  public static PlanPeriod of(ActionPlan plan) {
    checkArgument(plan != null, "plan must not be null");
    return of(plan.periodStart(), plan.periodEnd());
  }

  /** {@return 1 January of the first year} */
  public LocalDate start() {
    return LocalDate.of(firstYear(), 1, 1);
  }

  /** {@return 31 December of the last year} */
  public LocalDate end() {
    return LocalDate.of(lastYear(), 12, 31);
  }

  /**
   * Whether {@code date} falls within the period.
   *
   * @param date the date
   * @return whether {@code date} falls within the period
   */
  public boolean contains(LocalDate date) {
    checkArgument(date != null, "date must not be null (plan period %s)", this);
    return !date.isBefore(start()) && !date.isAfter(end());
  }

  /** Validates the attributes on construction; a failure names the field and the value. */
  @Value.Check
  protected void check() {
    checkArgument(firstYear() >= 2008, "PlanPeriod.firstYear must not be before the Convention (2008), was %s",
        firstYear());
    checkArgument(lastYear() >= firstYear(), "PlanPeriod.lastYear (%s) must not be before firstYear (%s)", lastYear(),
        firstYear());
  }

  @Override
  public String toString() {
    return firstYear() + "–" + lastYear();
  }
}
