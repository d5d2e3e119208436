package org.ccmkit.io.table;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.ccmkit.indicators.data.Bound;
import org.ccmkit.indicators.data.ExtensionRequest;
import org.ccmkit.indicators.data.PublishedValue;
import org.ccmkit.indicators.data.ReportSubmission;
import org.ccmkit.io.read.FailureKind;
import org.ccmkit.model.SourceRef;
import org.ccmkit.model.obligation.ReportKind;
import org.ccmkit.model.plan.FigureUnit;

/** Rows of the extension-requests, submissions, published-values and state-attributes tables. */
final class RecordConverters {

  private RecordConverters() {}

  /** Extension requests; the same request (State, article, meeting) twice is a {@link FailureKind#DUPLICATE}. */
  static RowConverter<ExtensionRequestRow, ExtensionRequest> extensionRequests(Known known) {
    Set<String> seen = new HashSet<>();
    return (row, context) -> {
      Fields f = new Fields(context);
      Optional<String> state = known.stateCode(f, "state", row.state());
      Optional<Integer> article = f.integer("article", row.article());
      article.filter(a -> a != 3 && a != 4).ifPresent(a -> context.fail(FailureKind.INVALID_VALUE, "article",
          "extensions are requested under Article 3 or 4 only", String.valueOf(a), "3 or 4"));
      Optional<String> meeting = known.meeting(f, "meeting", row.meeting());
      Optional<LocalDate> requested = f.optionalDate("requestedUntil", row.requestedUntil());
      Optional<LocalDate> granted = f.optionalDate("grantedUntil", row.grantedUntil());
      Optional<SourceRef> source = f.source("source", row.source());
      if (context.hasFailures()) {
        return Optional.empty();
      }
      ExtensionRequest request = ExtensionRequest.builder().state(state.get()).article(article.get())
          .meeting(meeting.get()).requestedUntil(requested).grantedUntil(granted).source(source.get()).build();
      return CalendarConverters.once(seen, request.id(), context, "", "extension request").map(x -> request);
    };
  }

  /**
   * Published values. A figure larger than its denominator is a {@link FailureKind#NUMERATOR_EXCEEDS_DENOMINATOR}
   * (except for percentages, whose denominator is the population they are a share of).
   */
  static RowConverter<PublishedValueRow, PublishedValue> publishedValues(Known known) {
    return (row, context) -> {
      Fields f = new Fields(context);
      Optional<String> indicator = known.indicator(f, "indicator", row.indicator());
      Optional<String> cycle = f.text("cycle", row.cycle());
      Optional<BigDecimal> value = f.decimal("value", row.value());
      Optional<BigDecimal> denominator = f.optionalDecimal("denominator", row.denominator());
      Optional<FigureUnit> unit = f.constant("unit", row.unit(), FigureUnit.class);
      Optional<Bound> bound = row.bound() == null || row.bound().isBlank() ? Optional.empty()
          : f.constant("bound", row.bound(), Bound.class);
      ImmutableList.Builder<String> states = ImmutableList.builder();
      if (row.states() != null) {
        for (int i = 0; i < row.states().size(); i++) {
          known.stateCode(f, "states." + i, row.states().get(i)).ifPresent(states::add);
        }
      }
      Optional<SourceRef> source = f.source("source", row.source());
      if (value.isPresent() && denominator.isPresent() && unit.isPresent() && unit.get() != FigureUnit.PERCENT
          && value.get().compareTo(denominator.get()) > 0) {
        context.fail(FailureKind.NUMERATOR_EXCEEDS_DENOMINATOR, "value",
            "figure is larger than its denominator " + denominator.get().toPlainString(), value.get().toPlainString(),
            "at most " + denominator.get().toPlainString());
      }
      if (context.hasFailures()) {
        return Optional.empty();
      }
      return Optional.of(PublishedValue.builder().indicator(indicator).cycle(cycle.get()).value(value.get())
          .denominator(denominator).unit(unit.get()).bound(bound).period(Fields.optionalText(row.period()))
          .component(Fields.optionalText(row.component())).quantityUnit(Fields.optionalText(row.quantityUnit()))
          .states(states.build()).source(source.get()).quote(Fields.optionalText(row.quote()))
          .note(Fields.optionalText(row.note())).build());
    };
  }

  /**
   * Article 7 submissions. A row must give exactly one of {@code submittedOn}, {@code submittedBy} and {@code
   * notSubmittedOn} ({@link FailureKind#MISSING_FIELD} for none, {@link FailureKind#INVALID_VALUE} for several), and
   * {@code coveredYear} for an annual report and only for one; the same report from the same source twice is a
   * {@link FailureKind#DUPLICATE}.
   */
  static RowConverter<SubmissionRow, ReportSubmission> submissions(Known known) {
    Set<String> seen = new HashSet<>();
    return (row, context) -> {
      Fields f = new Fields(context);
      Optional<String> state = known.stateCode(f, "state", row.state());
      Optional<ReportKind> report = f.constant("report", row.report(), ReportKind.class);
      Optional<Integer> year = f.optionalInteger("coveredYear", row.coveredYear());
      Optional<LocalDate> on = f.optionalDate("submittedOn", row.submittedOn());
      Optional<LocalDate> by = f.optionalDate("submittedBy", row.submittedBy());
      Optional<LocalDate> notOn = f.optionalDate("notSubmittedOn", row.notSubmittedOn());
      Optional<SourceRef> source = f.source("source", row.source());
      if (report.isPresent() && report.get() == ReportKind.ANNUAL && year.isEmpty() && !context.hasFailures()) {
        context.fail(FailureKind.MISSING_FIELD, "coveredYear", "an annual report needs the year it covers", null,
            "a year, e.g. 2024 for the report due 30 April 2025");
      }
      if (report.isPresent() && report.get() == ReportKind.INITIAL && year.isPresent()) {
        context.fail(FailureKind.INVALID_VALUE, "coveredYear", "an initial report covers no year",
            String.valueOf(year.get()), "empty for an initial report");
      }
      int given = (Fields.optionalText(row.submittedOn()).isPresent() ? 1 : 0)
          + (Fields.optionalText(row.submittedBy()).isPresent() ? 1 : 0)
          + (Fields.optionalText(row.notSubmittedOn()).isPresent() ? 1 : 0);
      if (given == 0) {
        context.fail(FailureKind.MISSING_FIELD, "submittedOn", "say what is known of the report", null,
            "one of submittedOn, submittedBy or notSubmittedOn");
      } else if (given > 1) {
        context.fail(FailureKind.INVALID_VALUE, "submittedOn", "more than one of submittedOn, submittedBy and "
                + "notSubmittedOn", row.submittedOn() + ", " + row.submittedBy() + ", " + row.notSubmittedOn(),
            "exactly one; give a second row, from its own source, for a second thing known of the same report");
      }
      if (context.hasFailures()) {
        return Optional.empty();
      }
      ReportSubmission s = ReportSubmission.builder().state(state.get()).report(report.get())
          .coveredYear(report.get() == ReportKind.ANNUAL ? year : Optional.empty()).submittedOn(on).submittedBy(by)
          .notSubmittedOn(notOn).source(source.get()).quote(Fields.optionalText(row.quote()))
          .note(Fields.optionalText(row.note())).build();
      return CalendarConverters.once(seen, s.report(true) + "|" + s.source(), context, "",
          "statement of a report from one source").map(x -> s);
    };
  }

  /** State attributes; the same attribute of a State twice is a {@link FailureKind#DUPLICATE}. */
  static RowConverter<StateAttributeRow, StateAttribute> stateAttributes(Known known) {
    Set<String> seen = new HashSet<>();
    return (row, context) -> {
      Fields f = new Fields(context);
      Optional<String> state = known.stateCode(f, "state", row.state());
      Optional<String> attribute = f.text("attribute", row.attribute());
      Optional<String> value = f.text("value", row.value());
      if (context.hasFailures()) {
        return Optional.empty();
      }
      return CalendarConverters.once(seen, state.get() + "|" + attribute.get(), context, "attribute",
          "attribute of a State").map(x -> StateAttribute.of(state.get(), attribute.get(), value.get()));
    };
  }
}
