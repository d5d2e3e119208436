package org.ccmkit.examples;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.ccmkit.indicators.IndicatorEvaluator;
import org.ccmkit.indicators.calendar.ObligationCalendar;
import org.ccmkit.indicators.data.MonitoringDataset;
import org.ccmkit.indicators.profile.StateProfile;
import org.ccmkit.io.Catalogues;
import org.ccmkit.io.Datasets;
import org.ccmkit.io.write.StateProfileWriter;
import org.ccmkit.model.obligation.DueItem;
import org.ccmkit.model.obligation.DueKind;

/**
 * What falls due on the published record over 2026–2027, seen on 1 December 2026: how many of each kind, every item
 * that is not an annual report (Somalia's Article 4 deadline with the extension request on record, Vanuatu's initial
 * report, the Article 3(8) retention reports), the past items the record cannot tell (unknown, never "overdue"); then
 * Lao PDR's State profile on the Lausanne Action Plan at the 13MSP cycle, in Markdown.
 */
public final class WhatIsDue {

  private WhatIsDue() {}

  /**
   * Prints the calendar and the profile.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    System.out.print(render(LocalDate.of(2026, 12, 1)));
  }

  /**
   * The calendar seen on {@code asOf} and Lao PDR's profile, as text.
   *
   * @param asOf the date on which what is past, outstanding or unknown is judged
   * @return the calendar seen on {@code asOf} and Lao PDR's profile, as text
   */
  public static String render(LocalDate asOf) {
    MonitoringDataset data = Datasets.publishedRecord().dataset();
    ObligationCalendar calendar = ObligationCalendar.of(data, LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31), asOf);
    StringBuilder out = new StringBuilder(calendar + "\n");
    Map<DueKind, Long> counts = new TreeMap<>(calendar.items().stream()
        .collect(Collectors.groupingBy(DueItem::kind, Collectors.counting())));
    out.append("By kind: ").append(counts).append('\n');
    for (int year : List.of(2026, 2027)) {
      LocalDate due = LocalDate.of(year, 4, 30);
      long n = calendar.items(DueKind.ANNUAL_REPORT).stream().filter(i -> i.due().latest().equals(due)).count();
      out.append("Article 7 annual reports due ").append(due).append(" (Art. 7(2)): ").append(n).append('\n');
    }
    for (DueItem i : calendar.items()) {
      if (i.kind() != DueKind.ANNUAL_REPORT) {
        out.append("  ").append(i).append('\n');
      }
    }
    out.append("Past on ").append(asOf).append(" and unknown to the record: ").append(calendar.pastAndUnknown().size())
        .append("; known overdue: ").append(calendar.overdue().size()).append("\n\n");
    StateProfile lao = StateProfile.of(IndicatorEvaluator.of(Catalogues.dataElements()), Catalogues.lausanne(), data,
        data.cycle("13MSP").get(), "LAO");
    out.append(StateProfileWriter.markdown(lao));
    return out.toString();
  }
}
