package org.ccmkit.io;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.time.LocalDate;
import org.ccmkit.indicators.data.Fact;
import org.ccmkit.indicators.data.MonitoringDataset;
import org.ccmkit.indicators.data.ReportSubmission;
import org.ccmkit.indicators.data.UnknownPopulation;
import org.ccmkit.indicators.data.PublishedValue;
import org.ccmkit.io.read.ReaderRegistry;
import org.ccmkit.io.record.PublishedRecord;
import org.ccmkit.io.read.Failure;
import org.ccmkit.io.read.FailureKind;
import org.ccmkit.io.read.Input;
import org.ccmkit.io.read.Location;
import org.ccmkit.io.read.ReadException;
import org.ccmkit.io.read.ReadContext;
import org.ccmkit.io.read.ReadResult;
import org.ccmkit.io.table.RecordTables;
import org.ccmkit.io.record.StateStatement;
import org.ccmkit.io.record.StatementKind;
import org.ccmkit.io.table.DataTable;
import org.ccmkit.io.table.StateAttribute;
import org.ccmkit.model.calendar.Meeting;
import org.ccmkit.model.calendar.ReportingCycle;
import org.ccmkit.model.obligation.Clearance;
import org.ccmkit.model.obligation.Obligation;
import org.ccmkit.model.obligation.Retention;
import org.ccmkit.model.obligation.VictimAssistance;
import org.ccmkit.model.SourceRef;
import org.ccmkit.model.obligation.ReportKind;
import org.ccmkit.model.obligation.TransparencyReport;
import org.ccmkit.model.plan.PopulationBase;
import org.ccmkit.model.plan.Vocabulary;
import org.ccmkit.model.state.PartyBasis;
import org.ccmkit.model.state.Register;
import org.ccmkit.model.state.Standing;

/**
 * The datasets ccmkit ships. {@link #publishedRecord()} is the monitoring record of the Lausanne Action Plan's
 * reporting cycles (10MSP–13MSP, 2022–2025) as the documents published it, with a source on every entry.
 */
public final class Datasets {

  private static final String ROOT = "/org/ccmkit/io/record/";
  private static final String REGISTER = "ccm-participants-untc-2026-02-03.tsv";

  /** The published values files: the Review Document, UNIDIR's Vientiane Calling, the draft VCAP's status figures. */
  private static final ImmutableList<String> PUBLISHED_VALUES = ImmutableList.of(
      "published-values-rd.json", "published-values-unidir.json", "published-values-vcap.json");

  /** The reporting cycles of the Lausanne Action Plan the record covers. */
  public static final ImmutableList<String> LAP_CYCLES = ImmutableList.of("10MSP", "11MSP", "12MSP", "13MSP");

  /**
   * The reporting cycles of the record: the Lausanne Action Plan's, and the 3RC's (reports due 30 April 2026), at
   * which the draft VCAP's status figures "as of mid-2026" are recorded.
   */
  public static final ImmutableList<String> CYCLES = ImmutableList.of("10MSP", "11MSP", "12MSP", "13MSP", "3RC");

  private static final String UN_STATES = "un-member-and-observer-states.tsv";

  /** The UN M49 region and sub-region of every State in the register, in the state-attributes table format. */
  private static final String REGIONS = "state-regions-m49.csv";

  /** The State-level facts taken from the documents: State, cycle, data element, value, source, quote, note. */
  private static final ImmutableList<String> EVIDENCE = ImmutableList.of(
      "state-evidence-rd.json", "state-evidence-unidir.json", "state-evidence-vcap.json");

  /** RD para 183 speaks "as of August 2025". */
  private static final LocalDate PARA_183_FIRST_DAY = LocalDate.of(2025, 8, 1);
  private static final LocalDate PARA_183_LAST_DAY = LocalDate.of(2025, 8, 31);

  private Datasets() {}

  /**
   * The embedded published record: the depositary's register of all 125 participants (status 3 February 2026) and the
   * 72 UN Member States that neither signed nor joined (so that "States not party" is computed), with the UN M49
   * {@code region} and {@code sub-region} of each of these 197 States as State attributes, the meetings
   * 1MSP–3RC, the 10MSP–13MSP and 3RC reporting cycles, the State-level facts the Review Document, UNIDIR and the draft
   * VCAP give of named States, what RD para 183 says of initial Article 7 reports, what the documents say of named
   * States, the obligations those statements establish, the extension requests by meeting, and every indicator value
   * the Review Document, UNIDIR and the draft VCAP printed (the VCAP's status figures, "as of mid-2026", at the 3RC
   * cycle). Read once, on first use; immutable.
   *
   * <p>The record says only what its sources say. Its facts are not {@linkplain MonitoringDataset#factsComplete()
   * complete}: a State no document names is unknown. Its submissions record the initial reports only
   * ({@linkplain MonitoringDataset#submissionsComplete() not complete}): an annual report is unknown, never overdue.
   * The populations the documents do not let it compute are {@linkplain MonitoringDataset#unknownPopulations()
   * unknown}, with the reason. Obligations are built from the documents' lists of States (Article 4: the States with
   * clearance obligations; Article 5: the States with victims; Article 3(6): the retaining States), starting at entry
   * into force for the State; no extension or completion date is invented. The sources give no history of Article 4
   * extensions (the Review Document lists requests, para 83, fn 12, not decisions), so the clearance obligations say
   * their {@linkplain org.ccmkit.model.obligation.Obligation#extensionsComplete() extensions are not complete}: past
   * the original deadline their status is {@code DEADLINE_UNKNOWN}, not {@code OVERDUE}.
   *
   * @return the embedded published record: the depositary's register of all 125 participants (status 3 February 2026)
   *     and the 72 UN Member States that neither signed nor joined (so that "States not party" is computed), the
   *     meetings 1MSP–3RC, the 10MSP–13MSP and 3RC reporting cycles, the State-level facts the Review Document, UNIDIR
   *     and the draft VCAP give of named States, what RD para 183 says of initial Article 7 reports, what the
   *     documents say of named States, the obligations those statements establish, the extension requests by meeting,
   *     and every indicator value the Review Document, UNIDIR and the draft VCAP printed (the VCAP's status figures,
   *     "as of mid-2026", at the 3RC cycle)
   */
  public static PublishedRecord publishedRecord() {
    return Holder.RECORD;
  }

  private static PublishedRecord load() {
    Loader in = new Loader();
    RecordTables tables = RecordTables.readingWith(ReaderRegistry.of(ImmutableList.of(new JsonDatasetReader(),
        new CsvDatasetReader())));
    Register participants = Register.of(in.read(tables.participants(in.file(REGISTER))));
    Register register = Register.of(ImmutableList.<Standing>builder().addAll(participants.standings())
        .addAll(in.read(tables.unStates(in.file(UN_STATES))).stream()
            .filter(s -> participants.standing(s.state().code()).isEmpty()).toList())
        .build());
    ImmutableList<Meeting> meetings = in.read(tables.meetings(in.file("meetings.json")));
    ImmutableList<StateStatement> statements = ImmutableList.<StateStatement>builder()
        .addAll(in.read(tables.statements(in.file("state-facts.json"))))
        .addAll(in.read(tables.statements(in.file("unidir-state-facts.json"))))
        .build();
    List<PublishedValue> published = new ArrayList<>();
    PUBLISHED_VALUES.forEach(file -> published.addAll(in.read(tables.publishedValues(in.file(file)))));
    List<Fact> facts = new ArrayList<>();
    Vocabulary vocabulary = Catalogues.dataElements();
    EVIDENCE.forEach(file -> facts.addAll(in.read(tables.facts(in.file(file), vocabulary))));
    MonitoringDataset dataset = MonitoringDataset.builder()
        .register(register)
        .meetings(meetings)
        .cycles(CYCLES.stream().map(id -> ReportingCycle.of(meeting(meetings, id))).toList())
        .obligations(obligations(register, statements))
        .facts(facts)
        .factsComplete(false)
        .submissions(initialReportSubmissions(register, statements))
        .submissionsComplete(false)
        .unknownPopulations(UNKNOWN_POPULATIONS)
        .extensionRequests(in.read(tables.extensionRequests(in.file("extension-requests.json"))))
        .publishedValues(published)
        .stateAttributes(regions(in, register))
        .build();
    PublishedRecord record = new PublishedRecord(dataset, statements,
        in.read(tables.meetingFigures(in.file("participation.json"))),
        in.read(tables.isuContributions(in.file("isu-contributions.json"))));
    in.check();
    return record;
  }

  /** The shipped regions, read by the state-attributes table reader: every failure is a failure of the record. */
  private static ImmutableTable<String, String, String> regions(Loader in, Register register) {
    ImmutableList<StateAttribute> read = in.read(MonitoringDataReader.create()
        .with(ReadContext.empty().withRegister(register))
        .read(Input.of(Datasets.class.getResource(ROOT + REGIONS)), DataTable.STATE_ATTRIBUTES));
    ImmutableTable.Builder<String, String, String> table = ImmutableTable.builder();
    read.forEach(a -> table.put(a.state(), a.attribute(), a.value()));
    return table.build();
  }

  /** Reads the record's files through their tables, keeping every failure; any failure is a defect, thrown. */
  private static final class Loader {
    private final List<Failure> failures = new ArrayList<>();

    Input file(String name) {
      return Json.shipped(ROOT + name);
    }

    <T> T read(ReadResult<T> result) {
      failures.addAll(result.failures());
      return result.value();
    }

    void check() {
      if (!failures.isEmpty()) {
        throw new ReadException(failures);
      }
    }
  }

  /**
   * The populations the documents do not let the record compute. The documents print how many States Parties
   * completed Article 3 (41) and Article 4 (18 of 28) but name only a few; they print five States Parties with
   * outstanding Article 3 obligations in 2021 and none at the 13MSP (RD para 65, a "none" the record takes), without
   * the completion dates of all but Peru; and the affected and retaining States Parties they name are those of the
   * 13MSP, while Bosnia and Herzegovina (an Article 4 extension request at the 10MSP) and Belgium (retention until the
   * 12MSP) had such obligations earlier, until dates not printed.
   */
  static final ImmutableList<UnknownPopulation> UNKNOWN_POPULATIONS = ImmutableList.of(
      UnknownPopulation.of(PopulationBase.STATES_PARTIES_COMPLETED_ARTICLE_3, "the documents print 41 States Parties "
          + "that completed Article 3 (RD paras 64 and 75; VCAP line 225) but name only 4, the last to complete "
          + "(Bulgaria, Peru, Slovakia and South Africa, RD para 65)"),
      UnknownPopulation.of(PopulationBase.STATES_PARTIES_COMPLETED_ARTICLE_4, "the documents print 18 States Parties "
          + "that completed Article 4 (RD para 85; VCAP line 298) of 28 that ever had obligations (18, RD para 83), "
          + "but name none of those that completed"),
      UnknownPopulation.of(PopulationBase.STATES_PARTIES_WITH_STOCKPILES, "RD para 65 prints five States Parties with "
          + "outstanding Article 3 obligations in 2021 and names four as the last to complete (Bulgaria, Peru, "
          + "Slovakia, South Africa) with a completion date for Peru only (December 2023, para 10); at the 13MSP "
          + "there were none", "10MSP", "11MSP", "12MSP"),
      UnknownPopulation.of(PopulationBase.STATES_PARTIES_WITH_ARTICLE_3_4_OR_RETENTION, "the States Parties with "
          + "outstanding Article 3 obligations before the 13MSP are not known (RD para 65 prints five in 2021 and "
          + "names four)", "10MSP", "11MSP", "12MSP"),
      UnknownPopulation.of(PopulationBase.AFFECTED_STATES_PARTIES, "the record holds the ten States Parties with "
          + "Article 4 obligations at the 13MSP (RD para 86); Bosnia and Herzegovina requested an Article 4 extension "
          + "at the 10MSP (RD para 83, fn 12) and is not among the ten, and one State Party completed during the "
          + "period (para 83), neither with a date: the affected States Parties before the 13MSP are not known",
          "10MSP", "11MSP", "12MSP"),
      UnknownPopulation.of(PopulationBase.STATES_PARTIES_RETAINING, "the record holds the ten retaining States "
          + "Parties of the 13MSP (RD para 66); Belgium retained cluster munitions until the 12MSP welcomed their "
          + "neutralisation (para 79), on a date not printed: the retaining States Parties before the 13MSP are not "
          + "known", "10MSP", "11MSP", "12MSP"));

  /**
   * What the documents say of initial Article 7 reports. RD para 183: "As of August 2025, five (5) States Parties had
   * yet to submit their long-overdue initial transparency reports" — each of the five is not submitted on 1 August
   * 2025, and every other State Party whose initial report was due by then had submitted it by 31 August 2025, on a day
   * the documents do not give (the "only" reading of para 183; the VCAP's "107 of the required 112", line 565,
   * agrees). South Sudan submitted in 2024 (para 93). Lithuania, no longer a State Party in August 2025, is not
   * spoken of. Annual reports: the documents name no State's submission, so none is recorded.
   */
  static ImmutableList<ReportSubmission> initialReportSubmissions(Register register,
      List<StateStatement> statements) {
    ImmutableList.Builder<ReportSubmission> out = ImmutableList.builder();
    java.util.Set<String> spokenOf = new java.util.TreeSet<>();
    for (StateStatement s : statements) {
      if (s.kind() == StatementKind.INITIAL_REPORT_OVERDUE) {
        out.add(ReportSubmission.builder().state(s.state()).report(ReportKind.INITIAL)
            .notSubmittedOn(PARA_183_FIRST_DAY).source(s.source()).quote(s.quote())
            .note("'As of August 2025': not submitted on the first day of that month.").build());
        spokenOf.add(s.state());
      } else if (s.kind() == StatementKind.INITIAL_REPORT_SUBMITTED && s.year().isPresent()) {
        int year = s.year().get().getValue();
        out.add(ReportSubmission.builder().state(s.state()).report(ReportKind.INITIAL)
            .submittedBy(LocalDate.of(year, 12, 31)).source(s.source()).quote(s.quote())
            .note("Submitted 'in " + year + "': by 31 December " + year + ", the day not given.").build());
        spokenOf.add(s.state());
      }
    }
    SourceRef para183 = SourceRef.of("RD", "para 183");
    for (Standing s : register.byCode().values()) {
      String code = s.state().code();
      if (spokenOf.contains(code) || !s.isPartyOn(PARA_183_FIRST_DAY, PartyBasis.IN_FORCE)) {
        continue;
      }
      TransparencyReport initial = TransparencyReport.initial(s.state(), s.entryIntoForce().get());
      if (initial.due().isAfter(PARA_183_FIRST_DAY)) {
        continue;
      }
      out.add(ReportSubmission.builder().state(code).report(ReportKind.INITIAL).submittedBy(PARA_183_LAST_DAY)
          .source(para183)
          .note("Not among the five States Parties that, as of August 2025, had yet to submit their initial report: "
              + "read as submitted by 31 August 2025, on a day not given (the 'only' reading of para 183; VCAP line "
              + "565: 107 of the required 112 initial reports submitted).")
          .build());
    }
    return out.build();
  }

  /**
   * The obligations the documents' lists establish. A statement the extraction flagged as contradicting the
   * document's own list (Bosnia and Herzegovina's Article 4 obligation, RD para 94 against para 86) is kept as a
   * statement but creates no obligation.
   */
  static ImmutableList<Obligation> obligations(Register register, List<StateStatement> statements) {
    List<Obligation> out = new ArrayList<>();
    java.util.Set<KindOf> seen = new java.util.HashSet<>();
    for (StateStatement s : statements) {
      if (s.flaggedInconsistent() || seen.contains(new KindOf(s.kind(), s.state()))) {
        continue;
      }
      Optional<Standing> standing = register.standing(s.state());
      Optional<java.time.LocalDate> eif = standing.flatMap(Standing::entryIntoForce);
      if (eif.isEmpty()) {
        continue;
      }
      Optional<Obligation> o = switch (s.kind()) {
        case ARTICLE4_OBLIGATION -> Optional.of(Clearance.builder()
            .from(Clearance.atEntryIntoForce(standing.get().state(), eif.get())).extensionsComplete(false)
            .source(s.source()).build());
        case ARTICLE5_VICTIMS -> Optional.of(VictimAssistance.builder()
            .from(VictimAssistance.of(standing.get().state(), eif.get())).source(s.source()).build());
        case RETENTION -> Optional.of(Retention.builder()
            .from(Retention.of(standing.get().state(), eif.get())).source(s.source()).build());
        default -> Optional.empty();
      };
      o.ifPresent(ob -> {
        out.add(ob);
        seen.add(new KindOf(s.kind(), s.state()));
      });
    }
    return ImmutableList.copyOf(out);
  }

  /** A kind of statement said of a State: each establishes an obligation once. */
  private record KindOf(StatementKind kind, String state) {}

  private static Meeting meeting(List<Meeting> meetings, String id) {
    return meetings.stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow(() -> new ReadException(
        ImmutableList.of(Failure.of(FailureKind.UNKNOWN_CYCLE, Location.of("meetings.json"),
            "the record's cycle has no meeting", id, "a meeting of meetings.json"))));
  }

  private static final class Holder {
    static final PublishedRecord RECORD = load();
  }

}
