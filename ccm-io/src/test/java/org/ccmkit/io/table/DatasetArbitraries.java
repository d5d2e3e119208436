package org.ccmkit.io.table;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableTable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.ccmkit.indicators.data.ExtensionRequest;
import org.ccmkit.indicators.data.Fact;
import org.ccmkit.indicators.data.FactValue;
import org.ccmkit.indicators.data.MonitoringDataset;
import org.ccmkit.indicators.data.PublishedValue;
import org.ccmkit.model.SourceRef;
import org.ccmkit.model.calendar.Meeting;
import org.ccmkit.model.calendar.MeetingKind;
import org.ccmkit.model.calendar.ReportingCycle;
import org.ccmkit.model.obligation.Clearance;
import org.ccmkit.model.obligation.ClearanceGround;
import org.ccmkit.model.obligation.Extension;
import org.ccmkit.model.obligation.Obligation;
import org.ccmkit.model.obligation.Retention;
import org.ccmkit.model.obligation.StockpileDestruction;
import org.ccmkit.model.obligation.TransparencyReport;
import org.ccmkit.model.obligation.VictimAssistance;
import org.ccmkit.model.obligation.VictimAssistanceMeasure;
import org.ccmkit.model.plan.FigureUnit;
import org.ccmkit.model.plan.ValueType;
import org.ccmkit.model.state.InstrumentKind;
import org.ccmkit.model.state.Register;
import org.ccmkit.model.state.Standing;
import org.ccmkit.model.state.State;

/**
 * Valid monitoring datasets of every shape the formats can hold, built from a seed so that jqwik can shrink by seed:
 * States with every kind of standing (signatories, accessions, withdrawals with recorded dates), every obligation with
 * chains of extensions inside the Convention's limits, facts of every value type with awkward text (commas, quotes,
 * semicolons, new lines, non-ASCII), published values, requests and attributes.
 */
final class DatasetArbitraries {

  static final LocalDate OPENED = LocalDate.of(2008, 12, 3);
  private static final String TEXT_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 ,;\"'.:-()é€\n";
  private static final String[] DOCUMENTS = {"RD", "LAP", "VCAP", "UNIDIR", "UNTC", "MY-REPORT 2025"};

  private DatasetArbitraries() {}

  /** Datasets generated from random seeds, of up to {@code maxStates} States. */
  static Arbitrary<MonitoringDataset> datasets(int maxStates) {
    return Arbitraries.longs().map(seed -> dataset(new Random(seed), maxStates));
  }

  static MonitoringDataset dataset(Random r, int maxStates) {
    List<Standing> standings = new ArrayList<>();
    Set<String> codes = new HashSet<>();
    int n = r.nextInt(maxStates + 1);
    while (standings.size() < n) {
      String code = "" + letter(r) + letter(r) + letter(r);
      if (codes.add(code)) {
        standings.add(standing(r, code));
      }
    }
    Register register = Register.of(standings);
    List<String> states = standings.stream().map(s -> s.state().code()).toList();

    List<Meeting> meetings = new ArrayList<>();
    Set<String> meetingIds = new HashSet<>();
    int m = 1 + r.nextInt(5);
    while (meetings.size() < m) {
      MeetingKind kind = r.nextInt(4) == 0 ? MeetingKind.REVIEW_CONFERENCE : MeetingKind.MSP;
      int year = 2010 + r.nextInt(20);
      Meeting meeting = Meeting.builder().kind(kind).ordinal(1 + r.nextInt(20)).year(year)
          .date(maybe(r, () -> LocalDate.of(year, 1, 1).plusDays(r.nextInt(365))))
          .place(maybe(r, () -> text(r))).presidency(states.isEmpty() || r.nextBoolean()
              ? Optional.empty() : Optional.of(pick(r, states)))
          .source(maybe(r, () -> source(r))).build();
      if (meetingIds.add(meeting.id())) {
        meetings.add(meeting);
      }
    }
    List<String> meetingList = meetings.stream().map(Meeting::id).toList();
    List<ReportingCycle> cycles = meetings.stream().filter(x -> r.nextInt(4) != 0).map(ReportingCycle::of).toList();
    if (cycles.isEmpty()) {
      cycles = ImmutableList.of(ReportingCycle.of(meetings.get(0)));
    }
    List<String> cycleList = cycles.stream().map(ReportingCycle::meeting).toList();

    List<Obligation> obligations = new ArrayList<>();
    Set<String> extensible = new HashSet<>();
    for (Standing s : standings) {
      int k = r.nextInt(4);
      for (int i = 0; i < k; i++) {
        Obligation o = obligation(r, s.state(), meetingList);
        String key = o.state().code() + ObligationType.of(o) + o.start();
        if (!ObligationType.of(o).isExtensible() || extensible.add(key)) {
          obligations.add(o);
        }
      }
    }

    Map<String, Fact> facts = new LinkedHashMap<>();
    int f = states.isEmpty() ? 0 : r.nextInt(25);
    for (int i = 0; i < f; i++) {
      String subject = r.nextInt(5) == 0 ? pick(r, meetingList) : pick(r, states);
      Fact fact = Fact.of(subject, pick(r, cycleList), element(r), value(r), source(r));
      facts.putIfAbsent(fact.subject() + fact.cycle() + fact.element() + fact.source().document(), fact);
    }

    Map<String, ExtensionRequest> requests = new LinkedHashMap<>();
    for (int i = 0; !states.isEmpty() && i < r.nextInt(4); i++) {
      ExtensionRequest q = ExtensionRequest.builder().state(pick(r, states)).article(3 + r.nextInt(2))
          .meeting(pick(r, meetingList)).requestedUntil(maybe(r, () -> date(r))).grantedUntil(maybe(r, () -> date(r)))
          .source(source(r)).build();
      requests.putIfAbsent(q.id(), q);
    }

    List<PublishedValue> published = new ArrayList<>();
    for (int i = 0; i < r.nextInt(5); i++) {
      published.add(publishedValue(r, states));
    }

    ImmutableTable.Builder<String, String, String> attributes = ImmutableTable.builder();
    Set<String> attributeKeys = new HashSet<>();
    for (int i = 0; !states.isEmpty() && i < r.nextInt(5); i++) {
      String state = pick(r, states);
      String name = pick(r, List.of("region", "income group", "sub-region"));
      if (attributeKeys.add(state + name)) {
        attributes.put(state, name, text(r));
      }
    }

    return MonitoringDataset.builder().register(register).meetings(meetings).cycles(cycles)
        .obligations(obligations).facts(facts.values()).extensionRequests(requests.values())
        .publishedValues(published).stateAttributes(attributes.build()).build();
  }

  private static Standing standing(Random r, String code) {
    var b = Standing.builder().state(State.of(code, text(r)));
    Optional<LocalDate> signature = r.nextInt(3) == 0 ? Optional.empty() : Optional.of(date(r));
    b.signature(signature);
    if (r.nextInt(4) != 0) {
      LocalDate deposit = signature.map(s -> s.plusDays(r.nextInt(2000))).orElseGet(() -> date(r));
      b.deposit(deposit);
      b.instrumentKind(signature.isEmpty() ? InstrumentKind.ACCESSION
          : pick(r, List.of(InstrumentKind.RATIFICATION, InstrumentKind.ACCEPTANCE, InstrumentKind.APPROVAL)));
      if (r.nextInt(5) == 0) {
        LocalDate notified = deposit.plusDays(1 + r.nextInt(4000));
        b.withdrawalNotified(notified);
        if (r.nextBoolean()) {
          b.recordedWithdrawalEffective(notified.plusMonths(6).plusDays(r.nextInt(400)));
        }
      }
    }
    b.source(maybe(r, () -> source(r)));
    return b.build();
  }

  private static Obligation obligation(Random r, State state, List<String> meetings) {
    LocalDate start = LocalDate.of(2010, 8, 1).plusDays(r.nextInt(5000));
    Optional<LocalDate> completed = r.nextInt(3) == 0 ? Optional.of(start.plusDays(r.nextInt(6000))) : Optional.empty();
    Optional<LocalDate> ceased = r.nextInt(6) == 0
        ? Optional.of(completed.orElse(start).plusDays(1 + r.nextInt(500))) : Optional.empty();
    switch (r.nextInt(5)) {
      case 0:
        return StockpileDestruction.builder().state(state).start(start)
            .extensions(extensions(r, start.plusYears(8), 4)).extensionsComplete(r.nextInt(4) != 0)
            .completedOn(completed).ceasedOn(ceased)
            .source(maybe(r, () -> source(r))).build();
      case 1:
        return Clearance.builder().state(state).ground(pick(r, List.of(ClearanceGround.values()))).start(start)
            .extensions(extensions(r, start.plusYears(10), 5)).extensionsComplete(r.nextInt(4) != 0)
            .completedOn(completed)
            .declarationOfCompliance(completed.isPresent() && r.nextBoolean()
                ? Optional.of(pick(r, meetings)) : Optional.empty())
            .ceasedOn(ceased).source(maybe(r, () -> source(r))).build();
      case 2:
        return Retention.builder().state(state).start(start)
            .clusterMunitionsRetained(maybe(r, () -> (long) r.nextInt(100_000)))
            .submunitionsRetained(maybe(r, () -> (long) r.nextInt(1_000_000))).completedOn(completed)
            .ceasedOn(ceased).source(maybe(r, () -> source(r))).build();
      case 3: {
        EnumSet<VictimAssistanceMeasure> measures = EnumSet.noneOf(VictimAssistanceMeasure.class);
        for (VictimAssistanceMeasure v : VictimAssistanceMeasure.values()) {
          if (r.nextBoolean()) {
            measures.add(v);
          }
        }
        return VictimAssistance.builder().state(state).start(start).measuresInPlace(measures)
            .ceasedOn(r.nextInt(6) == 0 ? Optional.of(start.plusDays(r.nextInt(500))) : Optional.empty())
            .source(maybe(r, () -> source(r))).build();
      }
      default: {
        TransparencyReport base = r.nextBoolean()
            ? TransparencyReport.initial(state, start)
            : TransparencyReport.annual(state, 2010 + r.nextInt(20));
        Optional<LocalDate> submitted = r.nextBoolean()
            ? Optional.of(base.start().plusDays(r.nextInt(800))) : Optional.empty();
        Optional<LocalDate> end = r.nextInt(6) == 0
            ? Optional.of(submitted.orElse(base.start()).plusDays(1 + r.nextInt(300))) : Optional.empty();
        return TransparencyReport.builder().state(state).kind(base.kind()).start(base.start())
            .coveredYear(base.coveredYear()).submittedOn(submitted).ceasedOn(end).source(maybe(r, () -> source(r)))
            .build();
      }
    }
  }

  /** A chain of extensions within Art. 3(3)/4(5): each granted while the deadline runs, moving it by up to the max. */
  private static List<Extension> extensions(Random r, LocalDate deadline, int maxYears) {
    List<Extension> out = new ArrayList<>();
    LocalDate lastGrant = deadline.minusYears(3);
    for (int i = 0; i < r.nextInt(3); i++) {
      long window = Math.max(1, deadline.toEpochDay() - lastGrant.toEpochDay());
      LocalDate grantedOn = lastGrant.plusDays(r.nextInt((int) Math.min(window, 1000)));
      LocalDate newDeadline = deadline.plusDays(1 + r.nextInt(maxYears * 365 - 2));
      // Art. 3(5), 4(6): requested before the deadline expires; grantedOn is before it, so any earlier day is.
      Optional<LocalDate> requestedOn = r.nextBoolean()
          ? Optional.of(grantedOn.minusDays(r.nextInt(300)))
          : Optional.empty();
      Optional<LocalDate> requestedDeadline = r.nextBoolean()
          ? Optional.of(newDeadline.plusDays(r.nextInt(300))) : Optional.empty();
      out.add(Extension.builder().grantedBy(r.nextInt(4) + 8 + "MSP").grantedOn(grantedOn).requestedOn(requestedOn)
          .requestedDeadline(requestedDeadline).newDeadline(newDeadline).source(maybe(r, () -> source(r))).build());
      lastGrant = grantedOn;
      deadline = newDeadline;
    }
    return out;
  }

  private static PublishedValue publishedValue(Random r, List<String> states) {
    FigureUnit unit = pick(r, List.of(FigureUnit.COUNT, FigureUnit.PERCENT, FigureUnit.QUANTITY, FigureUnit.AVERAGE));
    BigDecimal value = decimal(r, unit == FigureUnit.PERCENT ? 100 : 10_000);
    Optional<BigDecimal> denominator = r.nextBoolean()
        ? Optional.of(unit == FigureUnit.PERCENT ? BigDecimal.valueOf(1 + r.nextInt(200))
            : value.add(decimal(r, 50)).max(BigDecimal.ONE))
        : Optional.empty();
    List<String> named = new ArrayList<>();
    for (int i = 0; !states.isEmpty() && i < r.nextInt(4); i++) {
      named.add(pick(r, states));
    }
    return PublishedValue.builder()
        .indicator(r.nextBoolean() ? Optional.of("LAP-" + (1 + r.nextInt(50)) + "." + (1 + r.nextInt(4)))
            : Optional.empty())
        .cycle(r.nextBoolean() ? (1 + r.nextInt(14)) + "MSP" : "mid-2026").value(value).denominator(denominator)
        .unit(unit).quantityUnit(unit == FigureUnit.QUANTITY ? Optional.of(pick(r, List.of("USD", "km2")))
            : Optional.empty())
        .states(named).source(source(r)).quote(maybe(r, () -> text(r))).note(maybe(r, () -> text(r))).build();
  }

  private static String element(Random r) {
    return pick(r, List.of("art4.national-strategy", "art5.focal-point", "art7.initial-report-on-time",
        "retention.quantity-retained", "meeting.coordination-committee-women", "cooperation.assistance-provided",
        "art9.national-law", "general.note-" + r.nextInt(5)));
  }

  private static FactValue value(Random r) {
    switch (r.nextInt(6)) {
      case 0:
        return FactValue.of(r.nextBoolean());
      case 1:
        return FactValue.count(r.nextInt(100_000));
      case 2:
        return FactValue.of(ValueType.QUANTITY, decimal(r, 1_000_000));
      case 3:
        return FactValue.of(ValueType.PERCENT, decimal(r, 100));
      case 4:
        return FactValue.of(date(r));
      default:
        return FactValue.of(text(r));
    }
  }

  /** A non-negative decimal below {@code max} with 0 to 3 decimals, trailing zeros kept. */
  private static BigDecimal decimal(Random r, int max) {
    int scale = r.nextInt(4);
    long unscaled = (long) (r.nextDouble() * max * Math.pow(10, scale));
    return BigDecimal.valueOf(unscaled, scale);
  }

  private static LocalDate date(Random r) {
    return OPENED.plusDays(r.nextInt(7000));
  }

  private static SourceRef source(Random r) {
    return SourceRef.of(pick(r, List.of(DOCUMENTS)), pick(r, List.of("para ", "p. ", "line ", "table "))
        + (1 + r.nextInt(300)) + (r.nextInt(5) == 0 ? ", fn " + r.nextInt(20) : ""));
  }

  /** Text that is not blank, with characters that need quoting in CSV and escaping in JSON. */
  static String text(Random r) {
    StringBuilder s = new StringBuilder();
    s.append(Character.toString('A' + r.nextInt(26)));
    int len = r.nextInt(20);
    for (int i = 0; i < len; i++) {
      s.append(TEXT_CHARS.charAt(r.nextInt(TEXT_CHARS.length())));
    }
    return s.toString();
  }

  private static char letter(Random r) {
    return (char) ('A' + r.nextInt(26));
  }

  private static <T> T pick(Random r, List<T> from) {
    return from.get(r.nextInt(from.size()));
  }

  private static <T> Optional<T> maybe(Random r, java.util.function.Supplier<T> value) {
    return r.nextBoolean() ? Optional.of(value.get()) : Optional.empty();
  }
}
