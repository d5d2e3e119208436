package org.ccmkit.io.table;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ccmkit.io.read.FailureKind;
import org.ccmkit.model.SourceRef;
import org.ccmkit.model.obligation.Clearance;
import org.ccmkit.model.obligation.ClearanceGround;
import org.ccmkit.model.obligation.Extension;
import org.ccmkit.model.obligation.Obligation;
import org.ccmkit.model.obligation.ReportKind;
import org.ccmkit.model.obligation.Retention;
import org.ccmkit.model.obligation.StockpileDestruction;
import org.ccmkit.model.obligation.TransparencyReport;
import org.ccmkit.model.obligation.VictimAssistance;
import org.ccmkit.model.obligation.VictimAssistanceMeasure;
import org.ccmkit.model.state.State;

/**
 * Rows of the obligations table to obligations, dispatching on the {@code obligation} field (plain data, no
 * polymorphic typing). A field that does not apply to the obligation's type is an {@link FailureKind#UNKNOWN_FIELD}:
 * it was most likely meant for another row.
 */
final class ObligationConverter implements RowConverter<ObligationRow, Obligation> {

  private final Known known;

  ObligationConverter(Known known) {
    this.known = known;
  }

  @Override
  public Optional<Obligation> convert(ObligationRow row, RowContext context) {
    Fields f = new Fields(context);
    Optional<State> state = known.state(f, "state", row.state());
    Optional<ObligationType> type = f.constant("obligation", row.obligation(), ObligationType.class);
    Optional<LocalDate> completedOn = f.optionalDate("completedOn", row.completedOn());
    Optional<LocalDate> ceasedOn = f.optionalDate("ceasedOn", row.ceasedOn());
    Optional<SourceRef> source = f.optionalSource("source", row.source());
    ImmutableList<Extension> extensions = extensions(f, row.extensions());
    boolean extensionsComplete = f.optionalBoolean("extensionsComplete", row.extensionsComplete()).orElse(true);
    if (type.isEmpty()) {
      return Optional.empty();
    }
    notApplicable(f, type.get(), row);
    Optional<LocalDate> start = type.get() == ObligationType.TRANSPARENCY_REPORT
        ? f.optionalDate("start", row.start())
        : f.date("start", row.start());
    switch (type.get()) {
      case STOCKPILE_DESTRUCTION:
        return build(context, () -> StockpileDestruction.builder().state(state.get()).start(start.get())
            .extensions(extensions).extensionsComplete(extensionsComplete).completedOn(completedOn).ceasedOn(ceasedOn)
            .source(source).build());
      case CLEARANCE: {
        Optional<ClearanceGround> ground = f.constant("ground", row.ground(), ClearanceGround.class);
        Optional<String> declaration = Fields.optionalText(row.declarationOfCompliance());
        declaration.ifPresent(d -> known.meeting(f, "declarationOfCompliance", d));
        return build(context, () -> Clearance.builder().state(state.get()).ground(ground.get()).start(start.get())
            .extensions(extensions).extensionsComplete(extensionsComplete).completedOn(completedOn)
            .declarationOfCompliance(declaration).ceasedOn(ceasedOn).source(source).build());
      }
      case RETENTION: {
        Optional<Long> munitions = f.optionalLong("clusterMunitionsRetained", row.clusterMunitionsRetained());
        Optional<Long> submunitions = f.optionalLong("submunitionsRetained", row.submunitionsRetained());
        return build(context, () -> Retention.builder().state(state.get()).start(start.get())
            .clusterMunitionsRetained(munitions).submunitionsRetained(submunitions).completedOn(completedOn)
            .ceasedOn(ceasedOn).source(source).build());
      }
      case VICTIM_ASSISTANCE: {
        List<VictimAssistanceMeasure> measures = new ArrayList<>();
        if (row.measuresInPlace() != null) {
          for (int i = 0; i < row.measuresInPlace().size(); i++) {
            f.constant("measuresInPlace." + i, row.measuresInPlace().get(i), VictimAssistanceMeasure.class)
                .ifPresent(measures::add);
          }
        }
        return build(context, () -> VictimAssistance.builder().state(state.get()).start(start.get())
            .measuresInPlace(ImmutableSet.copyOf(measures)).ceasedOn(ceasedOn).source(source).build());
      }
      case TRANSPARENCY_REPORT: {
        Optional<ReportKind> kind = f.constant("report", row.report(), ReportKind.class);
        Optional<Integer> year = f.optionalInteger("coveredYear", row.coveredYear());
        Optional<LocalDate> submitted = f.optionalDate("submittedOn", row.submittedOn());
        if (kind.isPresent() && kind.get() == ReportKind.ANNUAL && year.isEmpty()
            && Fields.isAbsent(row.coveredYear())) {
          context.fail(FailureKind.MISSING_FIELD, "coveredYear", "an annual report needs the year it covers", null,
              "a year such as 2024");
        }
        if (kind.isPresent() && kind.get() == ReportKind.INITIAL && start.isEmpty() && row.start() == null) {
          context.fail(FailureKind.MISSING_FIELD, "start", "an initial report needs the date of entry into force",
              null, "an ISO date such as 2011-03-01");
        }
        return build(context, () -> TransparencyReport.builder().state(state.get()).kind(kind.get())
            .start(start.orElseGet(() -> LocalDate.of(year.get() + 1, 1, 1))).coveredYear(year)
            .submittedOn(submitted).ceasedOn(ceasedOn).source(source).build());
      }
      default:
        throw new IllegalStateException("unhandled obligation type " + type.get());
    }
  }

  private static Optional<Obligation> build(RowContext context, java.util.function.Supplier<Obligation> obligation) {
    return context.hasFailures() ? Optional.empty() : Optional.of(obligation.get());
  }

  private static ImmutableList<Extension> extensions(Fields f, List<ExtensionRow> rows) {
    if (rows == null) {
      return ImmutableList.of();
    }
    ImmutableList.Builder<Extension> out = ImmutableList.builder();
    for (int i = 0; i < rows.size(); i++) {
      ExtensionRow e = rows.get(i);
      String at = "extensions." + i;
      if (e == null) {
        f.context().fail(FailureKind.WRONG_SHAPE, at, "extension is null", "null", "an extension object");
        continue;
      }
      extension(f, at + ".", e.grantedBy(), e.grantedOn(), e.requestedOn(), e.requestedDeadline(), e.newDeadline(),
          e.source()).ifPresent(out::add);
    }
    return out.build();
  }

  /** One extension's fields, named with {@code prefix}; empty with failures recorded if wrong. */
  static Optional<Extension> extension(Fields f, String prefix, String grantedBy, String grantedOn, String requestedOn,
      String requestedDeadline, String newDeadline, SourceRow source) {
    RowContext context = f.context();
    int before = context.failures().size();
    Optional<String> by = f.text(prefix + "grantedBy", grantedBy);
    Optional<LocalDate> on = f.date(prefix + "grantedOn", grantedOn);
    Optional<LocalDate> requested = f.optionalDate(prefix + "requestedOn", requestedOn);
    Optional<LocalDate> requestedUntil = f.optionalDate(prefix + "requestedDeadline", requestedDeadline);
    Optional<LocalDate> until = f.date(prefix + "newDeadline", newDeadline);
    Optional<SourceRef> ref = f.optionalSource(prefix + "source", source);
    if (context.failures().size() > before) {
      return Optional.empty();
    }
    try {
      return Optional.of(Extension.builder().grantedBy(by.get()).grantedOn(on.get()).requestedOn(requested)
          .requestedDeadline(requestedUntil).newDeadline(until.get()).source(ref).build());
    } catch (IllegalArgumentException e) {
      context.fail(FailureKind.INVALID_VALUE, prefix.isEmpty() ? "" : prefix.substring(0, prefix.length() - 1),
          e.getMessage(), null, null);
      return Optional.empty();
    }
  }

  private static void notApplicable(Fields f, ObligationType type, ObligationRow row) {
    check(f, type, "ground", row.ground() != null, type == ObligationType.CLEARANCE);
    check(f, type, "declarationOfCompliance", row.declarationOfCompliance() != null,
        type == ObligationType.CLEARANCE);
    check(f, type, "clusterMunitionsRetained", !Fields.isAbsent(row.clusterMunitionsRetained()),
        type == ObligationType.RETENTION);
    check(f, type, "submunitionsRetained", !Fields.isAbsent(row.submunitionsRetained()),
        type == ObligationType.RETENTION);
    check(f, type, "measuresInPlace", row.measuresInPlace() != null && !row.measuresInPlace().isEmpty(),
        type == ObligationType.VICTIM_ASSISTANCE);
    check(f, type, "report", row.report() != null, type == ObligationType.TRANSPARENCY_REPORT);
    check(f, type, "coveredYear", !Fields.isAbsent(row.coveredYear()), type == ObligationType.TRANSPARENCY_REPORT);
    check(f, type, "submittedOn", row.submittedOn() != null, type == ObligationType.TRANSPARENCY_REPORT);
    check(f, type, "extensions", row.extensions() != null && !row.extensions().isEmpty(), type.isExtensible());
    check(f, type, "extensionsComplete", !Fields.isAbsent(row.extensionsComplete()), type.isExtensible());
    check(f, type, "completedOn", row.completedOn() != null, type != ObligationType.VICTIM_ASSISTANCE
        && type != ObligationType.TRANSPARENCY_REPORT);
  }

  private static void check(Fields f, ObligationType type, String field, boolean given, boolean applies) {
    if (given && !applies) {
      f.context().fail(FailureKind.UNKNOWN_FIELD, field, "field does not apply to a " + type + " obligation", field,
          "only the fields of a " + type + " obligation (see docs/formats.md)");
    }
  }
}
