package org.ccmkit.model.calendar;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * When something falls due, as exactly as the data allow: a day ({@code 2026-04-30}), or, where the rule counts from a
 * meeting whose day is not known, the days between which it falls ({@code between 2025-04-01 and 2026-03-31}) with
 * the reason it is not exact. A bound is never shown as a day.
 *
 * <p>A bound may be open on one side: an extension request for a deadline no meeting in the data precedes is due
 * "before the deadline expires" (Art. 3(5), 4(6)), with no earliest day.
 */
@Value.Immutable
public abstract class DueDate implements Comparable<DueDate> {

  /** Implemented in this package only (by the generated immutable class). */
  DueDate() {}

  /** {@return the earliest day it can fall on; for an exact date, the day. Empty where there is no lower bound} */
  public abstract Optional<LocalDate> earliest();

  /** {@return the latest day it can fall on; for an exact date, the day} */
  public abstract LocalDate latest();

  /**
   * {@return why it is a bound, not a day ("the 3RC's day is not known, only its year 2026"); empty for an exact date}
   */
  public abstract Optional<String> boundReason();

  /**
   * The day {@code date}.
   *
   * @param date the date
   * @return the day {@code date}
   */
  public static DueDate exact(LocalDate date) {
    checkArgument(date != null, "DueDate.exact needs a date");
    return ImmutableDueDate.builder().earliest(date).latest(date).build();
  }

  /**
   * A day between {@code earliest} and {@code latest}, both included, not known more exactly because {@code why}.
   *
   * @param earliest the earliest
   * @param latest the latest
   * @param why the why
   * @return a day between {@code earliest} and {@code latest}, both included, not known more exactly because {@code
   *     why}
   */
  public static DueDate between(LocalDate earliest, LocalDate latest, String why) {
    checkArgument(earliest != null && latest != null, "DueDate.between needs both bounds, was %s and %s", earliest,
        latest);
    checkArgument(why != null && !why.isBlank(), "DueDate.between must say why it is not exact (%s to %s)", earliest,
        latest);
    if (earliest.equals(latest)) {
      return exact(earliest);
    }
    return ImmutableDueDate.builder().earliest(earliest).latest(latest).boundReason(why).build();
  }

  /**
   * A day not after {@code latest}, with no lower bound known, because {@code why}.
   *
   * @param latest the latest
   * @param why the why
   * @return a day not after {@code latest}, with no lower bound known, because {@code why}
   */
  public static DueDate notAfter(LocalDate latest, String why) {
    checkArgument(latest != null, "DueDate.notAfter needs a latest day");
    checkArgument(why != null && !why.isBlank(), "DueDate.notAfter must say why it is not exact (latest %s)", latest);
    return ImmutableDueDate.builder().latest(latest).boundReason(why).build();
  }

  /** {@return whether the day is known} */
  public boolean isExact() {
    return boundReason().isEmpty();
  }

  /** {@return the day, where it is known} */
  public Optional<LocalDate> day() {
    return isExact() ? Optional.of(latest()) : Optional.empty();
  }

  /**
   * Whether it can fall between {@code from} and {@code to}, both included.
   *
   * @param from the from
   * @param to the to
   * @return whether it can fall between {@code from} and {@code to}, both included
   */
  public boolean canFallBetween(LocalDate from, LocalDate to) {
    return !latest().isBefore(from) && earliest().map(e -> !e.isAfter(to)).orElse(true);
  }

  /**
   * Whether it is known to have passed on {@code date}: its latest day is before it.
   *
   * @param date the date
   * @return whether it is known to have passed on {@code date}: its latest day is before it
   */
  public boolean hasPassedOn(LocalDate date) {
    return latest().isBefore(date);
  }

  /** Validates the attributes on construction; a failure names the field and the value. */
  @Value.Check
  protected void check() {
    earliest().ifPresent(e -> checkArgument(!e.isAfter(latest()),
        "DueDate.earliest must not be after latest: earliest=%s, latest=%s", e, latest()));
    checkArgument(boundReason().isPresent() || earliest().isPresent(),
        "DueDate without an earliest day must say why it is a bound (latest %s)", latest());
  }

  /** Ordered by latest day, then earliest (an open bound first). */
  @Override
  public int compareTo(DueDate o) {
    int c = latest().compareTo(o.latest());
    if (c != 0) {
      return c;
    }
    return earliest().orElse(LocalDate.MIN).compareTo(o.earliest().orElse(LocalDate.MIN));
  }

  @Override
  public String toString() {
    if (isExact()) {
      return latest().toString();
    }
    return earliest().map(e -> "between " + e + " and " + latest()).orElse("not after " + latest())
        + " (" + boundReason().get() + ")";
  }
}
