package org.ccmkit.model.obligation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import net.jqwik.api.statistics.StatisticsReport;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.statistics.Statistics;
import org.ccmkit.model.calendar.DueDate;
import org.ccmkit.model.calendar.Meeting;
import org.ccmkit.model.calendar.MeetingKind;
import org.ccmkit.model.convention.ConventionDates;
import org.ccmkit.model.state.InstrumentKind;
import org.ccmkit.model.state.Standing;
import org.ccmkit.model.state.State;

/** The due-date rules hold for every deadline, meeting calendar and standing. */
@StatisticsReport(onFailureOnly = true)
class DueRulesProperties {

  private static final State STATE = State.of("XYZ", "Example");

  @Provide
  Arbitrary<LocalDate> days() {
    return Arbitraries.integers().between(0, 365 * 30).map(d -> ConventionDates.CONVENTION_ENTRY_INTO_FORCE.plusDays(d));
  }

  /** Meetings in some years from 2010 to 2040 (each year held or not), some with their day known. */
  @Provide
  Arbitrary<List<Meeting>> calendars() {
    return Arbitraries.integers().between(0, 1000).withDistribution(RandomDistribution.uniform()).list().ofSize(31).map(codes -> {
      List<Meeting> meetings = new ArrayList<>();
      for (int i = 0; i < codes.size(); i++) {
        int year = 2010 + i;
        int code = codes.get(i);
        if (code < 300) {
          continue;
        }
        var b = Meeting.builder().kind(MeetingKind.MSP).ordinal(meetings.size() + 1).year(year);
        if (code > 600) {
          b.date(LocalDate.of(year, 1, 1).plusDays(code % 365));
        }
        meetings.add(b.build());
      }
      return meetings;
    });
  }

  @Property
  void anExtensionRequestDateIsNeverAfterItsDeadline(@ForAll("days") LocalDate deadline,
      @ForAll("calendars") List<Meeting> meetings) {
    Optional<Meeting> meeting = DueRules.meetingConsidering(deadline, meetings);
    DueDate due = DueRules.extensionRequestDue(deadline, meeting);
    Statistics.label("meeting").collect(meeting.map(m -> m.date().isPresent() ? "day known" : "year only")
        .orElse("none"));
    assertTrue(due.latest().isBefore(deadline), () -> due + " for deadline " + deadline);
    assertEquals(meeting.flatMap(Meeting::date).isPresent(), due.isExact(), due::toString);
    meeting.ifPresent(m -> assertTrue(m.year() >= deadline.getYear() - 1 && m.year() <= deadline.getYear()));
  }

  @Provide
  Arbitrary<Standing> standings() {
    return Arbitraries.integers().between(0, 365 * 16).flatMap(d -> Arbitraries.integers().between(-1, 4000)
        .edgeCases(c -> c.add(-1)).map(w -> {
          LocalDate deposit = ConventionDates.OPENED_FOR_SIGNATURE.plusDays(d);
          var b = Standing.builder().state(STATE).deposit(deposit).instrumentKind(InstrumentKind.ACCESSION);
          if (w >= 0) {
            b.withdrawalNotified(deposit.plusDays(w + 1));
          }
          return b.build();
        }));
  }

  @Property
  void annualReportsAreOwedOncePerYearFromTheYearAfterEntryIntoForceNeverAfterWithdrawal(
      @ForAll("standings") Standing standing, @ForAll("days") LocalDate until) {
    LocalDate eif = standing.entryIntoForce().get();
    List<TransparencyReport> annual = TransparencyReport.owedBy(standing, until).stream()
        .filter(r -> r.kind() == ReportKind.ANNUAL).toList();
    Statistics.label("withdrawn").collect(standing.withdrawalEffective().isPresent());
    for (int i = 0; i < annual.size(); i++) {
      TransparencyReport r = annual.get(i);
      assertTrue(r.due().getYear() > eif.getYear(), () -> r + " due before the year after entry into force " + eif);
      assertTrue(standing.withdrawalEffective().map(w -> r.due().isBefore(w)).orElse(true),
          () -> r + " due after withdrawal took effect " + standing.withdrawalEffective());
      assertTrue(!r.due().isAfter(until));
      if (i > 0) {
        // once per year: consecutive covered years, so no year twice and none skipped
        assertEquals(annual.get(i - 1).coveredYear().get() + 1, r.coveredYear().get());
      }
    }
    // and every year from the one after the initial report falls due, while party and due by `until`
    LocalDate firstDue = ConventionDates.annualReportDue(ConventionDates.initialReportDue(eif).getYear());
    long expected = 0;
    for (LocalDate d = firstDue; !d.isAfter(until); d = d.plusYears(1)) {
      final LocalDate due = d;
      if (standing.withdrawalEffective().map(w -> due.isBefore(w)).orElse(true)) {
        expected++;
      }
    }
    assertEquals(expected, annual.size());
  }
}
