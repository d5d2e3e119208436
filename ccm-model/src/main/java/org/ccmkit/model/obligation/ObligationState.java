package org.ccmkit.model.obligation;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/** An obligation seen on a date: its status and the deadline in force then. */
@Value.Immutable
public abstract class ObligationState {

  /** Implemented in this package only (by the generated immutable class). */
  ObligationState() {}

  /** {@return the obligation} */
  public abstract Obligation obligation();

  /** {@return the date it is seen on} */
  public abstract LocalDate date();

  /** {@return its status on {@link #date()}} */
  @Value.Derived
  public ObligationStatus status() {
    return obligation().statusOn(date());
  }

  /**
   * The deadline in force on {@link #date()}, if the obligation has one; when the {@link #status()} is
   * {@link ObligationStatus#DEADLINE_UNKNOWN}, the last deadline the data know, which has passed.
   *
   * @return the deadline in force on {@link #date()}, if the obligation has one; when the {@link #status()} is {@link
   *     ObligationStatus#DEADLINE_UNKNOWN}, the last deadline the data know, which has passed
   */
  @Value.Derived
  public Optional<LocalDate> deadline() {
    return obligation().deadlineOn(date());
  }

  /**
   * The obligation on {@code date}.
   *
   * @param obligation the obligation
   * @param date the date
   * @return the obligation on {@code date}
   */
  public static ObligationState of(Obligation obligation, LocalDate date) {
    return ImmutableObligationState.builder().obligation(obligation).date(date).build();
  }

  @Override
  public String toString() {
    String prefix = obligation().description() + " (" + obligation().legalBasis() + "): " + status();
    if (status() == ObligationStatus.DEADLINE_UNKNOWN) {
      return prefix + deadline().map(d -> ", last deadline known " + d + "; extensions granted not recorded")
          .orElse("");
    }
    return prefix + deadline().map(d -> ", deadline " + d).orElse("");
  }
}
