package org.ccmkit.model.obligation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import org.ccmkit.model.convention.ConventionDates;
import org.ccmkit.model.state.State;

/** Deadlines, extensions and statuses behave as the Convention says for every sequence of extensions and dates. */
@StatisticsReport(onFailureOnly = true)
class ObligationProperties {

  private static final State STATE = State.of("XYZ", "Example");

  /** A plan for one extension: when in the running period it is granted, and by how many days it extends. */
  record Step(double grantFraction, int extraDays) {}

  @Provide
  Arbitrary<LocalDate> entryIntoForce() {
    return Arbitraries.integers().between(0, 365 * 25)
        .map(d -> ConventionDates.CONVENTION_ENTRY_INTO_FORCE.plusDays(d).withDayOfMonth(1));
  }

  @Provide
  Arbitrary<List<Step>> steps() {
    Arbitrary<Step> step = Combinators.combine(
        Arbitraries.doubles().between(0.0, 1.0), Arbitraries.integers().between(1, 5 * 366 + 10))
        .as(Step::new);
    return step.list().ofMaxSize(4);
  }

  /** Builds the extensions a sequence of steps describes, keeping those within Article 4's limits. */
  static List<Extension> extensions(LocalDate originalDeadline, LocalDate start, List<Step> steps, Period max) {
    List<Extension> out = new ArrayList<>();
    LocalDate deadline = originalDeadline;
    LocalDate lastGrant = start;
    int meeting = 1;
    for (Step s : steps) {
      long span = ChronoUnit.DAYS.between(lastGrant, deadline);
      LocalDate granted = lastGrant.plusDays((long) (span * s.grantFraction()));
      LocalDate next = deadline.plusDays(s.extraDays());
      if (next.isAfter(deadline.plus(max))) {
        next = deadline.plus(max);
      }
      out.add(Extension.of(meeting++ + "MSP", granted, next));
      deadline = next;
      lastGrant = granted;
    }
    return out;
  }

  @Property
  void deadlinesMoveOnlyForwardAndByPermittedAmounts(@ForAll("entryIntoForce") LocalDate eif,
      @ForAll("steps") List<Step> steps) {
    Clearance base = Clearance.atEntryIntoForce(STATE, eif);
    Clearance c = Clearance.builder().from(base)
        .extensions(extensions(base.originalDeadline().get(), eif, steps, ConventionDates.MAX_ARTICLE_4_EXTENSION))
        .build();
    LocalDate previous = c.originalDeadline().get();
    for (Extension e : c.extensions()) {
      assertTrue(e.newDeadline().isAfter(previous));
      assertFalse(e.newDeadline().isAfter(previous.plusYears(5)));
      previous = e.newDeadline();
    }
    assertEquals(Optional.of(previous), c.currentDeadline());
  }

  @Property
  void anExtensionBeyondTheMaximumIsAlwaysRefused(@ForAll("entryIntoForce") LocalDate eif,
      @ForAll("steps") List<Step> steps, @ForAll("extraDays") int tooMany) {
    StockpileDestruction base = StockpileDestruction.of(STATE, eif);
    List<Extension> ok = extensions(base.originalDeadline().get(), eif, steps, ConventionDates.MAX_ARTICLE_3_EXTENSION);
    LocalDate deadline = ok.isEmpty() ? base.originalDeadline().get() : ok.get(ok.size() - 1).newDeadline();
    LocalDate granted = ok.isEmpty() ? eif : ok.get(ok.size() - 1).grantedOn();
    List<Extension> all = new ArrayList<>(ok);
    all.add(Extension.of("99MSP", granted, deadline.plusYears(4).plusDays(tooMany)));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> StockpileDestruction.builder().from(base).extensions(all).build());
    assertTrue(e.getMessage().contains("maximum of 4 years"), e.getMessage());
  }

  @Provide
  Arbitrary<Integer> extraDays() {
    return Arbitraries.integers().between(1, 2000);
  }

  @Provide
  Arbitrary<Integer> days() {
    return Arbitraries.integers().between(-400, 365 * 30);
  }

  @Property
  void statusIsConsistentAsTheDateAdvances(@ForAll("entryIntoForce") LocalDate eif, @ForAll("steps") List<Step> steps,
      @ForAll("days") int completionDay, @ForAll("days") int d1, @ForAll("days") int d2) {
    Clearance base = Clearance.atEntryIntoForce(STATE, eif);
    ImmutableClearance.Builder b = Clearance.builder().from(base)
        .extensions(extensions(base.originalDeadline().get(), eif, steps, ConventionDates.MAX_ARTICLE_4_EXTENSION));
    if (completionDay >= 0) {
      b.completedOn(eif.plusDays(completionDay));
    }
    Clearance c = b.build();
    LocalDate early = eif.plusDays(Math.min(d1, d2));
    LocalDate late = eif.plusDays(Math.max(d1, d2));
    ObligationStatus before = c.statusOn(early);
    ObligationStatus after = c.statusOn(late);
    if (before.isCompleted()) {
      assertEquals(before, after, "completed stays completed");
    }
    if (before == ObligationStatus.OVERDUE) {
      assertTrue(after == ObligationStatus.OVERDUE || after == ObligationStatus.COMPLETED_LATE,
          "overdue turns only into completed late, was " + after);
    }
    if (after == ObligationStatus.OVERDUE) {
      assertTrue(late.isAfter(c.deadlineOn(late).get()), "overdue only after the deadline in force");
    }
    if (before.isOutstanding() && after == ObligationStatus.NOT_APPLICABLE) {
      throw new AssertionError("an outstanding obligation does not become not applicable without ceasing");
    }
  }

  @Property
  void pendingTurnsOverdueExactlyTheDayAfterTheDeadline(@ForAll("entryIntoForce") LocalDate eif) {
    StockpileDestruction s = StockpileDestruction.of(STATE, eif);
    LocalDate deadline = s.originalDeadline().get();
    assertEquals(ObligationStatus.PENDING, s.statusOn(deadline));
    assertEquals(ObligationStatus.OVERDUE, s.statusOn(deadline.plusDays(1)));
  }

  @Property
  void annualReportsAreOwedOncePerYearWithoutGaps(@ForAll("entryIntoForce") LocalDate eif) {
    ImmutableList<TransparencyReport> owed = TransparencyReport.owedBy(
        org.ccmkit.model.state.Standing.deposited(STATE, null, eif.minusMonths(6), org.ccmkit.model.state.InstrumentKind.ACCESSION),
        LocalDate.of(2060, 1, 1));
    assertEquals(ReportKind.INITIAL, owed.get(0).kind());
    for (int i = 2; i < owed.size(); i++) {
      assertEquals(owed.get(i - 1).coveredYear().get() + 1, owed.get(i).coveredYear().get());
    }
  }

  @Property
  void anIncompleteHistoryOfExtensionsOnlyTurnsKnownLatenessIntoUnknown(@ForAll("entryIntoForce") LocalDate eif,
      @ForAll("steps") List<Step> steps, @ForAll("offsets") int dayOffset, @ForAll("afterStart") int completionOffset,
      @ForAll boolean completed) {
    Clearance base = Clearance.atEntryIntoForce(STATE, eif);
    Clearance complete = Clearance.builder().from(base)
        .extensions(extensions(base.originalDeadline().get(), eif, steps, ConventionDates.MAX_ARTICLE_4_EXTENSION))
        .completedOn(completed ? Optional.of(eif.plusDays(completionOffset)) : Optional.empty())
        .build();
    Clearance incomplete = Clearance.builder().from(complete).extensionsComplete(false).build();
    LocalDate date = eif.plusDays(dayOffset);
    ObligationStatus known = complete.statusOn(date);
    ObligationStatus unknown = incomplete.statusOn(date);
    // Not vacuous: the generated cases include both statuses the incomplete history changes.
    Statistics.label("status").collect(known).coverage(c -> {
      c.check(ObligationStatus.OVERDUE).count((Integer n) -> n > 0);
      c.check(ObligationStatus.COMPLETED_LATE).count((Integer n) -> n > 0);
    });
    switch (known) {
      case OVERDUE -> assertEquals(ObligationStatus.DEADLINE_UNKNOWN, unknown);
      case COMPLETED_LATE -> assertEquals(ObligationStatus.COMPLETED_TIMELINESS_UNKNOWN, unknown);
      default -> assertEquals(known, unknown);
    }
    assertEquals(known.isOutstanding(), unknown.isOutstanding());
    assertEquals(known.isCompleted(), unknown.isCompleted());
  }

  @Provide
  Arbitrary<Integer> offsets() {
    return Arbitraries.integers().between(-400, 365 * 25).withDistribution(RandomDistribution.uniform());
  }

  @Provide
  Arbitrary<Integer> afterStart() {
    return Arbitraries.integers().between(0, 365 * 25).withDistribution(RandomDistribution.uniform());
  }
}
