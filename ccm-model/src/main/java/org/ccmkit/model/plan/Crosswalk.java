package org.ccmkit.model.plan;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSetMultimap;

/**
 * The crosswalk from a plan to the plan it succeeds: each action of the successor lists the predecessor's actions it
 * continues, and an indicator's predecessors are the indicators of those actions.
 */
public final class Crosswalk {

  private final ActionPlan successor;
  private final ActionPlan predecessor;

  private Crosswalk(ActionPlan successor, ActionPlan predecessor) {
    this.successor = successor;
    this.predecessor = predecessor;
  }

  /**
   * The crosswalk from {@code successor} (the VCAP) to {@code predecessor} (the LAP).
   *
   *
   * @param successor the successor
   * @param predecessor the LAP indicator
   * @return the crosswalk from {@code successor} (the VCAP) to {@code predecessor} (the LAP)
   * @throws IllegalArgumentException naming the action if one continues an action the predecessor does not have
   */
  public static Crosswalk between(ActionPlan successor, ActionPlan predecessor) {
    for (Action a : successor.actions()) {
      for (int n : a.continues()) {
        checkArgument(predecessor.action(n).isPresent(), "%s action %s continues %s action %s, which does not exist",
            successor.id(), a.number(), predecessor.id(), n);
      }
    }
    return new Crosswalk(successor, predecessor);
  }

  /** {@return the successor plan} */
  public ActionPlan successor() {
    return successor;
  }

  /** {@return the predecessor plan} */
  public ActionPlan predecessor() {
    return predecessor;
  }

  /**
   * The predecessor's actions that a successor action continues.
   *
   * @param action the action
   * @return the predecessor's actions that a successor action continues
   */
  public ImmutableList<Action> predecessorsOf(Action action) {
    return action.continues().stream().map(n -> predecessor.action(n).orElseThrow())
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * The predecessor's indicators a successor indicator follows: those of the actions its action continues.
   *
   * @param indicator the indicator
   * @return the predecessor's indicators a successor indicator follows: those of the actions its action continues
   */
  public ImmutableList<Indicator> predecessorsOf(Indicator indicator) {
    Action action = successor.action(indicator.actionNumber()).orElseThrow(
        () -> new IllegalArgumentException(indicator.id() + " is not an indicator of " + successor.id()));
    return predecessorsOf(action).stream().flatMap(a -> a.indicators().stream())
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * The successor's actions that continue a predecessor action.
   *
   * @param predecessorAction the LAP action
   * @return the successor's actions that continue a predecessor action
   */
  public ImmutableList<Action> successorsOf(Action predecessorAction) {
    return successor.actions().stream().filter(a -> a.continues().contains(predecessorAction.number()))
        .collect(ImmutableList.toImmutableList());
  }

  /** {@return the successor's actions that continue no predecessor action: new in the successor} */
  public ImmutableList<Action> newActions() {
    return successor.actions().stream().filter(a -> a.continues().isEmpty()).collect(ImmutableList.toImmutableList());
  }

  /** {@return the predecessor's actions no successor action continues} */
  public ImmutableList<Action> discontinuedActions() {
    return predecessor.actions().stream().filter(a -> successorsOf(a).isEmpty()).collect(ImmutableList.toImmutableList());
  }

  /** {@return every (successor action number → predecessor action number) link} */
  public ImmutableSetMultimap<Integer, Integer> links() {
    ImmutableSetMultimap.Builder<Integer, Integer> b = ImmutableSetMultimap.builder();
    successor.actions().forEach(a -> b.putAll(a.number(), a.continues()));
    return b.build();
  }

  /** {@return the plans it links and how many actions continue, are new or were discontinued, e.g. {@code Crosswalk VCAP ← LAP: …}} */
  @Override
  public String toString() {
    return "Crosswalk " + successor.id() + " ← " + predecessor.id() + ": " + links().keySet().size() + " of "
        + successor.actions().size() + " " + successor.id() + " actions continue " + predecessor.id() + " actions, "
        + newActions().size() + " are new; " + discontinuedActions().size() + " " + predecessor.id()
        + " actions discontinued";
  }
}
