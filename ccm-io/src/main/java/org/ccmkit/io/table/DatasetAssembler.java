package org.ccmkit.io.table;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableTable;
import com.google.common.collect.ListMultimap;
import java.util.List;
import java.util.Set;
import org.ccmkit.indicators.data.ExtensionRequest;
import org.ccmkit.indicators.data.Fact;
import org.ccmkit.indicators.data.MonitoringDataset;
import org.ccmkit.indicators.data.PublishedValue;
import org.ccmkit.indicators.data.ReportSubmission;
import org.ccmkit.io.read.Row;
import org.ccmkit.io.read.ReadContext;
import org.ccmkit.io.read.ReadResult;
import org.ccmkit.model.calendar.Meeting;
import org.ccmkit.model.calendar.ReportingCycle;
import org.ccmkit.model.obligation.Obligation;
import org.ccmkit.model.state.Register;
import org.ccmkit.model.state.Standing;

/**
 * Makes a {@link MonitoringDataset} from the rows of its tables, whatever format they were read from: the register
 * first, then meetings and cycles, then the tables whose rows refer to them, each checked against what was read before
 * it. A table that is absent is taken from the context (register, meetings, cycles) or left empty.
 */
final class DatasetAssembler {

  private DatasetAssembler() {}

  /**
   * The dataset of {@code rows} (keyed by table name; {@code present} names the tables the input held, even empty
   * ones), checked against {@code context}. Every row is accounted for.
   *
   * @param rows the rows read
   * @param present the tables the input holds
   * @param context what the rows are read against
   * @return the dataset of {@code rows} (keyed by table name; {@code present} names the tables the input held, even
   *     empty ones), checked against {@code context}
   */
  static ReadResult<MonitoringDataset> assemble(ListMultimap<String, Row> rows, Set<String> present,
      ReadContext context) {
    return assemble(new Source() {
      @Override
      public <T> ReadResult<ImmutableList<T>> convert(DataTable<T> table, ReadContext known) {
        return Tables.convert(table, rows.get(table.name()), known);
      }

      @Override
      public ReadResult<ImmutableList<Fact>> facts(ReadContext known) {
        return Tables.convertFacts(rows.get("facts"), rows.get("participation"), known);
      }

      @Override
      public List<Row> rows(String table) {
        return rows.get(table);
      }
    }, present, context);
  }

  /**
   * Where the assembler takes each table's rows converted: converted now from rows held, or already converted as they
   * were read (then against the same context, which the tables before them fixed).
   */
  interface Source {
    /** The rows of {@code table}, converted and checked against {@code known}. */
    <T> ReadResult<ImmutableList<T>> convert(DataTable<T> table, ReadContext known);

    /** The facts and participation tables, converted and checked against {@code known}. */
    ReadResult<ImmutableList<Fact>> facts(ReadContext known);

    /** The rows of {@code table} held, not converted. */
    List<Row> rows(String table);
  }

  /** The dataset of the tables {@code source} gives (see {@link #assemble(ListMultimap, Set, ReadContext)}). */
  static ReadResult<MonitoringDataset> assemble(Source source, Set<String> present, ReadContext context) {
    ReadContext known = context;
    ReadResult<ImmutableList<Standing>> standings = source.convert(DataTable.STATES, known);
    Register register = present.contains("states")
        ? Register.of(standings.value())
        : context.register().orElse(Register.of(ImmutableList.of()));
    known = known.withRegister(register);

    ReadResult<ImmutableList<Meeting>> meetings = source.convert(DataTable.MEETINGS, known);
    if (present.contains("meetings")) {
      known = known.withMeetings(meetings.value());
    }
    ReadResult<ImmutableList<ReportingCycle>> cycles = source.convert(DataTable.CYCLES, known);
    if (present.contains("cycles")) {
      known = known.withCycles(cycles.value());
    }
    ReadContext checked = known;
    ReadResult<ImmutableList<Obligation>> obligations = source.convert(DataTable.OBLIGATIONS, checked);
    ReadResult<ImmutableList<Obligation>> extended = obligations.combinedWith(
        Tables.attachExtensions(obligations.value(), source.rows("obligation-extensions"), checked), (o, e) -> e);
    ReadResult<ImmutableList<ExtensionRequest>> requests = source.convert(DataTable.EXTENSION_REQUESTS, checked);
    ReadResult<ImmutableList<Fact>> facts = source.facts(checked);
    ReadResult<ImmutableList<ReportSubmission>> submissions = source.convert(DataTable.SUBMISSIONS, checked);
    ReadResult<ImmutableList<PublishedValue>> published = source.convert(DataTable.PUBLISHED_VALUES, checked);
    ReadResult<ImmutableList<StateAttribute>> attributes = source.convert(DataTable.STATE_ATTRIBUTES, checked);

    ImmutableTable.Builder<String, String, String> table = ImmutableTable.builder();
    attributes.value().forEach(a -> table.put(a.state(), a.attribute(), a.value()));
    MonitoringDataset dataset = MonitoringDataset.builder()
        .register(register)
        .meetings(present.contains("meetings") ? meetings.value() : context.meetings())
        .cycles(present.contains("cycles") ? cycles.value() : context.cycles())
        .obligations(extended.value())
        .facts(facts.value())
        .extensionRequests(requests.value())
        .submissions(submissions.value())
        .publishedValues(published.value())
        .stateAttributes(table.build())
        .build();
    return standings.combinedWith(meetings, (a, b) -> 0).combinedWith(cycles, (a, b) -> 0)
        .combinedWith(extended, (a, b) -> 0).combinedWith(requests, (a, b) -> 0).combinedWith(facts, (a, b) -> 0)
        .combinedWith(submissions, (a, b) -> 0)
        .combinedWith(published, (a, b) -> 0).combinedWith(attributes, (a, b) -> dataset);
  }
}
