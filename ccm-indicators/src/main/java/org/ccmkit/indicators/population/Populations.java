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
import java.util.function.Supplier;
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
    // BasePopulation.of checks the arguments.
    return BasePopulation.of(base, basis, dataset, cycle, period).computed();
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
    return BasePopulation.onDate(base, basis, dataset, date).computed();
  }

  /**
   * Who is in the population {@code base} in sense {@code basis} on {@code date}, and what builds each member's name and
   * reasons when they are first read; {@code meeting} is the cycle's meeting, for the bases that need one, {@code
   * period} the plan's period, for {@link PopulationBase#NEW_STATES_PARTIES}.
   */
  static Found find(PopulationBase base, PartyBasis basis, MonitoringDataset dataset, LocalDate date,
      Optional<String> meeting, Optional<PlanPeriod> period) {
    String parties = "States Parties (" + basisText(basis, date) + ")";
    switch (base) {
      case STATES_PARTIES:
        return new Found(parties, parties(dataset, date, basis, s -> true));
      case AFFECTED_STATES_PARTIES:
        return new Found(parties + " with an outstanding Article 4 clearance obligation",
            withObligation(dataset, date, basis, Clearance.class, ObligationStatus::isOutstanding));
      case STATES_PARTIES_WITH_VICTIMS:
        return new Found(parties + " with cluster munition victims (an Article 5 obligation in force)",
            withObligation(dataset, date, basis, VictimAssistance.class, ObligationStatus::isOutstanding));
      case STATES_PARTIES_WITH_STOCKPILES:
        return new Found(parties + " with an outstanding Article 3 stockpile destruction obligation",
            withObligation(dataset, date, basis, StockpileDestruction.class, ObligationStatus::isOutstanding));
      case STATES_PARTIES_COMPLETED_ARTICLE_3:
        return new Found(parties + " that have completed Article 3 stockpile destruction",
            completed(dataset, date, basis, StockpileDestruction.class));
      case STATES_PARTIES_COMPLETED_ARTICLE_4:
        return new Found(parties + " that have completed Article 4 clearance",
            completed(dataset, date, basis, Clearance.class));
      case STATES_PARTIES_RETAINING:
        return new Found(parties + " retaining cluster munitions under Article 3(6)",
            withObligation(dataset, date, basis, Retention.class, ObligationStatus::isOutstanding));
      case STATES_PARTIES_WITH_ARTICLE_3_4_OR_RETENTION:
        return new Found(parties + " with an outstanding Article 3 or 4 obligation or retaining under Article 3(6)",
            withObligation(dataset, date, basis, Obligation.class,
                o -> o instanceof StockpileDestruction || o instanceof Clearance || o instanceof Retention,
                ObligationStatus::isOutstanding));
      case NEW_STATES_PARTIES:
        return newStatesParties(dataset, date, basis, period.get(), parties);
      case STATES_NOT_PARTY:
        return new Found("States not party (" + basisText(basis, date) + " not the case)",
            statesNotParty(dataset, date, basis));
      case SIGNATORIES:
        return new Found("Signatories that have not deposited an instrument by " + date, signatories(dataset, date));
      case DELEGATIONS:
        return new Found("Delegations at the " + meeting.get() + " (subjects with a meeting.* fact in the cycle)",
            delegations(dataset, meeting.get()));
      case EXTENSION_REQUESTS:
        return new Found("Extension requests considered at the " + meeting.get(),
            extensionRequests(dataset, meeting.get()));
      default:
        throw new IllegalArgumentException("base " + base + " has no population rule");
    }
  }

  /** A population found: its rule in words, and who is in it, in code order. */
  record Found(String rule, ImmutableList<Membership> members) {}

  /** A member found: its code, and what builds its name and reasons when they are first read. */
  record Membership(String subject, Supplier<Member> member) {}

  /** "instrument deposited and not withdrawn on 2025-04-30" or "Convention in force on 2025-04-30". */
  static String basisText(PartyBasis basis, LocalDate date) {
    return basis == PartyBasis.IN_FORCE
        ? "Convention in force on " + date
        : "instrument deposited and not withdrawn on " + date;
  }

  private static ImmutableList<Membership> parties(MonitoringDataset dataset, LocalDate date, PartyBasis basis,
      Predicate<Standing> filter) {
    ImmutableList.Builder<Membership> members = ImmutableList.builder();
    for (Standing s : dataset.register().byCode().values()) {
      if (s.isPartyOn(date, basis) && filter.test(s)) {
        members.add(new Membership(s.state().code(), () -> Member.of(s.state().code(), Optional.of(s.state().name()),
            ImmutableList.of(partyReason(s, basis)))));
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

  private static <T extends Obligation> ImmutableList<Membership> withObligation(MonitoringDataset dataset,
      LocalDate date, PartyBasis basis, Class<T> type, Predicate<ObligationStatus> status) {
    return withObligation(dataset, date, basis, type, type::isInstance, status);
  }

  private static ImmutableList<Membership> withObligation(MonitoringDataset dataset, LocalDate date,
      PartyBasis basis, Class<? extends Obligation> type, Predicate<Obligation> kind,
      Predicate<ObligationStatus> status) {
    ImmutableList.Builder<Membership> members = ImmutableList.builder();
    for (Standing s : dataset.register().byCode().values()) {
      List<Obligation> obligations = dataset.obligationsByState().get(s.state().code());
      if (obligations.isEmpty() || !s.isPartyOn(date, basis)) {
        continue;
      }
      List<Obligation> because = new ArrayList<>(2);
      for (Obligation o : obligations) {
        if (type.isInstance(o) && kind.test(o) && status.test(o.statusOn(date))) {
          because.add(o);
        }
      }
      if (!because.isEmpty()) {
        members.add(new Membership(s.state().code(), () -> withReasons(s, basis, because, date, dataset)));
      }
    }
    return members.build();
  }

  private static ImmutableList<Membership> completed(MonitoringDataset dataset, LocalDate date, PartyBasis basis,
      Class<? extends Obligation> type) {
    ImmutableList.Builder<Membership> members = ImmutableList.builder();
    for (Standing s : dataset.register().byCode().values()) {
      List<Obligation> obligations = dataset.obligationsByState().get(s.state().code());
      if (obligations.isEmpty() || !s.isPartyOn(date, basis)) {
        continue;
      }
      List<Obligation> because = new ArrayList<>(2);
      boolean outstanding = false;
      for (Obligation o : obligations) {
        if (type.isInstance(o)) {
          ObligationStatus st = o.statusOn(date);
          outstanding |= st.isOutstanding();
          if (st.isCompleted()) {
            because.add(o);
          }
        }
      }
      if (!because.isEmpty() && !outstanding) {
        members.add(new Membership(s.state().code(), () -> withReasons(s, basis, because, date, dataset)));
      }
    }
    return members.build();
  }

  /** The member {@code s}, with its standing and then each obligation of {@code because} as its reasons. */
  private static Member withReasons(Standing s, PartyBasis basis, List<Obligation> because, LocalDate date,
      MonitoringDataset dataset) {
    ImmutableList.Builder<Reason> reasons = ImmutableList.builderWithExpectedSize(because.size() + 1);
    reasons.add(partyReason(s, basis));
    because.forEach(o -> reasons.add(obligationReason(o, date, dataset)));
    return Member.of(s.state().code(), Optional.of(s.state().name()), reasons.build());
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

  private static Found newStatesParties(MonitoringDataset dataset, LocalDate date, PartyBasis basis,
      PlanPeriod period, String parties) {
    String became = basis == PartyBasis.IN_FORCE ? "for which the Convention entered into force"
        : "that deposited their instrument";
    return new Found(parties + " " + became + " within the plan period " + period, parties(dataset, date, basis,
        s -> period.contains(basis == PartyBasis.IN_FORCE ? s.entryIntoForce().get() : s.deposit().get())));
  }

  private static ImmutableList<Membership> statesNotParty(MonitoringDataset dataset, LocalDate date,
      PartyBasis basis) {
    ImmutableList.Builder<Membership> members = ImmutableList.builder();
    for (Standing s : dataset.register().byCode().values()) {
      if (!s.isPartyOn(date, basis)) {
        members.add(new Membership(s.state().code(), () -> Member.of(s.state().code(), Optional.of(s.state().name()),
            ImmutableList.of(Reason.of(notPartyText(s, date), s.source())))));
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

  private static ImmutableList<Membership> signatories(MonitoringDataset dataset, LocalDate date) {
    ImmutableList.Builder<Membership> members = ImmutableList.builder();
    for (Standing s : dataset.register().byCode().values()) {
      if (s.isSignatoryOn(date)) {
        members.add(new Membership(s.state().code(), () -> Member.of(s.state().code(), Optional.of(s.state().name()),
            ImmutableList.of(Reason.of("Signatory since " + s.signature().get() + ", no instrument deposited",
                s.source())))));
      }
    }
    return members.build();
  }

  private static ImmutableList<Membership> delegations(MonitoringDataset dataset, String meeting) {
    ImmutableList.Builder<Membership> members = ImmutableList.builder();
    for (Map.Entry<String, Fact> d : dataset.factIndex().delegations(meeting).entrySet()) {
      String subject = d.getKey();
      Fact f = d.getValue();
      members.add(new Membership(subject, () -> Member.of(subject,
          dataset.register().standing(subject).map(s -> s.state().name()),
          ImmutableList.of(Reason.of("Delegation at the " + meeting + ": reported " + f.element() + " = "
              + f.value().asText(), Optional.of(f.source()))))));
    }
    return members.build();
  }

  private static ImmutableList<Membership> extensionRequests(MonitoringDataset dataset, String meeting) {
    TreeMap<String, Membership> members = new TreeMap<>();
    for (ExtensionRequest r : dataset.extensionRequests()) {
      if (r.meeting().equals(meeting)) {
        members.put(r.id(), new Membership(r.id(), () -> {
          String name = "Article " + r.article() + " extension request of " + r.state() + " considered at the "
              + r.meeting();
          return Member.of(r.id(), Optional.of(name),
              ImmutableList.of(Reason.of(name + r.requestedUntil().map(d -> ", requested until " + d).orElse("")
                  + r.grantedUntil().map(d -> ", granted until " + d).orElse(""), Optional.of(r.source()))));
        }));
      }
    }
    return ImmutableList.copyOf(members.values());
  }
}
