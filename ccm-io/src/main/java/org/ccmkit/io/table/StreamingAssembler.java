package org.ccmkit.io.table;

import com.google.common.collect.ArrayListMultimap;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ListMultimap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ccmkit.indicators.data.Fact;
import org.ccmkit.indicators.data.MonitoringDataset;
import org.ccmkit.io.read.Failure;
import org.ccmkit.io.read.ReadContext;
import org.ccmkit.io.read.ReadResult;
import org.ccmkit.io.read.Row;
import org.ccmkit.io.read.RowSink;
import org.ccmkit.io.read.TableRows;
import org.ccmkit.io.read.TablesSink;
import org.ccmkit.model.calendar.Meeting;
import org.ccmkit.model.calendar.ReportingCycle;
import org.ccmkit.model.state.Register;
import org.ccmkit.model.state.Standing;

/**
 * Makes a dataset from the tables of one input as a reader streams them: a table whose rows can be checked as they
 * come, because every table it is checked against (the register, then meetings, then cycles) came before it in the
 * input and has been read, is converted row by row as it is read, so that only its values are kept; any other table's
 * rows are held until the input ends, then converted as {@link DatasetAssembler} converts them. The result is the one
 * of reading every table first and assembling them after: the same values, failures, locations, counts and order (the
 * failures of the input's parsing first, then each table's in the order of {@link DatasetAssembler}). A document
 * written by {@code DatasetJsonWriter} lists every table in that order, so none of its rows is held. The extensions
 * of obligations and the participation table, small tables converted against the obligations and facts before them,
 * are always held.
 */
final class StreamingAssembler implements TablesSink {

  private static final ImmutableSet<String> HELD = ImmutableSet.of("obligation-extensions", "participation");

  private final ReadContext context;
  private final Set<String> present = new LinkedHashSet<>();
  private final ListMultimap<String, Row> held = ArrayListMultimap.create();
  private final Map<String, TableSink<?>> streaming = new HashMap<>();
  private final Map<String, ReadResult<? extends ImmutableList<?>>> streamed = new HashMap<>();
  private final List<Failure> failures = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();
  private ReadResult<TableRows> whole;
  private String current;
  private FactConverter facts;
  private int parsed;
  private int rejected;
  private int mostHeld;

  /** The known context after the register ({@code registered}), the meetings and the cycles have been read. */
  private ReadContext registered;
  private ReadContext withMeetings;
  private ReadContext checked;

  /** The tables that may come, if known before the read (a folder's files, a workbook's sheets); null if any may. */
  private Set<String> coming;

  StreamingAssembler(ReadContext context) {
    this(context, null);
  }

  /**
   * An assembler told which tables the input holds ({@code coming}, null if not known): a table that is not among them
   * is settled at once from the context, so that the tables checked against it are converted as they are read.
   */
  StreamingAssembler(ReadContext context, Set<String> coming) {
    this.context = context;
    this.coming = coming;
    settle();
  }

  /** What the tables known not to come fix, as {@link DatasetAssembler} takes it: the context's. */
  private void settle() {
    if (coming == null) {
      return;
    }
    if (registered == null && !coming.contains("states")) {
      registered = context.withRegister(context.register().orElse(Register.of(ImmutableList.of())));
    }
    if (withMeetings == null && registered != null && !coming.contains("meetings")) {
      withMeetings = registered;
    }
    if (checked == null && withMeetings != null && !coming.contains("cycles")) {
      checked = withMeetings;
    }
  }

  @Override
  public RowSink table(String table) {
    end();
    current = table;
    present.add(table);
    TableSink<?> sink = HELD.contains(table) ? null : sinkFor(table);
    if (sink != null) {
      streaming.put(table, sink);
    }
    return new RowSink() {
      @Override
      public void row(Row row) {
        parsed++;
        if (sink != null) {
          sink.row(row);
        } else {
          held.put(table, row);
          mostHeld = Math.max(mostHeld, held.size());
        }
      }

      @Override
      public void reject(List<Failure> rowFailures) {
        failures.addAll(rowFailures);
        rejected++;
      }

      @Override
      public void fail(Failure failure) {
        failures.add(failure);
      }

      @Override
      public void note(String note) {
        notes.add(note);
      }

      /** A flat file's header (a folder's table), checked by its table: an unknown column is never skipped in silence. */
      @Override
      public boolean header(List<String> columns, List<org.ccmkit.io.read.Location> cells) {
        return DataTable.named(table).map(t -> TableSink.checkHeader(t, columns, cells, failures::add)).orElse(true);
      }
    };
  }

  /** The sink converting {@code table}'s rows as they come, or null if a table it is checked against is not read. */
  private TableSink<?> sinkFor(String table) {
    switch (table) {
      case "states":
        return new TableSink<>(DataTable.STATES, new Known(context));
      case "meetings":
        return registered == null ? null : new TableSink<>(DataTable.MEETINGS, new Known(registered));
      case "cycles":
        return withMeetings == null ? null : new TableSink<>(DataTable.CYCLES, new Known(withMeetings));
      case "facts":
        if (checked == null) {
          return null;
        }
        facts = new FactConverter(new Known(checked));
        return Tables.factsSink(facts);
      default:
        return checked == null ? null : DataTable.named(table).<TableSink<?>>map(t -> new TableSink<>(t,
            new Known(checked))).orElse(null);
    }
  }

  /** The end of the table being read: what it fixes for the tables after it, if it was converted as it was read. */
  private void end() {
    if (current == null || !streaming.containsKey(current)) {
      current = null;
      return;
    }
    ReadResult<? extends ImmutableList<?>> result = streaming.remove(current).result();
    streamed.put(current, result);
    switch (current) {
      case "states":
        @SuppressWarnings("unchecked")
        ImmutableList<Standing> standings = (ImmutableList<Standing>) result.value();
        registered = context.withRegister(Register.of(standings));
        break;
      case "meetings":
        @SuppressWarnings("unchecked")
        ImmutableList<Meeting> meetings = (ImmutableList<Meeting>) result.value();
        withMeetings = registered.withMeetings(meetings);
        break;
      case "cycles":
        @SuppressWarnings("unchecked")
        ImmutableList<ReportingCycle> cycles = (ImmutableList<ReportingCycle>) result.value();
        checked = withMeetings.withCycles(cycles);
        break;
      default:
        break;
    }
    current = null;
    settle();
  }

  @Override
  public void coming(Set<String> tables) {
    if (coming == null && current == null && present.isEmpty()) {
      coming = ImmutableSet.copyOf(tables);
      settle();
    }
  }

  @Override
  public void fail(Failure failure) {
    failures.add(failure);
  }

  @Override
  public void all(ReadResult<TableRows> tables) {
    whole = tables;
  }

  /** {@return the most rows held unconverted at once during the read: 0 when every table was converted as read} */
  int mostRowsHeld() {
    return mostHeld;
  }

  /** {@return the dataset, with every failure; as reading every table first and assembling them after would give} */
  ReadResult<MonitoringDataset> result() {
    end();
    if (whole != null) {
      return whole.thenRead(t -> DataTable.assemble(t, context));
    }
    ReadResult<Integer> parsing = ReadResult.of(0, failures, parsed + rejected, parsed, rejected).withNotes(notes);
    return parsing.thenRead(ignored -> DatasetAssembler.assemble(new DatasetAssembler.Source() {
      @Override
      @SuppressWarnings("unchecked")
      public <T> ReadResult<ImmutableList<T>> convert(DataTable<T> table, ReadContext known) {
        ReadResult<? extends ImmutableList<?>> done = streamed.get(table.name());
        return done != null ? (ReadResult<ImmutableList<T>>) done : Tables.convert(table, held.get(table.name()),
            known);
      }

      @Override
      @SuppressWarnings("unchecked")
      public ReadResult<ImmutableList<Fact>> facts(ReadContext known) {
        ReadResult<? extends ImmutableList<?>> done = streamed.get("facts");
        return done == null ? Tables.convertFacts(held.get("facts"), held.get("participation"), known)
            : Tables.withParticipation(facts, (ReadResult<ImmutableList<Fact>>) done, held.get("participation"));
      }

      @Override
      public List<Row> rows(String table) {
        return held.get(table);
      }
    }, present, context));
  }
}
