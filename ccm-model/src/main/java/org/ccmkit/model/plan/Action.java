package org.ccmkit.model.plan;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.ccmkit.model.SourceRef;
import org.ccmkit.model.UnknownIdException;
import org.ccmkit.model.convention.ArticleRef;
import org.immutables.value.Value;

/**
 * An action of a plan: its number, its thematic area, its text verbatim with any lettered sub-actions, the articles it
 * refers to, the earlier plan's actions it continues, and its indicators in document order.
 */
@Value.Immutable
public abstract class Action {

  /** Implemented in this package only (by the generated immutable class). */
  Action() {}

  /** {@return the plan's id} */
  public abstract String planId();

  /** {@return the action's number} */
  public abstract int number();

  /** {@return the id of its thematic area, e.g. {@code LAP-V}} */
  public abstract String areaId();

  /** {@return the text, verbatim; for an action with sub-actions, the sentence that introduces them} */
  public abstract String text();

  /** {@return the lettered sub-actions, in order} */
  public abstract ImmutableList<SubAction> subActions();

  /** {@return the articles of the Convention the action refers to} */
  public abstract ImmutableList<ArticleRef> articles();

  /** {@return For a VCAP action, the numbers of the LAP actions it continues; empty for a new action} */
  public abstract ImmutableList<Integer> continues();

  /** {@return the indicators, in document order} */
  public abstract ImmutableList<Indicator> indicators();

  /** {@return where the action is printed} */
  public abstract SourceRef source();

  /**
   * Decisions and inconsistencies recorded for it.
   *
   * @return the notes
   */
  public abstract ImmutableList<Note> notes();

  /** {@return a builder} */
  public static ImmutableAction.Builder builder() {
    return ImmutableAction.builder();
  }

  /**
   * The indicator with the given id, if it is one of this action's.
   *
   * @param id the id
   * @return the indicator with the given id, if it is one of this action's
   */
  public Optional<Indicator> indicator(String id) {
    return indicators().stream().filter(i -> i.id().equals(id)).findFirst();
  }

  /**
   * The indicator with the given id, or an exception naming this action's indicators and the one probably meant.
   *
   * @param id the indicator's id, e.g. {@code LAP-23.2}
   * @return the indicator
   * @throws UnknownIdException if the action has no indicator {@code id}
   */
  public Indicator indicatorOrThrow(String id) {
    return indicator(id).orElseThrow(() -> UnknownIdException.of("indicator", planId() + " action " + number(), id,
        indicators().stream().map(Indicator::id).toList()));
  }

  /** {@return the action's text followed by its sub-actions, as the plan prints them} */
  public String fullText() {
    StringBuilder s = new StringBuilder(text());
    subActions().forEach(a -> s.append(' ').append(a.letter()).append(") ").append(a.text()));
    return s.toString();
  }

  /** Validates the attributes on construction; a failure names the field and the value. */
  @Value.Check
  protected void check() {
    checkArgument(number() >= 1, "Action.number must be at least 1, was %s (%s)", number(), planId());
    checkArgument(!text().isBlank(), "Action.text must not be blank (%s action %s)", planId(), number());
    for (Indicator i : indicators()) {
      checkArgument(i.planId().equals(planId()) && i.actionNumber() == number(),
          "Action %s-%s holds indicator %s of another action", planId(), number(), i.id());
    }
  }

  @Override
  public String toString() {
    return planId() + " action " + number() + ": " + text();
  }
}
