package org.ccmkit.indicators.profile;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.ccmkit.indicators.IndicatorEvaluator;
import org.ccmkit.indicators.data.Fact;
import org.ccmkit.indicators.data.MonitoringDataset;
import org.ccmkit.indicators.data.SubjectId;
import org.ccmkit.indicators.population.Populations;
import org.ccmkit.indicators.result.Evaluation;
import org.ccmkit.indicators.result.EvaluationStatus;
import org.ccmkit.indicators.result.PopulationCode;
import org.ccmkit.indicators.result.Reason;
import org.ccmkit.indicators.result.SubjectEntry;
import org.ccmkit.model.calendar.ReportingCycle;
import org.ccmkit.model.obligation.ObligationState;
import org.ccmkit.model.plan.ActionPlan;
import org.ccmkit.model.plan.PopulationBase;
import org.ccmkit.model.state.PartyBasis;
import org.ccmkit.model.state.Standing;
import org.immutables.value.Value;

/**
 * One State at one reporting cycle: every indicator of a plan with the State's status (counted, not counted, no
 * data, not applicable with the reason, not evaluable), its obligations with their statuses on the cycle's date, and
 * its Article 7 reports due by then with what the data know of their submission.
 */
@Value.Immutable
public abstract class StateProfile {

  /** Implemented in this package only (by the generated immutable class). */
  StateProfile() {}

  /** {@return the State's standing} */
  public abstract Standing standing();

  /** {@return the plan's id} */
  public abstract String planId();

  /** {@return the cycle} */
  public abstract ReportingCycle cycle();

  /** {@return every indicator of the plan, in document order} */
  public abstract ImmutableList<ProfileEntry> entries();

  /** {@return its Article 3, 4, 5 and 3(6) obligations, each with its status on the cycle's date} */
  public abstract ImmutableList<ObligationState> obligations();

  /** {@return its Article 7 reports due by the cycle's date, each with its status then} */
  public abstract ImmutableList<ObligationState> reports();

  /** {@return whether the dataset records every fact (else "no data" is unknown, not "not reported")} */
  public abstract boolean factsComplete();

  /**
   * The profile of the State with ISO code {@code state} for {@code plan} at {@code cycle}.
   *
   *
   * @param evaluator the evaluator
   * @param plan the action plan
   * @param dataset the monitoring dataset
   * @param cycle the reporting cycle
   * @param state the State's ISO 3166-1 alpha-3 code
   * @return the profile of the State with ISO code {@code state} for {@code plan} at {@code cycle}
   * @throws IllegalArgumentException if an argument is null or the register does not list the State (naming the
   *     codes it lists that are closest)
   */
  public static StateProfile of(IndicatorEvaluator evaluator, ActionPlan plan, MonitoringDataset dataset,
      ReportingCycle cycle, String state) {
    checkArgument(evaluator != null && plan != null && dataset != null && cycle != null,
        "evaluator, plan, dataset and cycle must not be null (state %s)", state);
    checkArgument(state != null, "state must not be null");
    Optional<Standing> standing = dataset.register().standing(state);
    checkArgument(standing.isPresent(), "state '%s' is not in the register; it lists %s States, e.g. %s", state,
        dataset.register().standings().size(), dataset.register().byCode().keySet().stream()
            .filter(c -> c.charAt(0) == state.toUpperCase(java.util.Locale.ROOT).charAt(0)).limit(8).toList());
    List<ProfileEntry> entries = new ArrayList<>();
    for (Evaluation e : evaluator.evaluatePlan(plan, dataset, cycle)) {
      entries.add(entry(e, standing.get(), dataset));
    }
    ImmutableList<ObligationState> obligations = dataset.obligationsByState().get(state).stream()
        .map(o -> ObligationState.of(o, cycle.date())).collect(ImmutableList.toImmutableList());
    ImmutableList<ObligationState> reports = dataset.transparencyReports(state, cycle.date()).stream()
        .map(r -> ObligationState.of(r, cycle.date())).collect(ImmutableList.toImmutableList());
    return ImmutableStateProfile.builder().standing(standing.get()).planId(plan.id()).cycle(cycle).entries(entries)
        .obligations(obligations).reports(reports).factsComplete(dataset.factsComplete()).build();
  }

  /** {@return the State's code} */
  public String state() {
    return standing().state().code();
  }

  /**
   * The entries with the given status.
   *
   * @param status the status
   * @return the entries with the given status
   */
  public ImmutableList<ProfileEntry> entries(ProfileStatus status) {
    return entries().stream().filter(e -> e.status() == status).collect(ImmutableList.toImmutableList());
  }

  /**
   * The entry of an indicator, by id.
   *
   * @param indicator the indicator
   * @return the entry of an indicator, by id
   */
  public Optional<ProfileEntry> entry(String indicator) {
    return entries().stream().filter(e -> e.indicator().id().equals(indicator)).findFirst();
  }

  private static ProfileEntry entry(Evaluation e, Standing standing, MonitoringDataset dataset) {
    String code = standing.state().code();
    var entry = ProfileEntry.builder().indicator(e.indicator()).evaluation(e);
    if (e.status() == EvaluationStatus.NOT_EVALUABLE || e.populations().isEmpty()) {
      // Nothing was computed (a printed figure may be the value): whether the State is in the population is unknown.
      return entry.status(ProfileStatus.NOT_EVALUABLE).reason(e.reason().orElse("not evaluable")).build();
    }
    PopulationBase base = e.indicator().population().base();
    if (e.indicator().headlineUnit() == org.ccmkit.model.plan.FigureUnit.CHANGE) {
      return change(e, entry, code);
    }
    // The State itself, or, in a population of extension requests, its requests.
    SubjectId.Category kind = base == PopulationBase.EXTENSION_REQUESTS ? SubjectId.Category.EXTENSION_REQUEST
        : SubjectId.Category.STATE;
    List<SubjectEntry> mine = e.population(PopulationCode.INITIAL_POPULATION).map(p -> p.subjects().stream()
            .filter(s -> s.subjectId().category() == kind && s.subjectId().state().equals(Optional.of(code))).toList())
        .orElse(List.of());
    if (mine.isEmpty()) {
      return entry.status(ProfileStatus.NOT_APPLICABLE).reason(outside(e, standing, dataset)).build();
    }
    entry.subjects(mine);
    if (mine.stream().anyMatch(SubjectEntry::isCounted)) {
      return entry.status(ProfileStatus.COUNTED).reason("counted: " + facts(mine.stream()
          .filter(SubjectEntry::isCounted).flatMap(s -> s.facts().stream()).toList())).build();
    }
    Optional<SubjectEntry> notCounted = mine.stream()
        .filter(s -> s.outcome() == org.ccmkit.indicators.result.SubjectOutcome.NOT_COUNTED).findFirst();
    if (notCounted.isPresent()) {
      SubjectEntry s = notCounted.get();
      return entry.status(ProfileStatus.NOT_COUNTED)
          .reason("reported, not affirmatively for " + String.join(", ", s.unmetElements()) + ": "
              + facts(s.facts())).build();
    }
    Optional<SubjectEntry> excluded = mine.stream()
        .filter(s -> s.outcome() == org.ccmkit.indicators.result.SubjectOutcome.EXCLUDED).findFirst();
    if (excluded.isPresent() && mine.stream().allMatch(s -> s.outcome()
        == org.ccmkit.indicators.result.SubjectOutcome.EXCLUDED)) {
      return entry.status(ProfileStatus.NOT_APPLICABLE).reason("left out by the qualifier "
          + e.indicator().population().qualifier().orElse("") + ": " + excluded.get().reasons().stream()
              .map(Reason::text).collect(Collectors.joining("; "))).build();
    }
    return entry.status(ProfileStatus.NO_DATA).reason("no fact for " + String.join(", ", e.indicator().dataElements())
        + " in the " + e.cycle().meeting() + " cycle" + (dataset.factsComplete() ? ": not reported"
            : ": unknown, the data do not record every fact")).build();
  }

  /** A change in a headcount counts the States that entered the population in the plan period and those that left. */
  private static ProfileEntry change(Evaluation e, ImmutableProfileEntry.Builder entry, String code) {
    Optional<SubjectEntry> entered = e.population(PopulationCode.NUMERATOR).flatMap(p -> p.subjects().stream()
        .filter(s -> s.subject().equals(code)).findFirst());
    Optional<SubjectEntry> left = e.population(PopulationCode.LEFT).flatMap(p -> p.subjects().stream()
        .filter(s -> s.subject().equals(code)).findFirst());
    if (entered.isPresent()) {
      return entry.status(ProfileStatus.COUNTED).subjects(List.of(entered.get())).reason("entered the population "
          + "within the plan period: " + entered.get().reasons().stream().map(Reason::text)
              .collect(Collectors.joining("; "))).build();
    }
    if (left.isPresent()) {
      return entry.status(ProfileStatus.NOT_APPLICABLE).subjects(List.of(left.get())).reason("left the population "
          + "within the plan period: " + left.get().reasons().stream().map(Reason::text)
              .collect(Collectors.joining("; "))).build();
    }
    return entry.status(ProfileStatus.NOT_APPLICABLE).reason("a change in the headcount of " + e.populationRule()
        + ": " + code + " neither entered nor left it within the plan period").build();
  }

  private static String outside(Evaluation e, Standing standing, MonitoringDataset dataset) {
    PopulationBase base = e.indicator().population().base();
    PartyBasis basis = e.indicator().population().basis();
    String code = standing.state().code();
    switch (base) {
      case NONE:
        return "the indicator has no population: it counts what is reported, and nothing from " + code + " is";
      case DELEGATIONS:
        return "no delegation of " + code + " at the " + e.cycle().meeting() + " in the data";
      case EXTENSION_REQUESTS:
        return "no extension request of " + code + " considered at the " + e.cycle().meeting();
      case STATES_NOT_PARTY:
        return code + " is a State Party on " + e.date() + ": the population is " + e.populationRule();
      default:
        if (!standing.isPartyOn(e.date(), basis)) {
          return code + " is not a State Party on " + e.date() + " (" + (basis == PartyBasis.IN_FORCE ? "Convention in force" : "instrument deposited and not withdrawn") + ")";
        }
        String obligations = dataset.obligationsByState().get(code).stream()
            .map(o -> Populations.obligationReason(o, e.date(), dataset).text()).collect(Collectors.joining("; "));
        return "outside the population: " + e.populationRule()
            + (obligations.isEmpty() ? "" : " (its obligations: " + obligations + ")");
    }
  }

  private static String facts(List<Fact> facts) {
    return facts.isEmpty() ? "no fact" : facts.stream()
        .map(f -> f.element() + " = " + f.value().asText() + " [" + f.source() + "]").distinct()
        .collect(Collectors.joining("; "));
  }

  @Override
  public String toString() {
    return state() + " at the " + cycle().meeting() + " cycle, " + planId() + ": "
        + java.util.Arrays.stream(ProfileStatus.values()).map(s -> entries(s).size() + " " + s)
            .collect(Collectors.joining(", "));
  }
}
