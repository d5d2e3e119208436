package org.ccmkit.io.table;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.ccmkit.indicators.data.ExtensionRequest;
import org.ccmkit.indicators.data.Fact;
import org.ccmkit.model.plan.FigureUnit;
import org.ccmkit.indicators.data.PublishedValue;
import org.ccmkit.io.read.FailureKind;
import org.ccmkit.io.read.Input;
import org.ccmkit.io.read.ReadContext;
import org.ccmkit.io.read.ReadResult;
import org.ccmkit.io.read.ReaderRegistry;
import org.ccmkit.io.record.IsuContribution;
import org.ccmkit.io.record.MeetingFigure;
import org.ccmkit.io.record.StateStatement;
import org.ccmkit.io.record.StatementKind;
import org.ccmkit.model.SourceRef;
import org.ccmkit.model.calendar.Meeting;
import org.ccmkit.model.plan.Vocabulary;
import org.ccmkit.model.state.Standing;
import org.ccmkit.model.state.State;

/**
 * How the files of the shipped record are read: through the same tables, readers and {@link ReadResult}s as a user's
 * data. The record's facts, published values and extension requests are the user's tables (a published value's
 * {@code indicatorText}, an extension request's {@code quote}, {@code otherSources} and {@code note}, and a meeting's
 * {@code quote} and {@code note} are kept in the files for their readers and not read into the model); the depositary's
 * register and the list of UN Member States are tab-separated tables of their own columns, and the statements about
 * named States, the meeting-level figures and the ISU contributions are tables of their own.
 */
public final class RecordTables {


  /** The depositary's register, as the UN Treaty Collection's status page lists the participants. */
  static final DataTable<Standing> REGISTER = DataTable.of("register", c -> new StandingRow(c.text("iso3"),
          c.text("state_name"), c.text("signature_date"), c.text("deposit_date"), c.text("deposit_kind"),
          c.text("withdrawal_notified"), c.text("withdrawal_effective"),
          new SourceRow("UNTC", Optional.ofNullable(c.text("source")).orElse("status page XXVI-6"))),
      k -> new StandingConverter(),
      ImmutableList.of("state_name", "iso3", "signature_date", "deposit_date", "deposit_kind", "withdrawal_notified",
          "withdrawal_effective", "source"), ImmutableSet.of("state_name", "iso3"), ImmutableSet.of());

  /** UN Member States and observer States, as States with no instrument. */
  static final DataTable<Standing> UN_STATES = DataTable.of("un-states", c -> new String[] {c.text("state_name"),
          c.text("iso3"), c.text("status"), c.text("admission_date"), c.text("source")},
      k -> RecordTables::unState,
      ImmutableList.of("state_name", "iso3", "status", "admission_date", "source"),
      ImmutableSet.of("state_name", "iso3", "status", "source"), ImmutableSet.of());

  /** The meetings, with their kind and ordinal repeated beside the id. */
  static final DataTable<Meeting> MEETINGS = DataTable.of("meetings", c -> new Object[] {RowMappers.meeting(c),
          c.text("kind"), c.scalar("ordinal")},
      RecordTables::meeting,
      ImmutableList.of("id", "kind", "ordinal", "year", "date", "place", "presidency", "source.document", "source.locator",
          "quote", "note"), ImmutableSet.of("id", "year"), ImmutableSet.of());

  /** What the documents say of named States. */
  static final DataTable<StateStatement> STATEMENTS = DataTable.of("statements", c -> c, k -> RecordTables::statement,
      ImmutableList.of("state", "fact", "cycle", "value", "date", "source.document", "source.locator", "quote",
          "note"), ImmutableSet.of("state", "fact", "source.document", "source.locator"), ImmutableSet.of());

  /** Meeting-level figures. */
  static final DataTable<MeetingFigure> MEETING_FIGURES = DataTable.of("meeting-figures", c -> c,
      k -> RecordTables::meetingFigure,
      ImmutableList.of("meeting", "cycle", "measure", "value", "denominator", "unit", "quantityUnit",
          "source.document", "source.locator", "quote", "note"),
      ImmutableSet.of("measure", "value", "unit", "source.document", "source.locator"), ImmutableSet.of());

  /** The ISU's contributions table. */
  static final DataTable<IsuContribution> ISU_CONTRIBUTIONS = DataTable.of("isu-contributions", c -> c,
      k -> RecordTables::isuContribution,
      ImmutableList.of("year", "measure", "value", "unit", "quantityUnit", "raw", "source.document", "source.locator",
          "note"), ImmutableSet.of("measure", "unit", "source.document", "source.locator"), ImmutableSet.of());

  /** The record's published values: the user's table, with the text of the indicator beside its id. */
  static final DataTable<PublishedValue> PUBLISHED_VALUES = DataTable.of("published-values",
      c -> {
        PublishedValueRow r = RowMappers.publishedValue(c);
        // A sum over several cycles ("only twice in four years") is published like an average: one figure a range.
        return "TOTAL".equals(r.unit()) ? new PublishedValueRow(r.indicator(), r.cycle(), r.period(), r.value(),
            r.denominator(), FigureUnit.AVERAGE.name(), r.bound(), r.quantityUnit(), r.component(), r.states(),
            r.source(), r.quote(), r.note()) : r;
      }, RecordConverters::publishedValues,
      ImmutableList.<String>builder().addAll(DataTable.PUBLISHED_VALUES.columns()).add("indicatorText").build(),
      DataTable.PUBLISHED_VALUES.requiredColumns(), DataTable.PUBLISHED_VALUES.listColumns());

  /** The record's extension requests: the user's table, with the words of the source and other sources beside. */
  static final DataTable<ExtensionRequest> EXTENSION_REQUESTS = DataTable.of("extension-requests",
      RowMappers::extensionRequest, RecordConverters::extensionRequests,
      ImmutableList.<String>builder().addAll(DataTable.EXTENSION_REQUESTS.columns()).add("quote", "otherSources",
          "note").build(), DataTable.EXTENSION_REQUESTS.requiredColumns(), ImmutableSet.of());

  private final ReaderRegistry readers;

  private RecordTables(ReaderRegistry readers) {
    this.readers = readers;
  }

  /**
   * The record's tables, each file read by the reader of {@code readers} its name or content selects ({@link
   * ReaderRegistry#find}); {@link org.ccmkit.io.Datasets} passes the JSON and CSV readers, so that no reader found on
   * the class path can take the shipped files over.
   *
   * @param readers the readers to choose from
   * @return the record's tables, read with {@code readers}
   * @throws NullPointerException if {@code readers} is null, naming it
   */
  public static RecordTables readingWith(ReaderRegistry readers) {
    return new RecordTables(Objects.requireNonNull(readers, "RecordTables.readingWith: readers must not be null"));
  }

  /**
   * The participants in the Convention, from the depositary's tab-separated register.
   *
   * @param input the file, folder, resource or bytes to read
   * @return the participants in the Convention, from the depositary's tab-separated register
   */
  public ReadResult<ImmutableList<Standing>> participants(Input input) {
    return read(input, REGISTER, ReadContext.empty());
  }

  /**
   * The UN Member States and observer States, as States with no instrument (participants among them too).
   *
   * @param input the file, folder, resource or bytes to read
   * @return the UN Member States and observer States, as States with no instrument (participants among them too)
   */
  public ReadResult<ImmutableList<Standing>> unStates(Input input) {
    return read(input, UN_STATES, ReadContext.empty());
  }

  /**
   * The meetings.
   *
   * @param input the file, folder, resource or bytes to read
   * @return the meetings
   */
  public ReadResult<ImmutableList<Meeting>> meetings(Input input) {
    return read(input, MEETINGS, ReadContext.empty());
  }

  /**
   * What the documents say of named States.
   *
   * @param input the file, folder, resource or bytes to read
   * @return what the documents say of named States
   */
  public ReadResult<ImmutableList<StateStatement>> statements(Input input) {
    return read(input, STATEMENTS, ReadContext.empty());
  }

  /**
   * Meeting-level figures.
   *
   * @param input the file, folder, resource or bytes to read
   * @return Meeting-level figures
   */
  public ReadResult<ImmutableList<MeetingFigure>> meetingFigures(Input input) {
    return read(input, MEETING_FIGURES, ReadContext.empty());
  }

  /**
   * The ISU's contributions.
   *
   * @param input the file, folder, resource or bytes to read
   * @return the ISU's contributions
   */
  public ReadResult<ImmutableList<IsuContribution>> isuContributions(Input input) {
    return read(input, ISU_CONTRIBUTIONS, ReadContext.empty());
  }

  /**
   * State-level facts, typed by {@code vocabulary}.
   *
   * @param input the file, folder, resource or bytes to read
   * @param vocabulary the data elements known
   * @return State-level facts, typed by {@code vocabulary}
   */
  public ReadResult<ImmutableList<Fact>> facts(Input input, Vocabulary vocabulary) {
    return read(input, DataTable.FACTS, ReadContext.builder().vocabulary(vocabulary).build());
  }

  /**
   * Published values.
   *
   * @param input the file, folder, resource or bytes to read
   * @return Published values
   */
  public ReadResult<ImmutableList<PublishedValue>> publishedValues(Input input) {
    return read(input, PUBLISHED_VALUES, ReadContext.empty());
  }

  /**
   * Extension requests by meeting.
   *
   * @param input the file, folder, resource or bytes to read
   * @return Extension requests by meeting
   */
  public ReadResult<ImmutableList<ExtensionRequest>> extensionRequests(Input input) {
    return read(input, EXTENSION_REQUESTS, ReadContext.empty());
  }

  private <T> ReadResult<ImmutableList<T>> read(Input input, DataTable<T> table, ReadContext context) {
    ReadResult<Optional<org.ccmkit.io.read.DatasetReader>> reader = readers.find(input);
    return reader.value().isEmpty() ? reader.map(r -> ImmutableList.of()) : table.read(reader.value().get(), input,
        context);
  }

  private static Optional<Standing> unState(String[] c, RowContext context) {
    Fields f = new Fields(context);
    Optional<String> name = f.text("state_name", c[0]);
    Optional<String> code = f.text("iso3", c[1]);
    Optional<String> status = f.text("status", c[2]);
    Optional<String> source = f.text("source", c[4]);
    status.filter(s -> !s.equals("MEMBER") && !s.equals("OBSERVER")).ifPresent(s -> context.fail(
        FailureKind.WRONG_TYPE, "status", "not a status of a State at the UN", s, "MEMBER or OBSERVER"));
    if (context.hasFailures()) {
      return Optional.empty();
    }
    String admitted = Fields.optionalText(c[3]).map(d -> ", admitted " + d).orElse("");
    return Optional.of(Standing.builder().state(State.of(code.get(), name.get()))
        .source(SourceRef.of("UN", (status.get().equals("MEMBER") ? "Member State" : "non-member observer State")
            + admitted + "; " + source.get())).build());
  }

  private static RowConverter<Object[], Meeting> meeting(Known known) {
    RowConverter<MeetingRow, Meeting> meetings = CalendarConverters.meetings(known);
    return (c, context) -> {
      Optional<Meeting> m = meetings.convert((MeetingRow) c[0], context);
      String kind = (String) c[1];
      JsonNode ordinal = (JsonNode) c[2];
      if (m.isPresent() && kind != null && !m.get().kind().suffix().equals(kind)) {
        context.fail(FailureKind.INVALID_VALUE, "kind", "kind differs from the meeting's id " + m.get().id(), kind,
            m.get().kind().suffix());
      }
      if (m.isPresent() && ordinal != null && !ordinal.asText().equals(String.valueOf(m.get().ordinal()))) {
        context.fail(FailureKind.INVALID_VALUE, "ordinal", "ordinal differs from the meeting's id " + m.get().id(),
            ordinal.asText(), String.valueOf(m.get().ordinal()));
      }
      return context.hasFailures() ? Optional.empty() : m;
    };
  }

  private static Optional<StateStatement> statement(Cells c, RowContext context) {
    Fields f = new Fields(context);
    Optional<String> state = f.text("state", c.text("state"));
    Optional<StatementKind> fact = f.constant("fact", c.text("fact"), StatementKind.class);
    Optional<SourceRef> source = f.source("source", c.source("source"));
    Optional<String> value = scalarText(c.scalar("value"));
    Optional<String> date = scalarText(c.scalar("date"));
    if (context.hasFailures()) {
      return Optional.empty();
    }
    return Optional.of(new StateStatement(state.get(), fact.get(), Fields.optionalText(c.text("cycle")), value, date,
        source.get(), Fields.optionalText(c.text("quote")), Fields.optionalText(c.text("note"))));
  }

  private static Optional<MeetingFigure> meetingFigure(Cells c, RowContext context) {
    Fields f = new Fields(context);
    Optional<String> measure = f.text("measure", c.text("measure"));
    Optional<BigDecimal> value = f.decimal("value", c.scalar("value"));
    Optional<BigDecimal> denominator = f.optionalDecimal("denominator", c.scalar("denominator"));
    String unitText = c.text("unit");
    Optional<FigureUnit> unit = "TOTAL".equals(unitText) ? Optional.of(FigureUnit.AVERAGE)
        : f.constant("unit", unitText, FigureUnit.class);
    Optional<SourceRef> source = f.source("source", c.source("source"));
    if (context.hasFailures()) {
      return Optional.empty();
    }
    return Optional.of(new MeetingFigure(Fields.optionalText(c.text("meeting")), Fields.optionalText(c.text("cycle")),
        measure.get(), value.get(), denominator, unit.get(), source.get(), Fields.optionalText(c.text("quote")),
        Fields.optionalText(c.text("note"))));
  }

  private static Optional<IsuContribution> isuContribution(Cells c, RowContext context) {
    Fields f = new Fields(context);
    Optional<Integer> year = f.optionalInteger("year", c.scalar("year"));
    Optional<String> measure = f.text("measure", c.text("measure"));
    Optional<BigDecimal> value = f.optionalDecimal("value", c.scalar("value"));
    Optional<String> unit = f.text("unit", c.text("unit"));
    Optional<SourceRef> source = f.source("source", c.source("source"));
    Optional<String> raw = scalarText(c.scalar("raw"));
    if (context.hasFailures()) {
      return Optional.empty();
    }
    return Optional.of(new IsuContribution(year, measure.get(), value, unit.get(),
        Fields.optionalText(c.text("quantityUnit")), raw, source.get(), Fields.optionalText(c.text("note"))));
  }

  /** A field printed as text or as a number, as text: a number in plain notation. */
  private static Optional<String> scalarText(JsonNode v) {
    if (v == null) {
      return Optional.empty();
    }
    if (v.isNumber()) {
      return Optional.of(v.isIntegralNumber() ? v.bigIntegerValue().toString() : v.decimalValue().toPlainString());
    }
    return Fields.optionalText(v.asText());
  }
}
