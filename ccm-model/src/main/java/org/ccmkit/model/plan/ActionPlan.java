package org.ccmkit.model.plan;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.ccmkit.model.SourceRef;
import org.ccmkit.model.UnknownIdException;
import org.immutables.value.Value;

/**
 * An action plan adopted (or drafted) for a Review Conference: its thematic areas and its actions in document order,
 * each with its indicators.
 */
@Value.Immutable
public abstract class ActionPlan {

  /** Implemented in this package only (by the generated immutable class). */
  ActionPlan() {}

  /** {@return the plan's id, e.g. {@code LAP}} */
  public abstract String id();

  /** {@return its title, e.g. "Lausanne Action Plan"} */
  public abstract String title();

  /** {@return the first year of its period} */
  public abstract int periodStart();

  /** {@return the last year of its period} */
  public abstract int periodEnd();

  /** {@return Adopted or draft} */
  public abstract PlanStatus status();

  /** {@return the document it comes from} */
  public abstract SourceRef source();

  /** {@return its thematic areas, in document order} */
  public abstract ImmutableList<ThematicArea> areas();

  /** {@return its actions, in document order} */
  public abstract ImmutableList<Action> actions();

  /**
   * Inconsistencies of the document recorded at plan level.
   *
   * @return the plan-level notes
   */
  public abstract ImmutableList<Note> notes();

  /** {@return a builder} */
  public static ImmutableActionPlan.Builder builder() {
    return ImmutableActionPlan.builder();
  }

  /** {@return every indicator of the plan, in document order} */
  @Value.Lazy
  public ImmutableList<Indicator> indicators() {
    return actions().stream().flatMap(a -> a.indicators().stream()).collect(ImmutableList.toImmutableList());
  }

  @Value.Lazy
  ImmutableMap<String, Indicator> indicatorsById() {
    return indicators().stream().collect(ImmutableMap.toImmutableMap(Indicator::id, i -> i));
  }

  /**
   * The action numbered {@code number}.
   *
   * @param number the number
   * @return the action numbered {@code number}
   */
  public Optional<Action> action(int number) {
    return actions().stream().filter(a -> a.number() == number).findFirst();
  }

  /**
   * The action numbered {@code number}, or an exception naming the plan's action numbers.
   *
   * @param number the action's number, e.g. {@code 23}
   * @return the action
   * @throws UnknownIdException if the plan has no action {@code number}
   */
  public Action actionOrThrow(int number) {
    return action(number).orElseThrow(() -> UnknownIdException.of("action", title() + " (" + id() + ")",
        String.valueOf(number), actions().stream().map(a -> String.valueOf(a.number())).toList()));
  }

  /**
   * The indicator with the given id, e.g. {@code LAP-23.2}.
   *
   * @param id the id
   * @return the indicator with the given id, e.g. {@code LAP-23.2}
   */
  public Optional<Indicator> indicator(String id) {
    return Optional.ofNullable(indicatorsById().get(id));
  }

  /**
   * The indicator with the given id, or an exception naming the plan's indicators and the one probably meant.
   *
   * @param id the indicator's id, e.g. {@code LAP-23.2}
   * @return the indicator
   * @throws UnknownIdException if the plan has no indicator {@code id}; {@code "lap-23.2"} suggests {@code LAP-23.2}
   */
  public Indicator indicatorOrThrow(String id) {
    return indicator(id).orElseThrow(() -> UnknownIdException.of("indicator", title() + " (" + id() + ")", id,
        indicatorsById().keySet()));
  }

  /**
   * The thematic area with the given id.
   *
   * @param id the id
   * @return the thematic area with the given id
   */
  public Optional<ThematicArea> area(String id) {
    return areas().stream().filter(a -> a.id().equals(id)).findFirst();
  }

  /**
   * The thematic area with the given id, or an exception naming the plan's areas and the one probably meant.
   *
   * @param id the area's id, e.g. {@code LAP-V}
   * @return the area
   * @throws UnknownIdException if the plan has no area {@code id}
   */
  public ThematicArea areaOrThrow(String id) {
    return area(id).orElseThrow(() -> UnknownIdException.of("thematic area", title() + " (" + id() + ")", id,
        areas().stream().map(ThematicArea::id).toList()));
  }

  /** {@return the actions of each thematic area, areas in document order} */
  public ImmutableListMultimap<ThematicArea, Action> actionsByArea() {
    ImmutableListMultimap.Builder<ThematicArea, Action> b = ImmutableListMultimap.builder();
    for (ThematicArea area : areas()) {
      actions().stream().filter(a -> a.areaId().equals(area.id())).forEach(a -> b.put(area, a));
    }
    return b.build();
  }

  /** {@return the indicators of each thematic area, areas and indicators in document order} */
  public ImmutableListMultimap<ThematicArea, Indicator> indicatorsByArea() {
    ImmutableListMultimap.Builder<ThematicArea, Indicator> b = ImmutableListMultimap.builder();
    actionsByArea().forEach((area, action) -> b.putAll(area, action.indicators()));
    return b.build();
  }

  /**
   * The thematic area of an indicator.
   *
   * @param indicator the indicator
   * @return the thematic area of an indicator
   */
  public ThematicArea areaOf(Indicator indicator) {
    Action action = action(indicator.actionNumber())
        .orElseThrow(() -> new IllegalArgumentException("indicator " + indicator.id() + " is not in plan " + id()));
    return area(action.areaId()).orElseThrow();
  }

  /** Validates the attributes on construction; a failure names the field and the value. */
  @Value.Check
  protected void check() {
    checkArgument(periodEnd() >= periodStart(), "ActionPlan.periodEnd (%s) must not be before periodStart (%s) (%s)",
        periodEnd(), periodStart(), id());
    Set<String> areaIds = new HashSet<>();
    areas().forEach(a -> checkArgument(areaIds.add(a.id()), "ActionPlan %s lists area %s twice", id(), a.id()));
    Set<Integer> numbers = new HashSet<>();
    Set<String> indicatorIds = new HashSet<>();
    for (Action a : actions()) {
      checkArgument(a.planId().equals(id()), "ActionPlan %s holds action %s of plan %s", id(), a.number(), a.planId());
      checkArgument(numbers.add(a.number()), "ActionPlan %s lists action %s twice", id(), a.number());
      checkArgument(areaIds.contains(a.areaId()), "ActionPlan %s action %s refers to unknown area '%s'", id(),
          a.number(), a.areaId());
      for (Indicator i : a.indicators()) {
        checkArgument(indicatorIds.add(i.id()), "ActionPlan %s lists indicator %s twice", id(), i.id());
      }
    }
  }

  @Override
  public String toString() {
    return title() + " " + periodStart() + "–" + periodEnd() + " (" + actions().size() + " actions, "
        + indicators().size() + " indicators)";
  }
}
