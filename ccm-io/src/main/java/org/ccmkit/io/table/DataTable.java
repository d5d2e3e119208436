package org.ccmkit.io.table;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import java.util.function.Function;
import org.ccmkit.indicators.data.ExtensionRequest;
import org.ccmkit.indicators.data.Fact;
import org.ccmkit.indicators.data.PublishedValue;
import org.ccmkit.indicators.data.ReportSubmission;
import com.google.common.base.Preconditions;
import org.ccmkit.indicators.data.MonitoringDataset;
import org.ccmkit.io.read.DatasetReader;
import org.ccmkit.io.read.Input;
import org.ccmkit.io.read.ReadContext;
import org.ccmkit.io.read.ReadResult;
import org.ccmkit.io.read.ReadLimits;
import org.ccmkit.io.read.TableRows;
import org.ccmkit.io.read.TablesSink;
import org.ccmkit.model.calendar.Meeting;
import org.ccmkit.model.calendar.ReportingCycle;
import org.ccmkit.model.obligation.Obligation;
import org.ccmkit.model.state.Standing;

/**
 * One table of monitoring data, whatever the file format, described once: its name (the file's base name in a folder,
 * the member's name in a dataset document, the sheet's name in a workbook), its columns in the order flat formats write
 * them, with the required ones and those holding lists ({@code ;}-separated in CSV), and how a row becomes a value of
 * the domain (its fields read into a transfer record, then checked and converted; the facts, a long table, are read
 * from their cells with no transfer record). Every format's rows go through
 * this one description.
 *
 * @param <T> the domain value of a row
 */
public final class DataTable<T> {

  /** The register: States and their standing. */
  public static final DataTable<Standing> STATES = new DataTable<>("states", RowMappers::standing, k -> new StandingConverter(),
      ImmutableList.of("iso3", "name", "signature", "deposit", "kind", "withdrawalNotified", "withdrawalEffective",
          "source.document", "source.locator"),
      ImmutableSet.of("iso3", "name"), ImmutableSet.of());

  /** The obligations of States Parties (extensions nested in JSON and YAML). */
  public static final DataTable<Obligation> OBLIGATIONS = new DataTable<>("obligations", RowMappers::obligation, ObligationConverter::new,
      ImmutableList.of("state", "obligation", "ground", "start", "completedOn", "ceasedOn", "declarationOfCompliance",
          "clusterMunitionsRetained", "submunitionsRetained", "measuresInPlace", "report", "coveredYear", "submittedOn",
          "extensionsComplete", "source.document", "source.locator"),
      ImmutableSet.of("state", "obligation"), ImmutableSet.of("measuresInPlace"));

  /** The extensions of obligations, for flat formats where they cannot be nested. */
  public static final DataTable<ObligationExtension> OBLIGATION_EXTENSIONS = new DataTable<>("obligation-extensions",
      RowMappers::obligationExtension, ObligationExtensionConverter::new,
      ImmutableList.of("state", "obligation", "start", "grantedBy", "grantedOn", "requestedOn", "requestedDeadline",
          "newDeadline", "source.document", "source.locator"),
      ImmutableSet.of("state", "obligation", "start", "grantedBy", "grantedOn", "newDeadline"), ImmutableSet.of());

  /** Meetings of States Parties and Review Conferences. */
  public static final DataTable<Meeting> MEETINGS = new DataTable<>("meetings", RowMappers::meeting, CalendarConverters::meetings,
      ImmutableList.of("id", "year", "date", "place", "presidency", "source.document", "source.locator"),
      ImmutableSet.of("id", "year"), ImmutableSet.of());

  /** Reporting cycles. */
  public static final DataTable<ReportingCycle> CYCLES = new DataTable<>("cycles", RowMappers::cycle, CalendarConverters::cycles,
      ImmutableList.of("meeting", "year"), ImmutableSet.of("meeting", "year"), ImmutableSet.of());

  /** Reported facts, in the long format: subject, cycle, element, type, value, source. */
  public static final DataTable<Fact> FACTS = new DataTable<>("facts", k -> new FactConverter(k)::fact,
      ImmutableList.of("subject", "cycle", "element", "type", "value", "source.document", "source.locator", "quote",
          "note", "period", "loose"),
      ImmutableSet.of("subject", "cycle", "element", "value", "source.document", "source.locator"),
      ImmutableSet.of());

  /** Meeting participation: meeting-level figures, read as facts whose subject is the meeting. */
  public static final DataTable<Fact> PARTICIPATION = new DataTable<>("participation", RowMappers::participation,
      k -> new FactConverter(k)::participation,
      ImmutableList.of("meeting", "cycle", "element", "type", "value", "source.document", "source.locator"),
      ImmutableSet.of("meeting", "element", "value", "source.document", "source.locator"), ImmutableSet.of());

  /** Requests to extend Article 3 or 4 deadlines. */
  public static final DataTable<ExtensionRequest> EXTENSION_REQUESTS = new DataTable<>("extension-requests",
      RowMappers::extensionRequest, RecordConverters::extensionRequests,
      ImmutableList.of("state", "article", "meeting", "requestedUntil", "grantedUntil", "source.document",
          "source.locator"),
      ImmutableSet.of("state", "article", "meeting", "source.document", "source.locator"), ImmutableSet.of());

  /** Figures documents published for indicators. */
  public static final DataTable<PublishedValue> PUBLISHED_VALUES = new DataTable<>("published-values",
      RowMappers::publishedValue, RecordConverters::publishedValues,
      ImmutableList.of("indicator", "cycle", "period", "value", "denominator", "unit", "bound", "quantityUnit",
          "component", "states", "source.document", "source.locator", "quote", "note"),
      ImmutableSet.of("cycle", "value", "unit", "source.document", "source.locator"), ImmutableSet.of("states"));

  /**
   * What sources say of States' Article 7 reports: submitted on a day, submitted by a day (the day not known), or not
   * yet submitted on a day; exactly one of the three per row.
   */
  public static final DataTable<ReportSubmission> SUBMISSIONS = new DataTable<>("submissions", RowMappers::submission, RecordConverters::submissions,
      ImmutableList.of("state", "report", "coveredYear", "submittedOn", "submittedBy", "notSubmittedOn",
          "source.document", "source.locator", "quote", "note"),
      ImmutableSet.of("state", "report", "source.document", "source.locator"), ImmutableSet.of());

  /** Attributes of States to stratify by. */
  public static final DataTable<StateAttribute> STATE_ATTRIBUTES = new DataTable<>("state-attributes",
      RowMappers::stateAttribute, RecordConverters::stateAttributes, ImmutableList.of("state", "attribute", "value"),
      ImmutableSet.of("state", "attribute", "value"), ImmutableSet.of());

  private static final ImmutableList<DataTable<?>> ALL = ImmutableList.of(STATES, MEETINGS, CYCLES, OBLIGATIONS,
      OBLIGATION_EXTENSIONS, EXTENSION_REQUESTS, FACTS, PARTICIPATION, SUBMISSIONS, PUBLISHED_VALUES,
      STATE_ATTRIBUTES);

  private final String name;
  private final Function<Known, RowConverter<Cells, T>> conversion;
  private final ImmutableList<String> columns;
  private final ImmutableSet<String> required;
  private final ImmutableSet<String> lists;

  private <R> DataTable(String name, Function<Cells, R> mapper, Function<Known, RowConverter<R, T>> converter,
      ImmutableList<String> columns, ImmutableSet<String> required, ImmutableSet<String> lists) {
    this.name = name;
    this.conversion = known -> {
      RowConverter<R, T> c = converter.apply(known);
      return (cells, context) -> {
        R row = mapper.apply(cells);
        return context.hasFailures() ? Optional.empty() : c.convert(row, context);
      };
    };
    this.columns = columns;
    this.required = required;
    this.lists = lists;
  }

  /** A table whose converter reads a row's cells itself, with no transfer record (the facts: a long table). */
  private DataTable(String name, Function<Known, RowConverter<Cells, T>> converter, ImmutableList<String> columns,
      ImmutableSet<String> required, ImmutableSet<String> lists) {
    this.name = name;
    this.conversion = converter;
    this.columns = columns;
    this.required = required;
    this.lists = lists;
  }

  /** A table described by {@code mapper}, {@code converter} and its columns; for the shipped record's own tables. */
  static <R, T> DataTable<T> of(String name, Function<Cells, R> mapper, Function<Known, RowConverter<R, T>> converter,
      ImmutableList<String> columns, ImmutableSet<String> required, ImmutableSet<String> lists) {
    return new DataTable<>(name, mapper, converter, columns, required, lists);
  }

  /** {@return every table, in the order a dataset is read: each table after those its rows refer to} */
  public static ImmutableList<DataTable<?>> all() {
    return ALL;
  }

  /**
   * The table named {@code name}.
   *
   * @param name the name
   * @return the table named {@code name}
   */
  public static Optional<DataTable<?>> named(String name) {
    return ALL.stream().filter(t -> t.name.equals(name)).findFirst();
  }

  /**
   * The rows of this table held by {@code input}, read by {@code reader} as a stream and each converted and checked
   * against {@code context} as soon as it is read. Never throws for anything in the input.
   *
   * @param reader the reader
   * @param input the file, folder, resource or bytes to read
   * @param context what the rows are read against
   * @return the rows of this table held by {@code input}, read by {@code reader} as a stream and each converted and
   *     checked against {@code context} as soon as it is read
   */
  public ReadResult<ImmutableList<T>> read(DatasetReader reader, Input input, ReadContext context) {
    Preconditions.checkNotNull(reader, "DataTable.read: reader must not be null");
    Preconditions.checkNotNull(input, "DataTable.read: input must not be null");
    Preconditions.checkNotNull(context, "DataTable.read: context must not be null");
    TableSink<T> sink = new TableSink<>(this, new Known(context));
    reader.readRows(input, name, context.limits(), sink);
    return sink.result();
  }

  /**
   * The dataset made of {@code tables} (rows already parsed, of several tables), checked against {@code context}:
   * the register first, then meetings and cycles, then the tables whose rows refer to them. Every row is accounted for.
   *
   * @param tables the tables' names
   * @param context what the rows are read against
   * @return the dataset made of {@code tables} (rows already parsed, of several tables), checked against {@code
   *     context}: the register first, then meetings and cycles, then the tables whose rows refer to them
   */
  public static ReadResult<MonitoringDataset> assemble(TableRows tables, ReadContext context) {
    Preconditions.checkNotNull(tables, "DataTable.assemble: tables must not be null");
    Preconditions.checkNotNull(context, "DataTable.assemble: context must not be null");
    return DatasetAssembler.assemble(tables.rows(), tables.present(), context);
  }

  /**
   * The dataset held in one input (a JSON or YAML document of tables, a workbook, a CSV file of facts), read by
   * {@code reader} and checked against {@code context} as {@link #assemble} checks it. A reader that streams the tables
   * ({@link DatasetReader#readTables(Input, ReadLimits, TablesSink)}) has each table converted row by row as it is
   * read, when the tables it is checked against came before it; the result is the same as parsing every table first.
   *
   * @param reader the reader
   * @param input the file, folder, resource or bytes to read
   * @param context what the rows are read against
   * @return the dataset, with every failure found
   */
  public static ReadResult<MonitoringDataset> readDataset(DatasetReader reader, Input input, ReadContext context) {
    Preconditions.checkNotNull(reader, "DataTable.readDataset: reader must not be null");
    Preconditions.checkNotNull(input, "DataTable.readDataset: input must not be null");
    Preconditions.checkNotNull(context, "DataTable.readDataset: context must not be null");
    StreamingAssembler assembler = new StreamingAssembler(context);
    reader.readTables(input, context.limits(), assembler);
    return assembler.result();
  }

  /**
   * The dataset of a folder's files, one a table ({@code files}: table name to file), each read by the reader
   * {@code readers} gives for it in the order of {@link DatasetReader#TABLES} and converted row by row as it is read
   * (every table it is checked against is read before it), and each flat file's header checked by its table (an unknown
   * column, a missing required one, a column named twice).
   *
   * @param files the files, by table name
   * @param readers the reader of each file
   * @param context what the rows are read against
   * @return the dataset, with every failure found in the files
   */
  public static ReadResult<MonitoringDataset> readFiles(java.util.Map<String, Input> files,
      Function<Input, DatasetReader> readers, ReadContext context) {
    Preconditions.checkNotNull(files, "DataTable.readFiles: files must not be null");
    Preconditions.checkNotNull(readers, "DataTable.readFiles: readers must not be null");
    Preconditions.checkNotNull(context, "DataTable.readFiles: context must not be null");
    StreamingAssembler assembler = new StreamingAssembler(context, files.keySet());
    for (String table : DatasetReader.TABLES) {
      Input input = files.get(table);
      if (input != null) {
        readers.apply(input).readRows(input, table, context.limits(), assembler.table(table));
      }
    }
    return assembler.result();
  }

  /**
   * The rows of every table of {@code dataset}, as the writers write them (the inverse of reading: each value as the
   * record of its row, which Jackson writes with the columns' names), keyed by table name in reading order. With
   * {@code flat}, extensions go to the obligation-extensions table; else they are nested in their obligation.
   *
   * @param dataset the monitoring dataset
   * @param flat whether the rows are for flat tables (CSV, a workbook)
   * @return the rows of every table of {@code dataset}, keyed by table name in reading order
   */
  public static com.google.common.collect.ImmutableListMultimap<String, Object> rowsOf(MonitoringDataset dataset,
      boolean flat) {
    Preconditions.checkNotNull(dataset, "DataTable.rowsOf: dataset must not be null");
    return DatasetRows.of(dataset, flat);
  }

  /**
   * The tables {@link #rowsOf} gives, in order: every table but participation (and, unless flat, extensions).
   *
   * @param flat whether the rows are for flat tables
   * @return the tables {@link #rowsOf} gives, in order
   */
  public static ImmutableList<String> written(boolean flat) {
    return DatasetRows.tables(flat);
  }

  /**
   * "Did you mean …" for a name that is not a table's: the table names nearest to it, if any is near.
   *
   * @param name the name
   * @return "Did you mean …" for a name that is not a table's: the table names nearest to it, if any is near
   */
  public static Optional<String> suggestion(String name) {
    return Suggestions.of(name, names());
  }

  /** {@return the names of every table} */
  public static ImmutableSet<String> names() {
    return ALL.stream().map(DataTable::name).collect(ImmutableSet.toImmutableSet());
  }

  /** {@return the table's name: {@code states}, {@code facts}, …} */
  public String name() {
    return name;
  }

  /**
   * The converter of this table's rows, checking them against {@code known}; one per read, since it remembers what it
   * has seen (for duplicates and conflicts).
   */
  RowConverter<Cells, T> converter(Known known) {
    return conversion.apply(known);
  }

  /** The fields a row of a JSON or YAML list may have besides the columns: nested lists ({@code extensions}). */
  ImmutableSet<String> nestedFields() {
    return this == OBLIGATIONS ? ImmutableSet.of("extensions") : ImmutableSet.of();
  }

  /** {@return the columns of a flat file, in the order written; nested fields are dotted ({@code source.document})} */
  public ImmutableList<String> columns() {
    return columns;
  }

  /** {@return the columns a row must fill} */
  public ImmutableSet<String> requiredColumns() {
    return required;
  }

  /** {@return the columns holding a list, {@code ;}-separated in flat files} */
  public ImmutableSet<String> listColumns() {
    return lists;
  }

  @Override
  public String toString() {
    return name;
  }
}
