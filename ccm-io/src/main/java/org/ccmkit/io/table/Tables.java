package org.ccmkit.io.table;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ccmkit.indicators.data.Fact;
import org.ccmkit.io.read.FailureKind;
import org.ccmkit.io.read.ReadContext;
import org.ccmkit.io.read.ReadResult;
import org.ccmkit.io.read.Row;
import org.ccmkit.model.obligation.Clearance;
import org.ccmkit.model.obligation.ImmutableClearance;
import org.ccmkit.model.obligation.ImmutableStockpileDestruction;
import org.ccmkit.model.obligation.Obligation;
import org.ccmkit.model.obligation.StockpileDestruction;

/**
 * Converts rows already parsed (the tables of one dataset document, which must all be parsed before any is converted)
 * through their tables, and the conversions that span two tables: facts and participation, whose conflicts are checked
 * across both, and extensions attached to the obligations they extend.
 */
final class Tables {

  private Tables() {}

  /** The rows of {@code table}, converted and checked against {@code context}. */
  static <T> ReadResult<ImmutableList<T>> convert(DataTable<T> table, List<Row> rows, ReadContext context) {
    return feed(new TableSink<>(table, new Known(context)), rows);
  }

  private static <T> ReadResult<ImmutableList<T>> feed(TableSink<T> sink, List<Row> rows) {
    rows.forEach(sink::row);
    return sink.result();
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
  static ReadResult<ImmutableList<Fact>> convertFacts(List<Row> facts, List<Row> participation, ReadContext context) {
    FactConverter converter = new FactConverter(new Known(context));
    return withParticipation(converter, feed(factsSink(converter), facts), participation);
  }

  /** The sink of a facts table's rows, converted by {@code converter}. */
  static TableSink<Fact> factsSink(FactConverter converter) {
    return new TableSink<>(DataTable.FACTS, converter::fact);
  }

  /**
   * {@code facts}, converted by {@code converter}, and the facts of the participation table {@code participation},
   * converted after them by the same converter (so that conflicts are checked across both).
   */
  static ReadResult<ImmutableList<Fact>> withParticipation(FactConverter converter,
      ReadResult<ImmutableList<Fact>> facts, List<Row> participation) {
    RowConverter<Cells, Fact> meeting = (cells, rc) -> {
      ParticipationRow row = RowMappers.participation(cells);
      return rc.hasFailures() ? Optional.empty() : converter.participation(row, rc);
    };
    return facts.combinedWith(feed(new TableSink<>(DataTable.PARTICIPATION, meeting), participation),
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
  static ReadResult<ImmutableList<Obligation>> attachExtensions(List<Obligation> obligations, List<Row> rows,
      ReadContext context) {
    List<Obligation> out = new ArrayList<>(obligations);
    ObligationExtensionConverter parse = new ObligationExtensionConverter(new Known(context));
    RowConverter<Cells, Obligation> attach = (cells, rc) -> {
      ObligationExtensionRow row = RowMappers.obligationExtension(cells);
      Optional<ObligationExtension> e = rc.hasFailures() ? Optional.empty() : parse.convert(row, rc);
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
    return feed(new TableSink<>(DataTable.OBLIGATION_EXTENSIONS, attach), rows)
        .map(ignored -> ImmutableList.copyOf(out));
  }
}
