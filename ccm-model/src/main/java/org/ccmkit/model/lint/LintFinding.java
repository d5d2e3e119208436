package org.ccmkit.model.lint;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Optional;
import org.ccmkit.model.SourceRef;
import org.immutables.value.Value;

/** One drafting problem of a plan: where it is (plan, action, indicator, source locator), its kind, the text it concerns. */
@Value.Immutable
public abstract class LintFinding implements Comparable<LintFinding> {

  /** Implemented in this package only (by the generated immutable class). */
  LintFinding() {}

  /** {@return the plan's id} */
  public abstract String planId();

  /** {@return the action's number; empty for a problem of the whole plan} */
  public abstract Optional<Integer> action();

  /** {@return the indicator's id, for a problem of an indicator} */
  public abstract Optional<String> indicator();

  /** {@return what kind of problem} */
  public abstract LintKind kind();

  /** {@return the text it concerns, verbatim from the plan (or the note, for a {@link LintKind#RECORDED} finding)} */
  public abstract String text();

  /** {@return where it is printed} */
  public abstract SourceRef locator();

  /** {@return what is wrong, in words} */
  public abstract String message();

  /** {@return a builder} */
  public static ImmutableLintFinding.Builder builder() {
    return ImmutableLintFinding.builder();
  }

  /** {@return whether the lint found it in the text (every kind but {@link LintKind#RECORDED})} */
  public boolean isDetected() {
    return kind() != LintKind.RECORDED;
  }

  /** {@return the indicator's id, else {@code <plan> action <n>}, else the plan's id} */
  public String subject() {
    return indicator().orElseGet(() -> action().map(a -> planId() + " action " + a).orElse(planId()));
  }

  /** By locator line (as printed), then subject, then kind. */
  @Override
  public int compareTo(LintFinding o) {
    int c = Integer.compare(PlanLint.lineOf(locator()), PlanLint.lineOf(o.locator()));
    if (c == 0) {
      c = subject().compareTo(o.subject());
    }
    if (c == 0) {
      c = kind().compareTo(o.kind());
    }
    return c != 0 ? c : message().compareTo(o.message());
  }

  /** Validates the attributes on construction; a failure names the field and the value. */
  @Value.Check
  protected void check() {
    checkArgument(!message().isBlank(), "LintFinding.message must not be blank (%s %s)", kind(), subject());
  }

  @Override
  public String toString() {
    return locator() + " " + subject() + " " + kind() + ": " + message();
  }
}
