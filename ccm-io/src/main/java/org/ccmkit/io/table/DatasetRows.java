package org.ccmkit.io.table;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.Table;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.ccmkit.indicators.data.ExtensionRequest;
import org.ccmkit.indicators.data.Fact;
import org.ccmkit.indicators.data.FactValue;
import org.ccmkit.indicators.data.MonitoringDataset;
import org.ccmkit.indicators.data.PublishedValue;
import org.ccmkit.indicators.data.ReportSubmission;
import org.ccmkit.model.SourceRef;
import org.ccmkit.model.calendar.Meeting;
import org.ccmkit.model.calendar.ReportingCycle;
import org.ccmkit.model.obligation.Clearance;
import org.ccmkit.model.obligation.Extension;
import org.ccmkit.model.obligation.Obligation;
import org.ccmkit.model.obligation.Retention;
import org.ccmkit.model.obligation.TransparencyReport;
import org.ccmkit.model.obligation.VictimAssistance;
import org.ccmkit.model.state.ImmutableStanding;
import org.ccmkit.model.plan.ValueType;
import org.ccmkit.model.state.Standing;

/**
 * The rows of a dataset's tables, the inverse of reading: each value of the domain as its transfer record, so that
 * what is written reads back as an equal dataset. Obligations carry their extensions nested (JSON, YAML) or, for flat
 * formats, in the obligation-extensions table.
 */
final class DatasetRows {

  private DatasetRows() {}

  /**
   * The rows of every table of {@code dataset}, keyed by table name in reading order. With {@code flat}, extensions go
   * to the obligation-extensions table; else they are nested in their obligation. Meeting-level facts stay in the facts
   * table (the participation table is an input convenience), so that the facts keep their order.
   *
   * @param dataset the monitoring dataset
   * @param flat whether to write one flat table
   * @return the rows of every table of {@code dataset}, keyed by table name in reading order
   */
  static ImmutableListMultimap<String, Object> of(MonitoringDataset dataset, boolean flat) {
    ImmutableListMultimap.Builder<String, Object> rows = ImmutableListMultimap.builder();
    dataset.register().standings().forEach(s -> rows.put("states", standing(s)));
    dataset.meetings().forEach(m -> rows.put("meetings", meeting(m)));
    dataset.cycles().forEach(c -> rows.put("cycles", cycle(c)));
    dataset.obligations().forEach(o -> rows.put("obligations", obligation(o, !flat)));
    if (flat) {
      for (Obligation o : dataset.obligations()) {
        o.extensions().forEach(e -> rows.put("obligation-extensions", new ObligationExtensionRow(o.state().code(),
            ObligationType.of(o).name(), text(o.start()), e.grantedBy(), text(e.grantedOn()),
            text(e.requestedOn()), text(e.requestedDeadline()), text(e.newDeadline()), source(e.source()))));
      }
    }
    dataset.extensionRequests().forEach(r -> rows.put("extension-requests", extensionRequest(r)));
    dataset.facts().forEach(f -> rows.put("facts", fact(f)));
    dataset.submissions().forEach(r -> rows.put("submissions", submission(r)));
    dataset.publishedValues().forEach(p -> rows.put("published-values", publishedValue(p)));
    for (Table.Cell<String, String, String> c : dataset.stateAttributes().cellSet()) {
      rows.put("state-attributes", new StateAttributeRow(c.getRowKey(), c.getColumnKey(), c.getValue()));
    }
    return rows.build();
  }

  /**
   * The tables {@link #of} writes, in order: every table but participation (and, unless flat, extensions).
   *
   * @param flat whether to write one flat table
   * @return the tables {@link #of} writes, in order: every table but participation (and, unless flat, extensions)
   */
  static ImmutableList<String> tables(boolean flat) {
    return DataTable.all().stream().map(DataTable::name)
        .filter(t -> !t.equals("participation") && (flat || !t.equals("obligation-extensions")))
        .collect(ImmutableList.toImmutableList());
  }

  /** A standing as a row of the register. */
  static StandingRow standing(Standing s) {
    return new StandingRow(s.state().code(), s.state().name(), text(s.signature()), text(s.deposit()),
        s.instrumentKind().map(Enum::name).orElse(null), text(s.withdrawalNotified()),
        text(recordedWithdrawalEffective(s)), source(s.source()));
  }

  /** The withdrawal date the record gives, not the one Art. 20(3) computes, so that it reads back the same. */
  private static Optional<LocalDate> recordedWithdrawalEffective(Standing s) {
    return s instanceof ImmutableStanding
        ? ((ImmutableStanding) s).recordedWithdrawalEffective()
        : s.withdrawalEffective();
  }

  /** A meeting as a row. */
  static MeetingRow meeting(Meeting m) {
    return new MeetingRow(m.id(), IntNode.valueOf(m.year()), text(m.date()), written(m.place(), "meetings", "place", m.id()), written(m.presidency(), "meetings", "presidency", m.id()),
        source(m.source()));
  }

  /** A cycle as a row. */
  static CycleRow cycle(ReportingCycle c) {
    return new CycleRow(c.meeting(), IntNode.valueOf(c.year()));
  }

  /** An obligation as a row, with its extensions nested or not. */
  static ObligationRow obligation(Obligation o, boolean nestExtensions) {
    ObligationType type = ObligationType.of(o);
    String ground = o instanceof Clearance ? ((Clearance) o).ground().name() : null;
    String declaration = o instanceof Clearance ? written(((Clearance) o).declarationOfCompliance(), "obligations", "declarationOfCompliance", o.state().code()) : null;
    JsonNode munitions = o instanceof Retention ? number(((Retention) o).clusterMunitionsRetained()) : null;
    JsonNode submunitions = o instanceof Retention ? number(((Retention) o).submunitionsRetained()) : null;
    List<String> measures = o instanceof VictimAssistance && !((VictimAssistance) o).measuresInPlace().isEmpty()
        ? ((VictimAssistance) o).measuresInPlace().stream().map(Enum::name).toList()
        : null;
    String report = null;
    JsonNode coveredYear = null;
    String submittedOn = null;
    String completedOn = text(o.completedOn());
    if (o instanceof TransparencyReport) {
      TransparencyReport r = (TransparencyReport) o;
      report = r.kind().name();
      coveredYear = r.coveredYear().map(y -> (JsonNode) IntNode.valueOf(y)).orElse(null);
      submittedOn = text(r.submittedOn());
      completedOn = null;
    } else if (o instanceof VictimAssistance) {
      completedOn = null;
    }
    List<ExtensionRow> extensions = nestExtensions && !o.extensions().isEmpty()
        ? o.extensions().stream().map(DatasetRows::extension).toList()
        : null;
    JsonNode extensionsComplete = o.extensionsComplete() ? null : BooleanNode.FALSE;
    return new ObligationRow(o.state().code(), type.name(), ground, text(o.start()), completedOn, text(o.ceasedOn()),
        declaration, munitions, submunitions, measures, report, coveredYear, submittedOn, extensions,
        extensionsComplete, source(o.source()));
  }

  private static ExtensionRow extension(Extension e) {
    return new ExtensionRow(e.grantedBy(), text(e.grantedOn()), text(e.requestedOn()), text(e.requestedDeadline()),
        text(e.newDeadline()), source(e.source()));
  }

  /** An extension request as a row. */
  static ExtensionRequestRow extensionRequest(ExtensionRequest r) {
    return new ExtensionRequestRow(r.state(), IntNode.valueOf(r.article()), r.meeting(), text(r.requestedUntil()),
        text(r.grantedUntil()), source(r.source()));
  }

  /** A fact as a row of the long format, with its type so that it reads back as written. */
  static FactRow fact(Fact f) {
    return new FactRow(f.subject(), f.cycle(), f.element(), f.value().type().name(), value(f.value()),
        source(f.source()), written(f.quote(), "facts", "quote", f.subject()), written(f.note(), "facts", "note", f.subject()),
        written(f.period(), "facts", "period", f.subject()),
        f.loose() ? JsonNodeFactory.instance.booleanNode(true) : null);
  }

  /** A submission as a row. */
  static SubmissionRow submission(ReportSubmission r) {
    return new SubmissionRow(r.state(), r.report().name(),
        r.coveredYear().map(y -> (JsonNode) JsonNodeFactory.instance.numberNode(y)).orElse(null),
        r.submittedOn().map(Object::toString).orElse(null), r.submittedBy().map(Object::toString).orElse(null),
        r.notSubmittedOn().map(Object::toString).orElse(null), source(r.source()), written(r.quote(), "submissions", "quote", r.state()),
        written(r.note(), "submissions", "note", r.state()));
  }

  /** A published value as a row. */
  static PublishedValueRow publishedValue(PublishedValue p) {
    return new PublishedValueRow(written(p.indicator(), "published-values", "indicator", p.cycle()), p.cycle(),
        written(p.period(), "published-values", "period", p.cycle()),
        DecimalNode.valueOf(readable(p.value(), "published-values", "value")),
        p.denominator().map(d -> (JsonNode) DecimalNode.valueOf(readable(d, "published-values", "denominator")))
            .orElse(null),
        p.unit().name(), p.bound().map(Enum::name).orElse(null), written(p.quantityUnit(), "published-values", "quantityUnit", p.cycle()),
        written(p.component(), "published-values", "component", p.cycle()), p.states().isEmpty() ? null : p.states(), source(Optional.of(p.source())),
        written(p.quote(), "published-values", "quote", p.cycle()),
        written(p.note(), "published-values", "note", p.cycle()));
  }

  private static JsonNode value(FactValue v) {
    if (v.type() == ValueType.DATE && v.date().isPresent()
        && v.date().get().isBefore(org.ccmkit.model.convention.ConventionDates.OPENED_FOR_SIGNATURE)) {
      throw new IllegalArgumentException("the facts table's value " + v.date().get() + " is before the Convention "
          + "opened for signature (" + org.ccmkit.model.convention.ConventionDates.OPENED_FOR_SIGNATURE
          + "), which the readers refuse");
    }
    if (v.type() == ValueType.TEXT && v.asText().isBlank()) {
      throw new IllegalArgumentException("the facts table's value is blank text ('" + v.asText() + "'): the readers "
          + "read a blank value as missing");
    }
    if (v.type() == ValueType.BOOLEAN) {
      return JsonNodeFactory.instance.booleanNode(v.bool().get());
    }
    if (v.number().isPresent()) {
      return DecimalNode.valueOf(readable(v.number().get(), "facts", "value"));
    }
    return JsonNodeFactory.instance.textNode(v.asText());
  }

  /**
   * An optional text as written: absent, or its text. A blank text cannot be written: every reader reads an empty
   * field (an empty CSV cell, {@code ""} in JSON) as absent, so it would not read back as it was.
   *
   * @throws IllegalArgumentException naming the table, the field and the row's subject
   */
  private static String written(Optional<String> text, String table, String field, String subject) {
    if (text.isPresent() && text.get().isBlank()) {
      throw new IllegalArgumentException("the " + table + " table's field '" + field + "' of " + subject
          + " is blank ('" + text.get() + "'): the readers read a blank field as absent, so it cannot be written; "
          + "leave it absent");
    }
    return text.orElse(null);
  }

  /**
   * A number the readers read back: at most {@value Fields#MAX_DIGITS} digits before and after the decimal point.
   *
   * @throws IllegalArgumentException naming the table, the field and the value
   */
  private static java.math.BigDecimal readable(java.math.BigDecimal n, String table, String field) {
    if (n.precision() - n.scale() > Fields.MAX_DIGITS || n.scale() > Fields.MAX_DIGITS) {
      throw new IllegalArgumentException("the " + table + " table's field '" + field + "' is " + n.toString()
          + ": more than " + Fields.MAX_DIGITS + " digits before or after the decimal point, which the readers refuse");
    }
    return n;
  }

  private static JsonNode number(Optional<Long> n) {
    return n.map(x -> (JsonNode) LongNode.valueOf(x)).orElse(null);
  }

  private static SourceRow source(SourceRef s) {
    return new SourceRow(s.document(), s.locator());
  }

  private static SourceRow source(Optional<SourceRef> s) {
    return s.map(DatasetRows::source).orElse(null);
  }

  private static String text(LocalDate d) {
    return d.toString();
  }

  private static String text(Optional<LocalDate> d) {
    return d.map(LocalDate::toString).orElse(null);
  }
}
