package org.ccmkit.model.obligation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import org.ccmkit.model.state.State;

/** What must hold of a transparency report's status for any knowledge of its submission: unknown is never overdue. */
@StatisticsReport(onFailureOnly = true)
class SubmissionKnowledgeProperties {

  /** A report, what is known of it, and a day to look at it on. */
  record Case(TransparencyReport report, LocalDate date) {}

  @Provide
  Arbitrary<Case> cases() {
    Arbitrary<LocalDate> eif = Arbitraries.integers().between(0, 5000).map(d -> LocalDate.of(2010, 8, 1).plusDays(d));
    Arbitrary<Integer> offset = Arbitraries.integers().between(-400, 3000);
    Arbitrary<Integer> mode = Arbitraries.integers().between(0, 3);
    // The day looked at runs from entry into force (before it the report does not apply) to years after the due date.
    Arbitrary<Integer> days = Arbitraries.integers().between(0, 3500);
    return Combinators.combine(eif, offset, offset, mode, Arbitraries.of(true, false), days)
        .as((start, known, also, how, complete, look) -> {
          TransparencyReport base = TransparencyReport.initial(State.of("XAA", "A generated State"), start);
          LocalDate k = base.due().plusDays(known);
          LocalDate n = k.minusDays(Math.abs(also) + 1);
          TransparencyReport r = switch (how) {
            case 0 -> base.withSubmission(Optional.of(k), Optional.empty(), Optional.empty(), complete);
            case 1 -> base.withSubmission(Optional.empty(), Optional.of(k), Optional.empty(), complete);
            case 2 -> base.withSubmission(Optional.empty(), Optional.empty(), Optional.of(k), complete);
            default -> base.withSubmission(Optional.empty(), Optional.of(k), Optional.of(n), complete);
          };
          return new Case(r, start.plusDays(look));
        });
  }

  @Property(tries = 500)
  void aReportIsOverdueOnlyWhereItIsKnownNotSubmittedAfterItsDueDate(@ForAll("cases") Case c) {
    ObligationStatus status = c.report().statusOn(c.date());
    Statistics.label("status").collect(status);
    if (status == ObligationStatus.OVERDUE) {
      assertEquals(Optional.of(false), c.report().submittedAsOf(c.date()), c.toString());
      assertTrue(c.date().isAfter(c.report().due()), c.toString());
    }
    assertEquals(status == ObligationStatus.UNKNOWN, c.report().submittedAsOf(c.date()).isEmpty(), c.toString());
    assertEquals(status.isCompleted(), c.report().submittedAsOf(c.date()).orElse(false), c.toString());
    Statistics.label("status").coverage(k -> {
      k.check(ObligationStatus.OVERDUE).percentage(p -> p > 2);
      k.check(ObligationStatus.UNKNOWN).percentage(p -> p > 5);
      k.check(ObligationStatus.COMPLETED_TIMELINESS_UNKNOWN).percentage(p -> p > 1);
    });
  }

  @Property(tries = 500)
  void knowingThatEverySubmissionIsRecordedNeverTurnsAKnownStatusIntoAnother(@ForAll("cases") Case c) {
    TransparencyReport r = c.report();
    TransparencyReport complete = r.withSubmission(r.submittedOn(), r.submittedBy(), r.notSubmittedOn(), true);
    ObligationStatus partial = r.withSubmission(r.submittedOn(), r.submittedBy(), r.notSubmittedOn(), false)
        .statusOn(c.date());
    if (partial.isKnown()) {
      assertEquals(partial, complete.statusOn(c.date()), c.toString());
    }
  }
}
