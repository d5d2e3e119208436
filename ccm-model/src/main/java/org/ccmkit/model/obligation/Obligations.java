package org.ccmkit.model.obligation;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import org.ccmkit.model.convention.ArticleRef;

/** Checks shared by the obligations' constructors. */
final class Obligations {

  private Obligations() {}

  static void checkDate(LocalDate date) {
    checkArgument(date != null, "date must not be null");
  }

  /**
   * Checks a chain of extensions against the Convention's limits: each is granted while the deadline it extends is
   * still running (Art. 3(5), 4(6): requested before the deadline expires), moves the deadline forward, and by no more
   * than {@code maxExtension} ({@code rule} names the paragraph).
   */
  static void checkExtensions(String type, String state, LocalDate originalDeadline, ImmutableList<Extension> extensions,
      Period maxExtension, ArticleRef rule) {
    LocalDate deadline = originalDeadline;
    LocalDate lastGrant = null;
    for (Extension e : extensions) {
      checkArgument(lastGrant == null || !e.grantedOn().isBefore(lastGrant),
          "%s.extensions must be in the order granted (state %s): %s granted on %s after one granted on %s", type, state,
          e.grantedBy(), e.grantedOn(), lastGrant);
      checkArgument(!e.grantedOn().isAfter(deadline),
          "%s extension granted by %s on %s comes after the deadline it extends (%s) had expired (state %s); %s requires "
              + "the request before the deadline expires", type, e.grantedBy(), e.grantedOn(), deadline, state, rule);
      final LocalDate running = deadline;
      e.requestedOn().ifPresent(r -> checkArgument(r.isBefore(running),
          "%s extension for state %s was requested on %s, but %s requires the request before the deadline (%s) expires",
          type, state, r, rule, running));
      checkArgument(e.newDeadline().isAfter(deadline),
          "%s extension granted by %s must move the deadline forward (state %s): from %s to %s", type, e.grantedBy(),
          state, deadline, e.newDeadline());
      LocalDate limit = deadline.plus(maxExtension);
      checkArgument(!e.newDeadline().isAfter(limit),
          "%s extension granted by %s exceeds the maximum of %s years per extension (%s) for state %s: deadline %s moved "
              + "to %s, latest permitted %s", type, e.grantedBy(), maxExtension.getYears(), rule, state, deadline,
          e.newDeadline(), limit);
      deadline = e.newDeadline();
      lastGrant = e.grantedOn();
    }
  }

  static void checkCompletion(String type, String state, LocalDate start, Optional<LocalDate> completedOn) {
    completedOn.ifPresent(c -> checkArgument(!c.isBefore(start),
        "%s.completedOn must not be before the obligation starts (state %s): completedOn=%s, start=%s", type, state, c,
        start));
  }

  static void checkCeased(String type, String state, LocalDate start, Optional<LocalDate> ceasedOn,
      Optional<LocalDate> completedOn) {
    ceasedOn.ifPresent(c -> {
      checkArgument(!c.isBefore(start), "%s.ceasedOn must not be before start (state %s): ceasedOn=%s, start=%s", type,
          state, c, start);
      checkArgument(completedOn.isEmpty() || completedOn.get().isBefore(c),
          "%s cannot be completed on %s after it ceased on %s (state %s)", type, completedOn.orElse(null), c, state);
    });
  }

  static void checkNonNegative(String field, long value) {
    checkArgument(value >= 0, "%s must not be negative, was %s", field, value);
  }
}
