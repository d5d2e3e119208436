package org.ccmkit.indicators.calendar;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.ccmkit.indicators.data.ExtensionRequest;
import org.ccmkit.indicators.data.MonitoringDataset;
import org.ccmkit.model.SourceRef;
import org.ccmkit.model.obligation.Clearance;
import org.ccmkit.model.obligation.DueItem;
import org.ccmkit.model.obligation.DueKind;
import org.ccmkit.model.obligation.DueRules;
import org.ccmkit.model.obligation.Obligation;
import org.ccmkit.model.obligation.Retention;
import org.ccmkit.model.obligation.StockpileDestruction;
import org.ccmkit.model.state.Standing;
import org.immutables.value.Value;

/**
 * What falls due between two dates, for every State Party of a dataset: Article 3 and 4 deadlines (original or
 * extended) and the latest day to request their extension (Art. 3(5), 4(6)), Article 7 initial and annual reports
 * (7(1), 7(2)), Article 3(8) retention reports and Article 4(1)(c) declarations of compliance; each with its legal
 * basis, its due date (a bound where it counts from a meeting whose day is not known), and its status on the day it is
 * seen from ({@link #asOf()}, a parameter: no clock).
 *
 * <p>An item is listed when it can fall in the window: an exact date in it, or a bound that overlaps it. A past item
 * that is outstanding is overdue only where the data know it; the published record, which knows no annual report's
 * submission and no extension granted, says {@code UNKNOWN} or {@code DEADLINE_UNKNOWN} instead. Where the dataset
 * lists extension requests of the State under the article, the deadline and request items name them with their
 * sources.
 */
@Value.Immutable
public abstract class ObligationCalendar {

  /** Implemented in this package only (by the generated immutable class). */
  ObligationCalendar() {}

  /** {@return the first day of the window} */
  public abstract LocalDate start();

  /** {@return the last day of the window} */
  public abstract LocalDate end();

  /** {@return the day the calendar is seen from: statuses are on this day} */
  public abstract LocalDate asOf();

  /** {@return every item that can fall in the window, by due date, then State, then kind} */
  public abstract ImmutableList<DueItem> items();

  /**
   * The calendar of {@code dataset} from {@code from} to {@code to} (both included), seen on {@code asOf}.
   *
   *
   * @param dataset the monitoring dataset
   * @param from the from
   * @param to the to
   * @param asOf the date on which what is past, outstanding or unknown is judged
   * @return the calendar of {@code dataset} from {@code from} to {@code to} (both included), seen on {@code asOf}
   * @throws IllegalArgumentException if an argument is null or {@code to} is before {@code from}
   */
  public static ObligationCalendar of(MonitoringDataset dataset, LocalDate from, LocalDate to, LocalDate asOf) {
    checkArgument(dataset != null, "dataset must not be null");
    checkArgument(from != null && to != null, "the window needs both days, was from=%s, to=%s", from, to);
    checkArgument(!to.isBefore(from), "the window's last day %s must not be before its first day %s", to, from);
    checkArgument(asOf != null, "asOf (the day the calendar is seen from) must not be null");
    List<DueItem> items = new ArrayList<>();
    for (Standing s : dataset.register().byCode().values()) {
      if (s.entryIntoForce().isEmpty()) {
        continue;
      }
      String code = s.state().code();
      DueRules.reports(dataset.transparencyReports(code, to), asOf).stream()
          .filter(i -> i.due().canFallBetween(from, to)).forEach(items::add);
      for (Obligation o : dataset.obligationsByState().get(code)) {
        List<DueItem> owed = new ArrayList<>();
        owed.addAll(DueRules.deadlines(o, asOf));
        owed.addAll(DueRules.extensionRequests(o, dataset.meetings(), asOf));
        if (o instanceof Retention) {
          owed.addAll(DueRules.retentionReports((Retention) o, to.getYear() - 1, asOf));
        }
        if (o instanceof Clearance) {
          DueRules.declarationOfCompliance((Clearance) o, dataset.meetings(), asOf).ifPresent(owed::add);
        }
        owed.stream().filter(i -> i.due().canFallBetween(from, to)).map(i -> withRequests(i, o, dataset, asOf))
            .forEach(items::add);
      }
    }
    items.sort(null);
    return ImmutableObligationCalendar.builder().start(from).end(to).asOf(asOf).items(items).build();
  }

  /**
   * The items of the State with ISO code {@code state}.
   *
   * @param state the State's ISO 3166-1 alpha-3 code
   * @return the items of the State with ISO code {@code state}
   */
  public ImmutableList<DueItem> items(String state) {
    return items().stream().filter(i -> i.state().code().equals(state)).collect(ImmutableList.toImmutableList());
  }

  /**
   * The items of one kind.
   *
   * @param kind the kind
   * @return the items of one kind
   */
  public ImmutableList<DueItem> items(DueKind kind) {
    return items().stream().filter(i -> i.kind() == kind).collect(ImmutableList.toImmutableList());
  }

  /** {@return the items known to be overdue on {@link #asOf()}} */
  public ImmutableList<DueItem> overdue() {
    return items().stream().filter(DueItem::isOverdue).collect(ImmutableList.toImmutableList());
  }

  /** {@return the items past on {@link #asOf()} whose fulfilment the data do not know} */
  public ImmutableList<DueItem> pastAndUnknown() {
    return items().stream().filter(DueItem::isPastAndUnknown).collect(ImmutableList.toImmutableList());
  }

  /** An Article 3 or 4 item with the extension requests of its State under that article the dataset lists. */
  private static DueItem withRequests(DueItem item, Obligation o, MonitoringDataset dataset, LocalDate asOf) {
    if (!(o instanceof Clearance || o instanceof StockpileDestruction) || item.kind() == DueKind.DECLARATION_OF_COMPLIANCE) {
      return item;
    }
    List<ExtensionRequest> requests = dataset.extensionRequests(o.state().code(), o.legalBasis().article(), asOf);
    if (requests.isEmpty()) {
      return item;
    }
    String note = "extension requests on record, considered at the " + requests.stream()
        .map(r -> r.meeting() + r.grantedUntil().map(g -> " (granted until " + g + ")").orElse(""))
        .collect(Collectors.joining(", ")) + "; the deadlines they asked for and were granted are "
        + (requests.stream().allMatch(r -> r.grantedUntil().isPresent()) ? "on record" : "not all on record");
    List<SourceRef> sources = requests.stream().map(ExtensionRequest::source).distinct().toList();
    return item.withNotes(ImmutableList.of(note), sources);
  }

  /** Validates the attributes on construction; a failure names the field and the value. */
  @Value.Check
  protected void check() {
    for (DueItem i : items()) {
      checkArgument(i.due().canFallBetween(start(), end()), "ObligationCalendar %s to %s holds an item due %s: %s",
          start(), end(), i.due(), i);
    }
  }

  @Override
  public String toString() {
    return "Obligation calendar " + start() + " to " + end() + " seen on " + asOf() + ": " + items().size() + " items";
  }
}
