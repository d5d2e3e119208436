package org.ccmkit.indicators;

import org.ccmkit.indicators.testkit.DomainArbitraries;
import net.jqwik.api.statistics.StatisticsReport;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.ccmkit.indicators.calendar.ObligationCalendar;
import org.ccmkit.indicators.data.MonitoringDataset;
import org.ccmkit.model.obligation.DueItem;
import org.ccmkit.model.obligation.DueKind;
import org.ccmkit.model.obligation.ObligationStatus;
import org.ccmkit.model.state.Standing;

/** The obligation calendar holds for every dataset, window and day it is seen from. */
@StatisticsReport(onFailureOnly = true)
class CalendarProperties {

  private static final net.jqwik.api.RandomDistribution UNIFORM = net.jqwik.api.RandomDistribution.uniform();

  /** A window: its first day, from 2010 to 2030, and its length, up to three years. */
  record Window(LocalDate from, LocalDate to, LocalDate asOf) {}

  @Provide
  Arbitrary<Window> windows() {
    return net.jqwik.api.Combinators.combine(Arbitraries.integers().between(0, 365 * 20).withDistribution(UNIFORM),
        Arbitraries.integers().between(0, 365 * 3).withDistribution(UNIFORM),
        Arbitraries.integers().between(0, 365 * 22).withDistribution(UNIFORM)).as((f, l, a) -> {
          LocalDate from = LocalDate.of(2010, 1, 1).plusDays(f);
          return new Window(from, from.plusDays(l), LocalDate.of(2010, 1, 1).plusDays(a));
        });
  }

  @Provide
  Arbitrary<DomainArbitraries.Scenario> scenarios() {
    return DomainArbitraries.scenarios();
  }

  @Property(tries = 200)
  void everyItemLiesInTheWindowAndNoRequestDateIsAfterItsDeadline(@ForAll("scenarios") DomainArbitraries.Scenario s,
      @ForAll("windows") Window w) {
    MonitoringDataset dataset = s.dataset();
    ObligationCalendar calendar = ObligationCalendar.of(dataset, w.from(), w.to(), w.asOf());
    Statistics.label("kinds").collect(calendar.items().stream().map(i -> i.kind().name()).distinct().count());
    Statistics.label("extension request").collect(calendar.items().stream().anyMatch(i -> i.deadline().isPresent()));
    for (DueItem i : calendar.items()) {
      assertTrue(i.due().canFallBetween(w.from(), w.to()), () -> i + " outside " + w);
      i.due().day().ifPresent(d -> assertTrue(!d.isBefore(w.from()) && !d.isAfter(w.to()), () -> i + " " + w));
      i.deadline().ifPresent(d -> assertTrue(i.due().latest().isBefore(d), i::toString));
      // overdue only where the data know it: an annual report the data hold no submission of is never overdue
      if (i.kind() == DueKind.ANNUAL_REPORT && !dataset.submissionsComplete()) {
        assertTrue(i.status().get() != ObligationStatus.OVERDUE, i::toString);
      }
    }
  }

  @Property(tries = 200)
  void annualReportsOncePerYearPerStatePartyFromTheYearAfterEntryIntoForceNeverAfterWithdrawal(
      @ForAll("scenarios") DomainArbitraries.Scenario s, @ForAll("windows") Window w) {
    MonitoringDataset dataset = s.dataset();
    ObligationCalendar calendar = ObligationCalendar.of(dataset, w.from(), w.to(), w.asOf());
    Set<String> seen = new HashSet<>();
    for (DueItem i : calendar.items(DueKind.ANNUAL_REPORT)) {
      Standing standing = dataset.register().standing(i.state().code()).get();
      int year = i.due().latest().getYear();
      assertTrue(seen.add(i.state().code() + year), () -> "two annual reports of " + i.state() + " in " + year);
      assertTrue(year > standing.entryIntoForce().get().getYear(), i::toString);
      assertTrue(standing.withdrawalEffective().map(e -> i.due().latest().isBefore(e)).orElse(true), i::toString);
    }
    // every State Party in force on a 30 April in the window whose first annual report is due by then owes one
    for (Standing st : dataset.register().byCode().values()) {
      for (int y = w.from().getYear(); y <= w.to().getYear(); y++) {
        LocalDate due = LocalDate.of(y, 4, 30);
        if (due.isBefore(w.from()) || due.isAfter(w.to()) || st.entryIntoForce().isEmpty()) {
          continue;
        }
        LocalDate initialDue = st.entryIntoForce().get().plusDays(180);
        boolean owed = y > initialDue.getYear() && st.withdrawalEffective().map(e -> due.isBefore(e)).orElse(true);
        assertEquals(owed, seen.contains(st.state().code() + y), st + " " + y);
      }
    }
  }
}
