package org.ccmkit.io.table;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import org.ccmkit.indicators.data.ExtensionRequest;
import org.ccmkit.indicators.data.Fact;
import org.ccmkit.indicators.data.PublishedValue;
import org.ccmkit.indicators.data.ReportSubmission;
import org.ccmkit.model.calendar.Meeting;
import org.ccmkit.model.calendar.ReportingCycle;
import org.ccmkit.model.obligation.Obligation;
import org.ccmkit.model.state.Standing;

/**
 * One table of monitoring data, whatever the file format: its name (the file's base name in a folder, the member's
 * name in a dataset document), the transfer record a row is mapped to, and its columns in the order flat formats
 * write them, with the required ones and those holding lists ({@code ;}-separated in CSV).
 *
 * @param <T> the domain value of a row
 */
public final class DataTable<T> {

  /** The register: States and their standing. */
  public static final DataTable<Standing> STATES = new DataTable<>("states", StandingRow.class,
      ImmutableList.of("iso3", "name", "signature", "deposit", "kind", "withdrawalNotified", "withdrawalEffective",
          "source.document", "source.locator"),
      ImmutableSet.of("iso3", "name"), ImmutableSet.of());

  /** The obligations of States Parties (extensions nested in JSON and YAML). */
  public static final DataTable<Obligation> OBLIGATIONS = new DataTable<>("obligations", ObligationRow.class,
      ImmutableList.of("state", "obligation", "ground", "start", "completedOn", "ceasedOn", "declarationOfCompliance",
          "clusterMunitionsRetained", "submunitionsRetained", "measuresInPlace", "report", "coveredYear", "submittedOn",
          "extensionsComplete", "source.document", "source.locator"),
      ImmutableSet.of("state", "obligation"), ImmutableSet.of("measuresInPlace"));

  /** The extensions of obligations, for flat formats where they cannot be nested. */
  public static final DataTable<ObligationExtension> OBLIGATION_EXTENSIONS = new DataTable<>("obligation-extensions",
      ObligationExtensionRow.class,
      ImmutableList.of("state", "obligation", "start", "grantedBy", "grantedOn", "requestedOn", "requestedDeadline",
          "newDeadline", "source.document", "source.locator"),
      ImmutableSet.of("state", "obligation", "start", "grantedBy", "grantedOn", "newDeadline"), ImmutableSet.of());

  /** Meetings of States Parties and Review Conferences. */
  public static final DataTable<Meeting> MEETINGS = new DataTable<>("meetings", MeetingRow.class,
      ImmutableList.of("id", "year", "date", "place", "presidency", "source.document", "source.locator"),
      ImmutableSet.of("id", "year"), ImmutableSet.of());

  /** Reporting cycles. */
  public static final DataTable<ReportingCycle> CYCLES = new DataTable<>("cycles", CycleRow.class,
      ImmutableList.of("meeting", "year"), ImmutableSet.of("meeting", "year"), ImmutableSet.of());

  /** Reported facts, in the long format: subject, cycle, element, type, value, source. */
  public static final DataTable<Fact> FACTS = new DataTable<>("facts", FactRow.class,
      ImmutableList.of("subject", "cycle", "element", "type", "value", "source.document", "source.locator", "quote",
          "note", "period", "loose"),
      ImmutableSet.of("subject", "cycle", "element", "value", "source.document", "source.locator"),
      ImmutableSet.of());

  /** Meeting participation: meeting-level figures, read as facts whose subject is the meeting. */
  public static final DataTable<Fact> PARTICIPATION = new DataTable<>("participation", ParticipationRow.class,
      ImmutableList.of("meeting", "cycle", "element", "type", "value", "source.document", "source.locator"),
      ImmutableSet.of("meeting", "element", "value", "source.document", "source.locator"), ImmutableSet.of());

  /** Requests to extend Article 3 or 4 deadlines. */
  public static final DataTable<ExtensionRequest> EXTENSION_REQUESTS = new DataTable<>("extension-requests",
      ExtensionRequestRow.class,
      ImmutableList.of("state", "article", "meeting", "requestedUntil", "grantedUntil", "source.document",
          "source.locator"),
      ImmutableSet.of("state", "article", "meeting", "source.document", "source.locator"), ImmutableSet.of());

  /** Figures documents published for indicators. */
  public static final DataTable<PublishedValue> PUBLISHED_VALUES = new DataTable<>("published-values",
      PublishedValueRow.class,
      ImmutableList.of("indicator", "cycle", "period", "value", "denominator", "unit", "bound", "quantityUnit",
          "component", "states", "source.document", "source.locator", "quote", "note"),
      ImmutableSet.of("cycle", "value", "unit", "source.document", "source.locator"), ImmutableSet.of("states"));

  /**
   * What sources say of States' Article 7 reports: submitted on a day, submitted by a day (the day not known), or not
   * yet submitted on a day; exactly one of the three per row.
   */
  public static final DataTable<ReportSubmission> SUBMISSIONS = new DataTable<>("submissions", SubmissionRow.class,
      ImmutableList.of("state", "report", "coveredYear", "submittedOn", "submittedBy", "notSubmittedOn",
          "source.document", "source.locator", "quote", "note"),
      ImmutableSet.of("state", "report", "source.document", "source.locator"), ImmutableSet.of());

  /** Attributes of States to stratify by. */
  public static final DataTable<StateAttribute> STATE_ATTRIBUTES = new DataTable<>("state-attributes",
      StateAttributeRow.class, ImmutableList.of("state", "attribute", "value"),
      ImmutableSet.of("state", "attribute", "value"), ImmutableSet.of());

  private static final ImmutableList<DataTable<?>> ALL = ImmutableList.of(STATES, MEETINGS, CYCLES, OBLIGATIONS,
      OBLIGATION_EXTENSIONS, EXTENSION_REQUESTS, FACTS, PARTICIPATION, SUBMISSIONS, PUBLISHED_VALUES,
      STATE_ATTRIBUTES);

  private final String name;
  private final Class<?> rowType;
  private final ImmutableList<String> columns;
  private final ImmutableSet<String> required;
  private final ImmutableSet<String> lists;

  private DataTable(String name, Class<?> rowType, ImmutableList<String> columns, ImmutableSet<String> required,
      ImmutableSet<String> lists) {
    this.name = name;
    this.rowType = rowType;
    this.columns = columns;
    this.required = required;
    this.lists = lists;
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

  /** {@return the names of every table} */
  public static ImmutableSet<String> names() {
    return ALL.stream().map(DataTable::name).collect(ImmutableSet.toImmutableSet());
  }

  /** {@return the table's name: {@code states}, {@code facts}, …} */
  public String name() {
    return name;
  }

  /** {@return the transfer record a row is mapped to} */
  public Class<?> rowType() {
    return rowType;
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
