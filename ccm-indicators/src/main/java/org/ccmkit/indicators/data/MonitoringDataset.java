package org.ccmkit.indicators.data;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableTable;
import com.google.common.collect.Multimaps;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ccmkit.model.UnknownIdException;
import org.ccmkit.model.calendar.Meeting;
import org.ccmkit.model.calendar.ReportingCycle;
import org.ccmkit.model.obligation.Obligation;
import org.ccmkit.model.obligation.ReportKind;
import org.ccmkit.model.obligation.TransparencyReport;
import org.ccmkit.model.plan.PopulationBase;
import org.ccmkit.model.state.Register;
import org.ccmkit.model.state.Standing;
import org.immutables.value.Value;

/**
 * Everything the evaluator evaluates: the register of States and their standing, their obligations, the reporting
 * cycles, the facts reported in each cycle, what is known of Article 7 submissions, extension requests, the values
 * documents published, the populations the data cannot compute, and State attributes (such as region) to stratify by. Immutable; indexes are built once, on first use.
 */
@Value.Immutable
public abstract class MonitoringDataset {

  /** Implemented in this package only (by the generated immutable class). */
  MonitoringDataset() {}

  /** {@return the States and their standing. States not party may be listed with no instrument} */
  public abstract Register register();

  /** {@return the obligations of States Parties} */
  public abstract ImmutableList<Obligation> obligations();

  /** {@return the meetings} */
  public abstract ImmutableList<Meeting> meetings();

  /** {@return the reporting cycles the data covers, in order} */
  public abstract ImmutableList<ReportingCycle> cycles();

  /** {@return the reported facts} */
  public abstract ImmutableList<Fact> facts();

  /** {@return Extension requests} */
  public abstract ImmutableList<ExtensionRequest> extensionRequests();

  /**
   * Values documents published for indicators.
   *
   * @return the published value list
   */
  public abstract ImmutableList<PublishedValue> publishedValues();

  /**
   * Whether a member of a population with no fact for a data element in a cycle did not report it, as the ISU reads
   * Article 7 reports ("nine of the ten": the tenth is not counted), rather than being unknown. True by default. A
   * record built from documents that name only some of the States behind a count is not complete: there a member with
   * no fact is unknown, a count is a lower bound ({@code ≥ n}) while any member has no data, and a count of zero with
   * members unknown is no value at all.
   *
   * @return whether a member of a population with no fact for a data element in a cycle did not report it, as the ISU
   *     reads Article 7 reports ("nine of the ten": the tenth is not counted), rather than being unknown
   */
  @Value.Default
  public boolean factsComplete() {
    return true;
  }

  /**
   * {@return what sources say of States' Article 7 reports: submitted on a day, submitted by a day, or not yet submitted}
   */
  public abstract ImmutableList<ReportSubmission> submissions();

  /**
   * Whether {@link #submissions()} records every Article 7 submission, so that a report with none recorded was not
   * submitted. False unless the dataset says so: a report with no submission recorded is then
   * {@link org.ccmkit.model.obligation.ObligationStatus#UNKNOWN}, not overdue, and the reports a table of submission
   * dates lists get exact timeliness while the others stay unknown. A user whose table lists every submission says so
   * with {@code submissionsComplete(true)}.
   *
   * @return whether {@link #submissions()} records every Article 7 submission, so that a report with none recorded was
   *     not submitted
   */
  @Value.Default
  public boolean submissionsComplete() {
    return false;
  }

  /**
   * The base populations this dataset cannot compute, in some cycles or all, each with the reason (e.g. the States
   * Parties that completed Article 3: "the documents print 41 but name only 4"). An indicator over such a population
   * is not evaluable there, with that reason; the published figures are shown.
   *
   * @return the base populations this dataset cannot compute, in some cycles or all, each with the reason (e.g. the
   *     States Parties that completed Article 3: "the documents print 41 but name only 4")
   */
  public abstract ImmutableList<UnknownPopulation> unknownPopulations();

  /**
   * Why {@code base} cannot be computed in the cycle of {@code meeting}, if it cannot.
   *
   * @param base the population's base
   * @param meeting the meeting's id, e.g. {@code 13MSP}
   * @return why {@code base} cannot be computed in the cycle of {@code meeting}, if it cannot
   */
  public Optional<String> populationUnknown(PopulationBase base, String meeting) {
    for (UnknownPopulation u : unknownPopulations()) {
      if (u.base() == base && u.appliesTo(meeting)) {
        return Optional.of(u.reason());
      }
    }
    return Optional.empty();
  }

  /**
   * {@return State attributes: (ISO code, attribute name) → value, e.g. ({@code LAO}, {@code region}) → {@code Asia}}
   */
  @Value.Default
  public ImmutableTable<String, String, String> stateAttributes() {
    return ImmutableTable.of();
  }

  /** {@return a builder} */
  public static ImmutableMonitoringDataset.Builder builder() {
    return ImmutableMonitoringDataset.builder();
  }

  /**
   * The cycle of the meeting with short name {@code meeting}.
   *
   * @param meeting the meeting's id, e.g. {@code 13MSP}
   * @return the cycle of the meeting with short name {@code meeting}
   */
  public Optional<ReportingCycle> cycle(String meeting) {
    return cycles().stream().filter(c -> c.meeting().equals(meeting)).findFirst();
  }

  /**
   * The cycle of the meeting with short name {@code meeting}, or an exception naming the dataset's cycles and the one
   * probably meant ({@code "13msp"} suggests {@code 13MSP}).
   *
   * @param meeting the meeting's id, e.g. {@code 13MSP}
   * @return its cycle
   * @throws UnknownIdException if the dataset has no cycle of {@code meeting}
   */
  public ReportingCycle cycleOrThrow(String meeting) {
    return cycle(meeting).orElseThrow(() -> UnknownIdException.of("reporting cycle", "the dataset", meeting,
        cycles().stream().map(ReportingCycle::meeting).toList()));
  }

  /** {@return the facts indexed by cycle (the meeting's short name)} */
  @Value.Lazy
  public ImmutableListMultimap<String, Fact> factsByCycle() {
    return Multimaps.index(facts(), Fact::cycle);
  }

  /** {@return the obligations indexed by State code} */
  @Value.Lazy
  public ImmutableListMultimap<String, Obligation> obligationsByState() {
    return Multimaps.index(obligations(), o -> o.state().code());
  }

  /**
   * The facts by cycle, data element and subject, deduplicated and sorted by source, as the evaluator reads them:
   * {@link #facts()} and the facts on Article 7 timeliness that {@link #submissions()} give (see
   * {@link #reportingFacts()}).
   *
   * @return the facts by cycle, data element and subject, deduplicated and sorted by source, as the evaluator reads
   *     them: {@link #facts()} and the facts on Article 7 timeliness that {@link #submissions()} give (see {@link
   *     #reportingFacts()})
   */
  @Value.Lazy
  public FactIndex factIndex() {
    ImmutableList<Fact> derived = reportingFacts();
    List<String> members = new ArrayList<>(register().byCode().keySet());
    extensionRequests().forEach(r -> members.add(r.id()));
    return FactIndex.of(derived.isEmpty() ? facts()
        : ImmutableList.<Fact>builder().addAll(facts()).addAll(derived).build(), members);
  }

  /**
   * What is computed from this dataset once and kept with it, like {@link #factIndex()}: the evaluator's base
   * populations, each computed once per population rule and cycle (or date, for {@code Populations.onDate}). It holds
   * one value for each rule and date asked for, as long as the dataset lives. Not part of the dataset's value: it is in
   * neither {@code equals}, {@code hashCode} nor {@code toString}, and a copy made with the builder starts with an
   * empty memo.
   *
   * @return what is computed from this dataset once and kept with it
   */
  @Value.Lazy
  public DatasetMemo memo() {
    return new DatasetMemo(this);
  }

  /**
   * The facts on Article 7 timeliness the submissions give, per cycle and State Party in force: {@code
   * art7.initial-report-on-time}, {@code art7.annual-report-on-time} and {@code art7.report-submitted-by-deadline},
   * each with the submission's source; none where the submissions do not tell.
   *
   * @return the facts on Article 7 timeliness the submissions give, per cycle and State Party in force: {@code
   *     art7.initial-report-on-time}, {@code art7.annual-report-on-time} and {@code
   *     art7.report-submitted-by-deadline}, each with the submission's source; none where the submissions do not tell
   */
  @Value.Lazy
  public ImmutableList<Fact> reportingFacts() {
    return ReportingFacts.of(this);
  }

  /** {@return the extension requests by {@linkplain ExtensionRequest#id() id}} */
  @Value.Lazy
  public ImmutableMap<String, ExtensionRequest> extensionRequestsById() {
    ImmutableMap.Builder<String, ExtensionRequest> b = ImmutableMap.builder();
    extensionRequests().forEach(r -> b.put(r.id(), r));
    return b.buildOrThrow();
  }

  /**
   * The extension requests {@code state} submitted under {@code article} at meetings held up to the year of
   * {@code date} (a meeting's month is not known), in the order the dataset gives them.
   *
   * @param state the State's ISO 3166-1 alpha-3 code
   * @param article the article's number
   * @param date the date
   * @return the extension requests {@code state} submitted under {@code article} at meetings held up to the year of
   *     {@code date} (a meeting's month is not known), in the order the dataset gives them
   */
  public ImmutableList<ExtensionRequest> extensionRequests(String state, int article, LocalDate date) {
    return extensionRequests().stream()
        .filter(r -> r.state().equals(state) && r.article() == article)
        .filter(r -> meetings().stream().filter(m -> m.id().equals(r.meeting())).findFirst()
            .map(m -> m.year() <= date.getYear()).orElse(true))
        .collect(ImmutableList.toImmutableList());
  }

  /** {@return the submissions indexed by State code} */
  @Value.Lazy
  public ImmutableListMultimap<String, ReportSubmission> submissionsByState() {
    return Multimaps.index(submissions(), ReportSubmission::state);
  }

  /**
   * The Article 7 reports {@code state} owes with a due date on or before {@code until} (Art. 7(1), 7(2)), each with
   * what {@link #submissions()} say of it; empty for a State the register does not list or that never deposited.
   *
   * @param state the State's ISO 3166-1 alpha-3 code
   * @param until the last date
   * @return the Article 7 reports {@code state} owes with a due date on or before {@code until} (Art. 7(1), 7(2)),
   *     each with what {@link #submissions()} say of it; empty for a State the register does not list or that never
   *     deposited
   */
  public ImmutableList<TransparencyReport> transparencyReports(String state, LocalDate until) {
    checkArgument(state != null, "state must not be null");
    checkArgument(until != null, "until must not be null (state %s)", state);
    Optional<Standing> standing = register().standing(state);
    if (standing.isEmpty()) {
      return ImmutableList.of();
    }
    ImmutableList.Builder<TransparencyReport> reports = ImmutableList.builder();
    for (TransparencyReport r : TransparencyReport.owedBy(standing.get(), until)) {
      // What every source says of this report, whatever their order: the earliest day it was submitted, else the
      // earliest day by which it was; the latest day before those on which it was still not submitted.
      List<ReportSubmission> said = submissionsOf(state, r.kind(), r.coveredYear());
      Optional<LocalDate> on = said.stream().flatMap(x -> x.submittedOn().stream()).min(LocalDate::compareTo);
      Optional<LocalDate> by = on.isPresent() ? Optional.empty()
          : said.stream().flatMap(x -> x.submittedBy().stream()).min(LocalDate::compareTo);
      Optional<LocalDate> first = on.or(() -> by);
      Optional<LocalDate> notOn = said.stream().flatMap(x -> x.notSubmittedOn().stream())
          .filter(n -> first.map(n::isBefore).orElse(true)).max(LocalDate::compareTo);
      reports.add(r.withSubmission(on, by, notOn, submissionsComplete()));
    }
    return reports.build();
  }

  /**
   * The submissions said of one report: the initial report, or the annual report covering {@code coveredYear}.
   *
   * @param state the State's ISO 3166-1 alpha-3 code
   * @param report the kind of report
   * @param coveredYear the calendar year the report covers
   * @return the submissions said of one report: the initial report, or the annual report covering {@code coveredYear}
   */
  public ImmutableList<ReportSubmission> submissionsOf(String state, ReportKind report, Optional<Integer> coveredYear) {
    return submissionsByState().get(state).stream()
        .filter(s -> s.report() == report && s.coveredYear().equals(coveredYear))
        .collect(ImmutableList.toImmutableList());
  }

  /** {@return the published values indexed by indicator id} */
  @Value.Lazy
  public ImmutableListMultimap<String, PublishedValue> publishedByIndicator() {
    ImmutableListMultimap.Builder<String, PublishedValue> b = ImmutableListMultimap.builder();
    publishedValues().forEach(p -> p.indicator().ifPresent(i -> b.put(i, p)));
    return b.build();
  }

  /** Validates the attributes on construction; a failure names the field and the value. */
  @Value.Check
  protected void check() {
    Set<String> cycleIds = new HashSet<>();
    cycles().forEach(c -> checkArgument(cycleIds.add(c.meeting()), "MonitoringDataset lists cycle %s twice",
        c.meeting()));
    Set<String> requestIds = new HashSet<>();
    extensionRequests().forEach(r -> checkArgument(requestIds.add(r.id()),
        "MonitoringDataset lists extension request %s twice", r.id()));
    for (ReportSubmission r : submissions()) {
      checkArgument(register().standing(r.state()).isPresent(),
          "MonitoringDataset submission %s is for a State the register does not list", r);
    }
    for (Obligation o : obligations()) {
      checkArgument(register().standing(o.state().code()).isPresent(),
          "MonitoringDataset obligation of %s (%s) is for a State the register does not list", o.state().code(),
          o.description());
    }
  }

  /** {@return a summary: how many States, cycles, facts, printed figures, submissions and obligations it holds} */
  @Override
  public String toString() {
    return "MonitoringDataset: " + register().standings().size() + " States in the register, " + cycles().size()
        + " cycles " + cycles().stream().map(ReportingCycle::meeting).toList() + ", " + facts().size() + " facts"
        + (factsComplete() ? " (complete)" : " (not complete)") + ", " + publishedValues().size()
        + " published values, " + submissions().size() + " submissions, " + obligations().size() + " obligations, "
        + extensionRequests().size() + " extension requests, " + unknownPopulations().size()
        + " unknown populations";
  }
}
