package org.ccmkit.model.obligation;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.Optional;
import org.ccmkit.model.SourceRef;
import org.ccmkit.model.convention.ConventionDates;
import org.immutables.value.Value;

/**
 * An extension of an Article 3 or Article 4 deadline granted by a Meeting of States Parties or a Review Conference.
 * The meeting may grant less than was requested (Art. 3(5), 4(6)); how far an extension may reach is checked by the
 * obligation it extends.
 */
@Value.Immutable
public abstract class Extension {

  /** Implemented in this package only (by the generated immutable class). */
  Extension() {}

  /** {@return the meeting that granted it, e.g. {@code 11MSP}} */
  public abstract String grantedBy();

  /** {@return the date the meeting took its decision; the new deadline is in force from then} */
  public abstract LocalDate grantedOn();

  /** {@return the date the request was submitted, if known} */
  public abstract Optional<LocalDate> requestedOn();

  /** {@return the deadline the State asked for, if known} */
  public abstract Optional<LocalDate> requestedDeadline();

  /** {@return the deadline granted} */
  public abstract LocalDate newDeadline();

  /** {@return where the decision is recorded} */
  public abstract Optional<SourceRef> source();

  /** {@return a builder} */
  public static ImmutableExtension.Builder builder() {
    return ImmutableExtension.builder();
  }

  /**
   * An extension to {@code newDeadline} granted by {@code meeting} on {@code grantedOn}.
   *
   * @param meeting the meeting's id, e.g. {@code 13MSP}
   * @param grantedOn the date the meeting took its decision
   * @param newDeadline the deadline granted
   * @return an extension to {@code newDeadline} granted by {@code meeting} on {@code grantedOn}
   */
  public static Extension of(String meeting, LocalDate grantedOn, LocalDate newDeadline) {
    return builder().grantedBy(meeting).grantedOn(grantedOn).newDeadline(newDeadline).build();
  }

  /**
   * Art. 3(5), 4(6): whether the request was submitted at least nine months before the meeting; empty when the
   * request date is unknown.
   *
   * @return Art. 3(5), 4(6): whether the request was submitted at least nine months before the meeting; empty when the
   *     request date is unknown
   */
  public Optional<Boolean> requestedInTime() {
    return requestedOn().map(r -> !r.isAfter(ConventionDates.latestExtensionRequest(grantedOn())));
  }

  /** {@return whether the meeting granted less than was requested; empty when the requested deadline is unknown} */
  public Optional<Boolean> shorterThanRequested() {
    return requestedDeadline().map(r -> newDeadline().isBefore(r));
  }

  /** Validates the attributes on construction; a failure names the field and the value. */
  @Value.Check
  protected void check() {
    checkArgument(!grantedBy().isBlank(), "Extension.grantedBy must name the meeting, was '%s'", grantedBy());
    requestedOn().ifPresent(r -> checkArgument(!r.isAfter(grantedOn()),
        "Extension.requestedOn must not be after grantedOn: requestedOn=%s, grantedOn=%s", r, grantedOn()));
    requestedDeadline().ifPresent(r -> checkArgument(!newDeadline().isAfter(r),
        "Extension.newDeadline must not go beyond the requested deadline: newDeadline=%s, requestedDeadline=%s",
        newDeadline(), r));
    checkArgument(newDeadline().isAfter(grantedOn()),
        "Extension.newDeadline must be after grantedOn: newDeadline=%s, grantedOn=%s", newDeadline(), grantedOn());
  }

  @Override
  public String toString() {
    return "extension to " + newDeadline() + " granted by " + grantedBy() + " on " + grantedOn();
  }
}
