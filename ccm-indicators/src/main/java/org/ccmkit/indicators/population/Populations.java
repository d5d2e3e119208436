package org.ccmkit.indicators.population;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.ccmkit.indicators.data.ExtensionRequest;
import org.ccmkit.indicators.data.Fact;
import org.ccmkit.indicators.data.MonitoringDataset;
import org.ccmkit.indicators.result.Reason;
import org.ccmkit.model.calendar.ReportingCycle;
import org.ccmkit.model.obligation.Clearance;
import org.ccmkit.model.obligation.Obligation;
import org.ccmkit.model.obligation.ObligationStatus;
import org.ccmkit.model.obligation.Retention;
import org.ccmkit.model.obligation.StockpileDestruction;
import org.ccmkit.model.obligation.VictimAssistance;
import org.ccmkit.model.plan.PopulationBase;
import org.ccmkit.model.state.PartyBasis;
import org.ccmkit.model.state.Standing;

/**
 * Computes the base populations of indicators from the register and the obligations on a reporting cycle's date.
 *
 * <p>States Parties are those party on the date in the {@link PartyBasis} the indicator names. A State Party is in an
 * obligation's population by the obligation's {@linkplain Obligation#statusOn(LocalDate) status} on the date:
 * affected States Parties have an outstanding Article 4 clearance obligation; States Parties with stockpiles an
 * outstanding Article 3 destruction obligation; States Parties with victims an Article 5 obligation in force; retaining
 * States an Article 3(6) retention in force (not yet ended by destroying the last retained munition). A State completed
 * Article 3 or 4 when an obligation under it is completed on or before the date and none under it is outstanding: a
 * State that completed clearance and then found new remnants (Art. 4(1)(b)) is affected again, not completed.
 */
public final class Populations {

  private Populations() {}

  /**
   * The population {@code base} in sense {@code basis} on the date of {@code cycle}.
   *
   *
   * @param period the plan's period, needed for {@link PopulationBase#NEW_STATES_PARTIES} only
   * @param base the population's base
   * @param basis which sense of party the population uses
   * @param dataset the monitoring dataset
   * @param cycle the reporting cycle
   * @return the population {@code base} in sense {@code basis} on the date of {@code cycle}
   * @throws IllegalArgumentException if an argument is null, if {@code base} is {@link PopulationBase#NONE} (which has
   *     no members to compute), or if it is {@link PopulationBase#NEW_STATES_PARTIES} and no period is given
   */
  public static ComputedPopulation compute(PopulationBase base, PartyBasis basis, MonitoringDataset dataset,
      ReportingCycle cycle, Optional<PlanPeriod> period) {
    checkArgument(base != null, "base must not be null");
    checkArgument(basis != null, "basis must not be null (base %s)", base);
    checkArgument(dataset != null, "dataset must not be null");
    checkArgument(cycle != null, "cycle must not be null");
    checkArgument(period != null, "period must not be null; use Optional.empty()");
    checkArgument(base != PopulationBase.NONE, "base NONE has no members: the indicator counts facts, not a population");
    checkArgument(base != PopulationBase.NEW_STATES_PARTIES || period.isPresent(),
        "base NEW_STATES_PARTIES needs the plan's period (cycle %s)", cycle.meeting());
    return compute(base, basis, dataset, cycle.date(), Optional.of(cycle), period);
  }

  /**
   * The population {@code base} in sense {@code basis} on {@code date}, for a base that depends on the date only (not
   * on a meeting: {@link PopulationBase#DELEGATIONS} and {@link PopulationBase#EXTENSION_REQUESTS} need a cycle, and
   * {@link PopulationBase#NEW_STATES_PARTIES} a plan period). A {@link org.ccmkit.model.plan.FigureUnit#CHANGE} indicator compares
   * a population on two dates.
   *
   *
   * @param base the population's base
   * @param basis which sense of party the population uses
   * @param dataset the monitoring dataset
   * @param date the date
   * @return the population {@code base} in sense {@code basis} on {@code date}, for a base that depends on the date
   *     only (not on a meeting: {@link PopulationBase#DELEGATIONS} and {@link PopulationBase#EXTENSION_REQUESTS} need
   *     a cycle, and {@link PopulationBase#NEW_STATES_PARTIES} a plan period)
   * @throws IllegalArgumentException if an argument is null or {@code base} needs a cycle or a period
   */
  public static ComputedPopulation onDate(PopulationBase base, PartyBasis basis, MonitoringDataset dataset,
      LocalDate date) {
    checkArgument(base != null, "base must not be null");
    checkArgument(basis != null, "basis must not be null (base %s)", base);
    checkArgument(dataset != null, "dataset must not be null");
    checkArgument(date != null, "date must not be null");
    checkArgument(base != PopulationBase.NONE && base != PopulationBase.DELEGATIONS
            && base != PopulationBase.EXTENSION_REQUESTS && base != PopulationBase.NEW_STATES_PARTIES,
        "base %s is not a population of a date alone; use compute(base, basis, dataset, cycle, period)", base);
    return compute(base, basis, dataset, date, Optional.empty(), Optional.empty());
  }

  private static ComputedPopulation compute(PopulationBase base, PartyBasis basis, MonitoringDataset dataset,
      LocalDate date, Optional<ReportingCycle> meetingCycle, Optional<PlanPeriod> period) {
    ImmutableComputedPopulation.Builder result = ComputedPopulation.builder().base(base).basis(basis).date(date);
    String parties = "States Parties (" + basisText(basis, date) + ")";
    switch (base) {
      case STATES_PARTIES:
        return result.rule(parties).members(parties(dataset, date, basis, s -> true)).build();
      case AFFECTED_STATES_PARTIES:
        return result.rule(parties + " with an outstanding Article 4 clearance obligation")
            .members(withObligation(dataset, date, basis, Clearance.class, ObligationStatus::isOutstanding)).build();
      case STATES_PARTIES_WITH_VICTIMS:
        return result.rule(parties + " with cluster munition victims (an Article 5 obligation in force)")
            .members(withObligation(dataset, date, basis, VictimAssistance.class, ObligationStatus::isOutstanding))
            .build();
      case STATES_PARTIES_WITH_STOCKPILES:
        return result.rule(parties + " with an outstanding Article 3 stockpile destruction obligation")
            .members(withObligation(dataset, date, basis, StockpileDestruction.class, ObligationStatus::isOutstanding))
            .build();
      case STATES_PARTIES_COMPLETED_ARTICLE_3:
        return result.rule(parties + " that have completed Article 3 stockpile destruction")
            .members(completed(dataset, date, basis, StockpileDestruction.class)).build();
      case STATES_PARTIES_COMPLETED_ARTICLE_4:
        return result.rule(parties + " that have completed Article 4 clearance")
            .members(completed(dataset, date, basis, Clearance.class)).build();
      case STATES_PARTIES_RETAINING:
        return result.rule(parties + " retaining cluster munitions under Article 3(6)")
            .members(withObligation(dataset, date, basis, Retention.class, ObligationStatus::isOutstanding)).build();
      case STATES_PARTIES_WITH_ARTICLE_3_4_OR_RETENTION:
        return result.rule(parties + " with an outstanding Article 3 or 4 obligation or retaining under Article 3(6)")
            .members(withObligation(dataset, date, basis, Obligation.class,
                o -> o instanceof StockpileDestruction || o instanceof Clearance || o instanceof Retention,
                ObligationStatus::isOutstanding))
            .build();
      case NEW_STATES_PARTIES:
        return newStatesParties(result, dataset, date, basis, period.get(), parties);
      case STATES_NOT_PARTY:
        return result.rule("States not party (" + basisText(basis, date) + " not the case)")
            .members(statesNotParty(dataset, date, basis)).build();
      case SIGNATORIES:
        return result.rule("Signatories that have not deposited an instrument by " + date)
            .members(signatories(dataset, date)).build();
      case DELEGATIONS:
        ReportingCycle cycle = meetingCycle.get();
        return result.rule("Delegations at the " + cycle.meeting() + " (subjects with a meeting.* fact in the cycle)")
            .members(delegations(dataset, cycle)).build();
      case EXTENSION_REQUESTS:
        ReportingCycle meeting = meetingCycle.get();
        return result.rule("Extension requests considered at the " + meeting.meeting())
            .members(extensionRequests(dataset, meeting)).build();
      default:
        throw new IllegalArgumentException("base " + base + " has no population rule");
    }
  }

  /** "instrument deposited and not withdrawn on 2025-04-30" or "Convention in force on 2025-04-30". */
  static String basisText(PartyBasis basis, LocalDate date) {
    return basis == PartyBasis.IN_FORCE
        ? "Convention in force on " + date
        : "instrument deposited and not withdrawn on " + date;
  }

  private static ImmutableList<Member> parties(MonitoringDataset dataset, LocalDate date, PartyBasis basis,
      Predicate<Standing> filter) {
    ImmutableList.Builder<Member> members = ImmutableList.builder();
    for (Standing s : dataset.register().byCode().values()) {
      if (s.isPartyOn(date, basis) && filter.test(s)) {
        members.add(Member.of(s.state().code(), Optional.of(s.state().name()), ImmutableList.of(partyReason(s, basis))));
      }
    }
    return members.build();
  }

  private static Reason partyReason(Standing s, PartyBasis basis) {
    String text = basis == PartyBasis.IN_FORCE
        ? "State Party: Convention in force since " + s.entryIntoForce().get() + " (deposit " + s.deposit().get() + ")"
        : "State Party: instrument deposited " + s.deposit().get();
    return Reason.of(text, s.source());
  }

  private static <T extends Obligation> ImmutableList<Member> withObligation(MonitoringDataset dataset, LocalDate date,
      PartyBasis basis, Class<T> type, Predicate<ObligationStatus> status) {
    return withObligation(dataset, date, basis, type, type::isInstance, status);
  }

  private static ImmutableList<Member> withObligation(MonitoringDataset dataset, LocalDate date, PartyBasis basis,
      Class<? extends Obligation> type, Predicate<Obligation> kind, Predicate<ObligationStatus> status) {
    ImmutableList.Builder<Member> members = ImmutableList.builder();
    for (Standing s : dataset.register().byCode().values()) {
      List<Obligation> obligations = dataset.obligationsByState().get(s.state().code());
      if (obligations.isEmpty() || !s.isPartyOn(date, basis)) {
        continue;
      }
      List<Reason> reasons = null;
      for (Obligation o : obligations) {
        if (type.isInstance(o) && kind.test(o)) {
          ObligationStatus st = o.statusOn(date);
          if (status.test(st)) {
            if (reasons == null) {
              reasons = new ArrayList<>(3);
              reasons.add(partyReason(s, basis));
            }
            reasons.add(obligationReason(o, st, date, dataset));
          }
        }
      }
      if (reasons != null) {
        members.add(Member.of(s.state().code(), Optional.of(s.state().name()), reasons));
      }
    }
    return members.build();
  }

  private static ImmutableList<Member> completed(MonitoringDataset dataset, LocalDate date, PartyBasis basis,
      Class<? extends Obligation> type) {
    ImmutableList.Builder<Member> members = ImmutableList.builder();
    for (Standing s : dataset.register().byCode().values()) {
      List<Obligation> obligations = dataset.obligationsByState().get(s.state().code());
      if (obligations.isEmpty() || !s.isPartyOn(date, basis)) {
        continue;
      }
      List<Reason> reasons = new ArrayList<>(3);
      boolean outstanding = false;
      for (Obligation o : obligations) {
        if (type.isInstance(o)) {
          ObligationStatus st = o.statusOn(date);
          outstanding |= st.isOutstanding();
          if (st.isCompleted()) {
            reasons.add(obligationReason(o, st, date, dataset));
          }
        }
      }
      if (!reasons.isEmpty() && !outstanding) {
        reasons.add(0, partyReason(s, basis));
        members.add(Member.of(s.state().code(), Optional.of(s.state().name()), reasons));
      }
    }
    return members.build();
  }

  /**
   * Why an obligation puts a State in a population: its description, legal basis and status on {@code date}. Where
   * the status is {@link ObligationStatus#DEADLINE_UNKNOWN} (the data do not give the complete history of extensions),
   * the reason gives the last deadline known and the extension requests the dataset holds for the obligation, with
   * their sources.
   *
   * @param o the obligation
   * @param date the date
   * @param dataset the monitoring dataset
   * @return why an obligation puts a State in a population: its description, legal basis and status on {@code date}
   */
  public static Reason obligationReason(Obligation o, LocalDate date, MonitoringDataset dataset) {
    return obligationReason(o, o.statusOn(date), date, dataset);
  }

  private static Reason obligationReason(Obligation o, ObligationStatus status, LocalDate date,
      MonitoringDataset dataset) {
    StringBuilder text = new StringBuilder(o.description()).append(" (").append(o.legalBasis()).append("): ");
    if (status.isCompleted()) {
      text.append(status).append(" on ").append(o.completedOn().get());
    } else if (status == ObligationStatus.DEADLINE_UNKNOWN) {
      text.append("deadline in force unknown: last deadline known ").append(o.deadlineOn(date).get())
          .append(" passed, extensions granted not recorded");
      List<ExtensionRequest> requests =
          dataset.extensionRequests(o.state().code(), o.legalBasis().article(), date);
      if (!requests.isEmpty()) {
        text.append("; extension requested at ").append(requests.stream()
            .map(r -> r.meeting() + r.grantedUntil().map(g -> " (granted until " + g + ")").orElse("")
                + " [" + r.source() + "]")
            .collect(Collectors.joining(", ")));
      }
    } else {
      text.append(status);
      o.deadlineOn(date).ifPresent(d -> text.append(", deadline ").append(d));
    }
    return Reason.of(text.toString(), o.source());
  }

  private static ComputedPopulation newStatesParties(ImmutableComputedPopulation.Builder result,
      MonitoringDataset dataset, LocalDate date, PartyBasis basis, PlanPeriod period, String parties) {
    String became = basis == PartyBasis.IN_FORCE ? "for which the Convention entered into force"
        : "that deposited their instrument";
    return result.rule(parties + " " + became + " within the plan period " + period)
        .members(parties(dataset, date, basis,
            s -> period.contains(basis == PartyBasis.IN_FORCE ? s.entryIntoForce().get() : s.deposit().get())))
        .build();
  }

  private static ImmutableList<Member> statesNotParty(MonitoringDataset dataset, LocalDate date, PartyBasis basis) {
    ImmutableList.Builder<Member> members = ImmutableList.builder();
    for (Standing s : dataset.register().byCode().values()) {
      if (!s.isPartyOn(date, basis)) {
        members.add(Member.of(s.state().code(), Optional.of(s.state().name()),
            ImmutableList.of(Reason.of(notPartyText(s, date), s.source()))));
      }
    }
    return members.build();
  }

  private static String notPartyText(Standing s, LocalDate date) {
    if (s.hasWithdrawnBy(date)) {
      return "State not party: withdrawal took effect " + s.withdrawalEffective().get();
    }
    if (s.deposit().isPresent() && !date.isBefore(s.deposit().get())) {
      return "State not party: instrument deposited " + s.deposit().get() + ", Convention in force only from "
          + s.entryIntoForce().get();
    }
    if (s.isSignatoryOn(date)) {
      return "State not party: signatory since " + s.signature().get();
    }
    return "State not party: no instrument deposited by " + date;
  }

  private static ImmutableList<Member> signatories(MonitoringDataset dataset, LocalDate date) {
    ImmutableList.Builder<Member> members = ImmutableList.builder();
    for (Standing s : dataset.register().byCode().values()) {
      if (s.isSignatoryOn(date)) {
        members.add(Member.of(s.state().code(), Optional.of(s.state().name()),
            ImmutableList.of(Reason.of("Signatory since " + s.signature().get() + ", no instrument deposited",
                s.source()))));
      }
    }
    return members.build();
  }

  private static ImmutableList<Member> delegations(MonitoringDataset dataset, ReportingCycle cycle) {
    ImmutableList.Builder<Member> members = ImmutableList.builder();
    for (Map.Entry<String, Fact> d : dataset.factIndex().delegations(cycle.meeting()).entrySet()) {
      Fact f = d.getValue();
      members.add(Member.of(d.getKey(), dataset.register().standing(d.getKey()).map(s -> s.state().name()),
          ImmutableList.of(Reason.of("Delegation at the " + cycle.meeting() + ": reported " + f.element() + " = "
              + f.value().asText(), Optional.of(f.source())))));
    }
    return members.build();
  }

  private static ImmutableList<Member> extensionRequests(MonitoringDataset dataset, ReportingCycle cycle) {
    TreeMap<String, Member> members = new TreeMap<>();
    for (ExtensionRequest r : dataset.extensionRequests()) {
      if (r.meeting().equals(cycle.meeting())) {
        String name = "Article " + r.article() + " extension request of " + r.state() + " considered at the "
            + r.meeting();
        members.put(r.id(), Member.of(r.id(), Optional.of(name),
            ImmutableList.of(Reason.of(name + r.requestedUntil().map(d -> ", requested until " + d).orElse("")
                + r.grantedUntil().map(d -> ", granted until " + d).orElse(""), Optional.of(r.source())))));
      }
    }
    return ImmutableList.copyOf(members.values());
  }
}
