package org.ccmkit.io.table;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ccmkit.indicators.data.Fact;
import org.ccmkit.io.json.TreeReader;
import org.ccmkit.io.read.TreeRow;
import org.ccmkit.io.read.FailureKind;
import org.ccmkit.io.read.ReadContext;
import org.ccmkit.io.read.ReadResult;
import org.ccmkit.io.read.RowConverter;
import org.ccmkit.model.obligation.Clearance;
import org.ccmkit.model.obligation.ImmutableClearance;
import org.ccmkit.model.obligation.ImmutableStockpileDestruction;
import org.ccmkit.model.obligation.Obligation;
import org.ccmkit.model.obligation.StockpileDestruction;

/**
 * Converts the rows of a table, as any reader parsed them, to values of the domain: each row is mapped to its
 * transfer record, checked field by field (types, dates, references to States, meetings, cycles and data elements,
 * duplicates and conflicts within the table) and built, and is either accepted or rejected with every failure found.
 * A custom reader for a new format parses its input into {@link TreeRow}s and calls {@link #convert}.
 */
public final class Tables {

  private static final TreeReader MAPPING = TreeReader.json();

  private Tables() {}

  /**
   * The rows of {@code table}, converted and checked against {@code context}.
   *
   * @param <T> the type of the value
   * @param table the table's name
   * @param rows the rows read
   * @param context what the rows are read against
   * @return the rows of {@code table}, converted and checked against {@code context}
   */
  @SuppressWarnings("unchecked")
  public static <T> ReadResult<ImmutableList<T>> convert(DataTable<T> table, List<TreeRow> rows,
      ReadContext context) {
    Known known = new Known(context);
    if (table == DataTable.STATES) {
      return (ReadResult<ImmutableList<T>>) (Object) MAPPING.convert(rows, StandingRow.class,
          new StandingConverter());
    } else if (table == DataTable.OBLIGATIONS) {
      return (ReadResult<ImmutableList<T>>) (Object) MAPPING.convert(rows, ObligationRow.class,
          new ObligationConverter(known));
    } else if (table == DataTable.OBLIGATION_EXTENSIONS) {
      return (ReadResult<ImmutableList<T>>) (Object) MAPPING.convert(rows, ObligationExtensionRow.class,
          new ObligationExtensionConverter(known));
    } else if (table == DataTable.MEETINGS) {
      return (ReadResult<ImmutableList<T>>) (Object) MAPPING.convert(rows, MeetingRow.class,
          CalendarConverters.meetings(known));
    } else if (table == DataTable.CYCLES) {
      return (ReadResult<ImmutableList<T>>) (Object) MAPPING.convert(rows, CycleRow.class,
          CalendarConverters.cycles(known));
    } else if (table == DataTable.FACTS) {
      FactConverter facts = new FactConverter(known);
      return (ReadResult<ImmutableList<T>>) (Object) MAPPING.convert(rows, FactRow.class, facts::fact);
    } else if (table == DataTable.PARTICIPATION) {
      FactConverter facts = new FactConverter(known);
      return (ReadResult<ImmutableList<T>>) (Object) MAPPING.convert(rows, ParticipationRow.class,
          facts::participation);
    } else if (table == DataTable.EXTENSION_REQUESTS) {
      return (ReadResult<ImmutableList<T>>) (Object) MAPPING.convert(rows, ExtensionRequestRow.class,
          RecordConverters.extensionRequests(known));
    } else if (table == DataTable.SUBMISSIONS) {
      return (ReadResult<ImmutableList<T>>) (Object) MAPPING.convert(rows, SubmissionRow.class,
          RecordConverters.submissions(known));
    } else if (table == DataTable.PUBLISHED_VALUES) {
      return (ReadResult<ImmutableList<T>>) (Object) MAPPING.convert(rows, PublishedValueRow.class,
          RecordConverters.publishedValues(known));
    } else if (table == DataTable.STATE_ATTRIBUTES) {
      return (ReadResult<ImmutableList<T>>) (Object) MAPPING.convert(rows, StateAttributeRow.class,
          RecordConverters.stateAttributes(known));
    }
    throw new IllegalArgumentException("Tables.convert: unknown table " + table);
  }

  /**
   * The facts of a facts table and of a participation table, each checked as its own table, and conflicts checked
   * across both (a meeting-level fact in the facts table and the participation table is the same fact).
   *
   * @param facts the facts
   * @param participation the meeting-participation rows
   * @param context what the rows are read against
   * @return the facts of a facts table and of a participation table, each checked as its own table, and conflicts
   *     checked across both (a meeting-level fact in the facts table and the participation table is the same fact)
   */
  public static ReadResult<ImmutableList<Fact>> convertFacts(List<TreeRow> facts, List<TreeRow> participation,
      ReadContext context) {
    FactConverter converter = new FactConverter(new Known(context));
    return MAPPING.convert(facts, FactRow.class, converter::fact).combinedWith(
        MAPPING.convert(participation, ParticipationRow.class, converter::participation),
        (a, b) -> ImmutableList.<Fact>builder().addAll(a).addAll(b).build());
  }

  /**
   * {@code obligations} with the extensions of the obligation-extensions table {@code rows} added, in order. An
   * extension whose obligation is not listed is an {@link FailureKind#UNKNOWN_REFERENCE}; one that breaks the rules of
   * Art. 3(3) or 4(5) (too long, after the deadline expired) an {@link FailureKind#INVALID_VALUE}.
   *
   * @param obligations the obligations
   * @param rows the rows read
   * @param context what the rows are read against
   * @return {@code obligations} with the extensions of the obligation-extensions table {@code rows} added, in order
   */
  public static ReadResult<ImmutableList<Obligation>> attachExtensions(List<Obligation> obligations,
      List<TreeRow> rows, ReadContext context) {
    List<Obligation> out = new ArrayList<>(obligations);
    ObligationExtensionConverter parse = new ObligationExtensionConverter(new Known(context));
    RowConverter<ObligationExtensionRow, Obligation> attach = (row, rc) -> {
      Optional<ObligationExtension> e = parse.convert(row, rc);
      if (e.isEmpty()) {
        return Optional.empty();
      }
      ObligationExtension x = e.get();
      for (int i = 0; i < out.size(); i++) {
        Obligation o = out.get(i);
        if (o.state().code().equals(x.state()) && ObligationType.of(o) == x.obligation()
            && o.start().equals(x.start())) {
          Obligation extended = o instanceof Clearance
              ? ImmutableClearance.builder().from((Clearance) o).addExtensions(x.extension()).build()
              : ImmutableStockpileDestruction.builder().from((StockpileDestruction) o).addExtensions(x.extension())
                  .build();
          out.set(i, extended);
          return Optional.of(extended);
        }
      }
      rc.fail(FailureKind.UNKNOWN_REFERENCE, "", "extension of an obligation the obligations table does not list",
          x.state() + " " + x.obligation() + " starting " + x.start(),
          "an obligation with the same state, obligation and start");
      return Optional.empty();
    };
    return MAPPING.convert(rows, ObligationExtensionRow.class, attach).map(ignored -> ImmutableList.copyOf(out));
  }
}
