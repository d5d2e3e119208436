package org.ccmkit.io.table;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableTable;
import com.google.common.collect.ListMultimap;
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
    ReadContext known = context;
    ReadResult<ImmutableList<Standing>> standings = Tables.convert(DataTable.STATES, rows.get("states"), known);
    Register register = present.contains("states")
        ? Register.of(standings.value())
        : context.register().orElse(Register.of(ImmutableList.of()));
    known = known.withRegister(register);

    ReadResult<ImmutableList<Meeting>> meetings = Tables.convert(DataTable.MEETINGS, rows.get("meetings"), known);
    if (present.contains("meetings")) {
      known = known.withMeetings(meetings.value());
    }
    ReadResult<ImmutableList<ReportingCycle>> cycles = Tables.convert(DataTable.CYCLES, rows.get("cycles"), known);
    if (present.contains("cycles")) {
      known = known.withCycles(cycles.value());
    }
    ReadContext checked = known;
    ReadResult<ImmutableList<Obligation>> obligations =
        Tables.convert(DataTable.OBLIGATIONS, rows.get("obligations"), checked);
    ReadResult<ImmutableList<Obligation>> extended = obligations.combinedWith(
        Tables.attachExtensions(obligations.value(), rows.get("obligation-extensions"), checked), (o, e) -> e);
    ReadResult<ImmutableList<ExtensionRequest>> requests =
        Tables.convert(DataTable.EXTENSION_REQUESTS, rows.get("extension-requests"), checked);
    ReadResult<ImmutableList<Fact>> facts =
        Tables.convertFacts(rows.get("facts"), rows.get("participation"), checked);
    ReadResult<ImmutableList<ReportSubmission>> submissions =
        Tables.convert(DataTable.SUBMISSIONS, rows.get("submissions"), checked);
    ReadResult<ImmutableList<PublishedValue>> published =
        Tables.convert(DataTable.PUBLISHED_VALUES, rows.get("published-values"), checked);
    ReadResult<ImmutableList<StateAttribute>> attributes =
        Tables.convert(DataTable.STATE_ATTRIBUTES, rows.get("state-attributes"), checked);

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
