package org.ccmkit.model.obligation;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.ccmkit.model.calendar.DueDate;
import org.ccmkit.model.calendar.Meeting;
import org.ccmkit.model.convention.ArticleRef;
import org.ccmkit.model.convention.ConventionDates;

/**
 * The Convention's rules for what falls due, as {@link DueItem}s, each with the paragraph it implements; meetings are
 * data, so a rule that counts from a meeting is exact when the meeting's day is known and a bound when only its year
 * is.
 *
 * <ul>
 *   <li>Art. 3(2), 3(3); 4(1)(a), 4(1)(b), 4(5): a deadline, original or extended ({@link #deadlines}).
 *   <li>Art. 3(5), 4(6): the latest day an extension request can be submitted: at least nine months before the meeting
 *       that would consider it and, for Article 4 (4(6)) as for Article 3 (an extension "of the deadline"), before the
 *       deadline expires ({@link #extensionRequestDue}). Worked: a deadline of 1 August 2027 considered at a meeting
 *       opening on 1 September 2026 → 1 December 2025; the same meeting with only its year known → between 1 April
 *       2025 and 31 March 2026.
 *   <li>Art. 7(1), 7(2): initial and annual reports ({@link #reports}).
 *   <li>Art. 3(8): the report on each year's retention, 30 April of the following year ({@link #retentionReports}).
 *   <li>Art. 4(1)(c): the declaration of compliance, to the next meeting after completion
 *       ({@link #declarationOfCompliance}).
 * </ul>
 */
public final class DueRules {

  private DueRules() {}

  /**
   * Art. 3(5), 4(6): the meeting that would consider a request to extend {@code deadline}: the last meeting known to
   * open before it (its day known and before the deadline, or only its year known and that year before the
   * deadline's). The States Parties meet every year (Art. 11(2), and every year since), so that meeting is held in the
   * deadline's year or the year before: one of {@code meetings} held earlier is not it, and then it is empty, as it is
   * where no meeting of the data opens before the deadline.
   *
   * @param deadline the deadline
   * @param meetings the meetings
   * @return Art. 3(5), 4(6): the meeting that would consider a request to extend {@code deadline}: the last meeting
   *     known to open before it (its day known and before the deadline, or only its year known and that year before
   *     the deadline's)
   */
  public static Optional<Meeting> meetingConsidering(LocalDate deadline, List<Meeting> meetings) {
    checkArgument(deadline != null, "deadline must not be null");
    checkArgument(meetings != null, "meetings must not be null (deadline %s)", deadline);
    return meetings.stream()
        .filter(m -> m.year() >= deadline.getYear() - 1)
        .filter(m -> m.date().map(d -> d.isBefore(deadline)).orElse(m.year() < deadline.getYear()))
        .max(Comparator.comparing((Meeting m) -> m.date().orElse(LocalDate.of(m.year(), 12, 31))));
  }

  /**
   * Art. 3(5), 4(6): the latest day a request to extend {@code deadline} can be submitted for consideration at
   * {@code meeting}: nine months before the meeting's day and never on or after the deadline. Exact where the
   * meeting's day is known; where only its year is, the days between which it falls; without a meeting, the days
   * between nine months before the year before the deadline's and the day before the deadline.
   *
   * @param deadline the deadline
   * @param meeting the meeting's id, e.g. {@code 13MSP}
   * @return Art. 3(5), 4(6): the latest day a request to extend {@code deadline} can be submitted for consideration at
   *     {@code meeting}: nine months before the meeting's day and never on or after the deadline
   */
  public static DueDate extensionRequestDue(LocalDate deadline, Optional<Meeting> meeting) {
    checkArgument(deadline != null, "deadline must not be null");
    checkArgument(meeting != null, "meeting must not be null; use Optional.empty() (deadline %s)", deadline);
    LocalDate beforeDeadline = deadline.minusDays(1);
    if (meeting.isEmpty()) {
      // The meeting is held in the deadline's year or the year before (see meetingConsidering): nine months before
      // the first day of the year before, at the earliest.
      LocalDate earliest = earlier(beforeDeadline,
          ConventionDates.latestExtensionRequest(LocalDate.of(deadline.getYear() - 1, 1, 1)));
      return DueDate.between(earliest, beforeDeadline, "the data hold no meeting in " + (deadline.getYear() - 1)
          + " or " + deadline.getYear() + " before the deadline " + deadline + ": nine months before the meeting that "
          + "would consider the request, a meeting of one of those years, and before the deadline");
    }
    Meeting m = meeting.get();
    if (m.date().isPresent()) {
      return DueDate.exact(earlier(beforeDeadline, ConventionDates.latestExtensionRequest(m.date().get())));
    }
    LocalDate earliest = earlier(beforeDeadline, ConventionDates.latestExtensionRequest(LocalDate.of(m.year(), 1, 1)));
    LocalDate latest = earlier(beforeDeadline, ConventionDates.latestExtensionRequest(LocalDate.of(m.year(), 12, 31)));
    return DueDate.between(earliest, latest, "the " + m.id() + "'s day is not known, only its year " + m.year()
        + ": nine months before it");
  }

  /**
   * Art. 4(1)(c): the next meeting after clearance completed on {@code completed}: the first of {@code meetings} that
   * opens after it (its day known and after it, or only its year known and that year not ending before the day after
   * the completion).
   *
   * @param completed the completed
   * @param meetings the meetings
   * @return Art. 4(1)(c): the next meeting after clearance completed on {@code completed}: the first of {@code
   *     meetings} that opens after it (its day known and after it, or only its year known and that year not ending
   *     before the day after the completion)
   */
  public static Optional<Meeting> nextMeetingAfter(LocalDate completed, List<Meeting> meetings) {
    checkArgument(completed != null, "completed must not be null");
    checkArgument(meetings != null, "meetings must not be null (completed %s)", completed);
    return meetings.stream()
        .filter(m -> m.date().map(d -> d.isAfter(completed)).orElse(LocalDate.of(m.year(), 12, 31).isAfter(completed)))
        .min(Comparator.comparing((Meeting m) -> m.date().orElse(LocalDate.of(m.year(), 1, 1))));
  }

  /**
   * Art. 4(1)(c): when the declaration of compliance is due: the day the next meeting after {@code completed} opens;
   * where only its year is known, the days of that year after the completion. Empty where no meeting of the data
   * follows the completion.
   *
   * @param completed the completed
   * @param meetings the meetings
   * @return Art. 4(1)(c): when the declaration of compliance is due: the day the next meeting after {@code completed}
   *     opens; where only its year is known, the days of that year after the completion
   */
  public static Optional<DueDate> declarationDue(LocalDate completed, List<Meeting> meetings) {
    Optional<Meeting> next = nextMeetingAfter(completed, meetings);
    return next.map(m -> m.date().map(DueDate::exact).orElseGet(() -> {
      LocalDate from = LocalDate.of(m.year(), 1, 1);
      return DueDate.between(from.isAfter(completed) ? from : completed.plusDays(1), LocalDate.of(m.year(), 12, 31),
          "the " + m.id() + "'s day is not known, only its year " + m.year()
              + (m.year() == completed.getYear() ? ": it is the next meeting only if it opens after " + completed : ""));
    }));
  }

  /**
   * Art. 3(2), 3(3); 4(1), 4(5): the deadlines of an Article 3 or Article 4 obligation: the original one and each an
   * extension set, each with its basis; none on or after the day the obligation ceased (a withdrawal took effect). The
   * deadline in force on {@code asOf} carries the obligation's status then; one
   * an extension replaced says so and has no status. Other obligations have none.
   *
   * @param o the obligation
   * @param asOf the date on which what is past, outstanding or unknown is judged
   * @return Art. 3(2), 3(3); 4(1), 4(5): the deadlines of an Article 3 or Article 4 obligation: the original one and
   *     each an extension set, each with its basis; none on or after the day the obligation ceased (a withdrawal took
   *     effect)
   */
  public static ImmutableList<DueItem> deadlines(Obligation o, LocalDate asOf) {
    checkArgument(o != null, "obligation must not be null");
    checkArgument(asOf != null, "asOf must not be null (%s of %s)", o, o.state().code());
    DueKind kind;
    ArticleRef extensionRule;
    if (o instanceof StockpileDestruction) {
      kind = DueKind.STOCKPILE_DESTRUCTION_DEADLINE;
      extensionRule = ArticleRef.of(3, "3");
    } else if (o instanceof Clearance) {
      kind = DueKind.CLEARANCE_DEADLINE;
      extensionRule = ArticleRef.of(4, "5");
    } else {
      return ImmutableList.of();
    }
    List<DueItem> items = new ArrayList<>();
    Optional<LocalDate> inForce = o.deadlineOn(asOf);
    LocalDate deadline = o.originalDeadline().get();
    ArticleRef basis = o.legalBasis();
    String what = o.description() + ": original deadline";
    for (int i = 0; i <= o.extensions().size(); i++) {
      Optional<Extension> next = i < o.extensions().size() ? Optional.of(o.extensions().get(i)) : Optional.empty();
      final LocalDate current = deadline;
      if (o.ceasedOn().map(c -> !c.isAfter(current)).orElse(false)) {
        // the obligation stopped binding the State (its withdrawal took effect) before this deadline came
        break;
      }
      ImmutableDueItem.Builder item = DueItem.builder().state(o.state()).kind(kind).legalBasis(basis)
          .due(DueDate.exact(deadline)).description(what).obligation(o).asOf(asOf);
      o.source().ifPresent(item::addSources);
      Optional<Extension> replacing = next.filter(e -> !e.grantedOn().isAfter(asOf));
      if (replacing.isPresent()) {
        Extension e = replacing.get();
        item.addNotes("extended to " + e.newDeadline() + " by the " + e.grantedBy() + " on " + e.grantedOn());
        e.source().ifPresent(item::addSources);
      } else if (inForce.equals(Optional.of(deadline))) {
        item.status(o.statusOn(asOf));
        if (!o.extensionsComplete()) {
          item.addNotes("the data do not record every extension granted: the deadline in force may be later");
        }
      }
      items.add(item.build());
      if (next.isEmpty()) {
        break;
      }
      deadline = next.get().newDeadline();
      basis = extensionRule;
      what = o.description() + ": deadline extended by the " + next.get().grantedBy();
    }
    return ImmutableList.copyOf(items);
  }

  /**
   * Art. 3(5), 4(6): for each deadline of an Article 3 or 4 obligation not completed before it, the latest day an
   * extension request can be submitted to the meeting that would consider it (see {@link #extensionRequestDue}).
   *
   * @param o the obligation
   * @param meetings the meetings
   * @param asOf the date on which what is past, outstanding or unknown is judged
   * @return Art. 3(5), 4(6): for each deadline of an Article 3 or 4 obligation not completed before it, the latest day
   *     an extension request can be submitted to the meeting that would consider it (see {@link #extensionRequestDue})
   */
  public static ImmutableList<DueItem> extensionRequests(Obligation o, List<Meeting> meetings, LocalDate asOf) {
    checkArgument(o != null, "obligation must not be null");
    checkArgument(meetings != null && asOf != null, "meetings and asOf must not be null (%s of %s)", o,
        o.state().code());
    DueKind kind;
    if (o instanceof StockpileDestruction) {
      kind = DueKind.ARTICLE_3_EXTENSION_REQUEST;
    } else if (o instanceof Clearance) {
      kind = DueKind.ARTICLE_4_EXTENSION_REQUEST;
    } else {
      return ImmutableList.of();
    }
    ImmutableList.Builder<DueItem> items = ImmutableList.builder();
    for (DueItem d : deadlines(o, asOf)) {
      LocalDate deadline = d.due().latest();
      if (o.completedOn().map(c -> c.isBefore(deadline)).orElse(false)
          || o.ceasedOn().map(c -> !c.isAfter(deadline)).orElse(false)) {
        continue;
      }
      Optional<Meeting> meeting = meetingConsidering(deadline, meetings);
      ImmutableDueItem.Builder item = DueItem.builder().state(o.state()).kind(kind).legalBasis(kind.rule())
          .due(extensionRequestDue(deadline, meeting)).deadline(deadline).obligation(o).asOf(asOf)
          .meeting(meeting.map(Meeting::id))
          .description("latest day to request an extension of the " + o.description() + " deadline " + deadline)
          .addAllNotes(d.notes());
      meeting.flatMap(Meeting::source).ifPresent(item::addSources);
      o.source().ifPresent(item::addSources);
      items.add(item.build());
    }
    return items.build();
  }

  /**
   * Art. 7(1), 7(2): the reports as items, each with its status on {@code asOf}.
   *
   * @param reports the reports
   * @param asOf the date on which what is past, outstanding or unknown is judged
   * @return Art. 7(1), 7(2): the reports as items, each with its status on {@code asOf}
   */
  public static ImmutableList<DueItem> reports(List<TransparencyReport> reports, LocalDate asOf) {
    checkArgument(reports != null && asOf != null, "reports and asOf must not be null");
    ImmutableList.Builder<DueItem> items = ImmutableList.builder();
    for (TransparencyReport r : reports) {
      DueKind kind = r.kind() == ReportKind.INITIAL ? DueKind.INITIAL_REPORT : DueKind.ANNUAL_REPORT;
      ImmutableDueItem.Builder item = DueItem.builder().state(r.state()).kind(kind).legalBasis(r.legalBasis())
          .due(DueDate.exact(r.due())).description(r.description()).obligation(r).asOf(asOf).status(r.statusOn(asOf));
      r.submittedOn().ifPresent(d -> item.addNotes("submitted " + d));
      r.submittedBy().ifPresent(d -> item.addNotes("submitted by " + d + ", the day not given"));
      r.notSubmittedOn().ifPresent(d -> item.addNotes("not submitted on " + d));
      if (r.submittedOn().isEmpty() && r.submittedBy().isEmpty() && r.notSubmittedOn().isEmpty()) {
        item.addNotes(r.submissionsComplete() ? "no submission recorded in data that record every one"
            : "no submission recorded, and the data do not record every one");
      }
      r.source().ifPresent(item::addSources);
      items.add(item.build());
    }
    return items.build();
  }

  /**
   * Art. 3(8): the report on the munitions retained in each calendar year from the year retention started to
   * {@code lastYear}, while the retention lasted (not the years after the last retained munition was destroyed), due
   * 30 April of the following year; none due once the State's withdrawal has taken effect. The data record no
   * retention report's
   * submission, so each is {@link ObligationStatus#UNKNOWN}.
   *
   * @param retention the retention
   * @param lastYear the plan period's last year
   * @param asOf the date on which what is past, outstanding or unknown is judged
   * @return Art. 3(8): the report on the munitions retained in each calendar year from the year retention started to
   *     {@code lastYear}, while the retention lasted (not the years after the last retained munition was destroyed),
   *     due 30 April of the following year; none due once the State's withdrawal has taken effect
   */
  public static ImmutableList<DueItem> retentionReports(Retention retention, int lastYear, LocalDate asOf) {
    checkArgument(retention != null && asOf != null, "retention and asOf must not be null");
    ImmutableList.Builder<DueItem> items = ImmutableList.builder();
    Optional<LocalDate> end = retention.completedOn().or(retention::ceasedOn);
    for (int year = retention.start().getYear(); year <= lastYear; year++) {
      final int y = year;
      if (end.map(e -> e.isBefore(LocalDate.of(y, 1, 1))).orElse(false)
          || retention.ceasedOn().map(c -> !c.isAfter(retention.reportDue(y))).orElse(false)) {
        // no retention that year, or the report would fall due once the withdrawal has taken effect
        break;
      }
      ImmutableDueItem.Builder item = DueItem.builder().state(retention.state()).kind(DueKind.RETENTION_REPORT)
          .legalBasis(DueKind.RETENTION_REPORT.rule()).due(DueDate.exact(retention.reportDue(year)))
          .description("Article 3(8) report on the cluster munitions retained in " + year).obligation(retention)
          .asOf(asOf).status(ObligationStatus.UNKNOWN)
          .addNotes("the data record no Article 3(8) report's submission");
      retention.source().ifPresent(item::addSources);
      items.add(item.build());
    }
    return items.build();
  }

  /**
   * Art. 4(1)(c): the declaration of compliance of a completed clearance, due to the next meeting after completion;
   * completed ({@link ObligationStatus#COMPLETED_TIMELINESS_UNKNOWN}: the day it was made is not recorded) where the
   * obligation names the meeting it was declared to, else {@link ObligationStatus#UNKNOWN}. Empty for a clearance not
   * completed or with no meeting of the data after its completion.
   *
   * @param clearance the clearance
   * @param meetings the meetings
   * @param asOf the date on which what is past, outstanding or unknown is judged
   * @return Art. 4(1)(c): the declaration of compliance of a completed clearance, due to the next meeting after
   *     completion; completed ({@link ObligationStatus#COMPLETED_TIMELINESS_UNKNOWN}: the day it was made is not
   *     recorded) where the obligation names the meeting it was declared to, else {@link ObligationStatus#UNKNOWN}
   */
  public static Optional<DueItem> declarationOfCompliance(Clearance clearance, List<Meeting> meetings, LocalDate asOf) {
    checkArgument(clearance != null && meetings != null && asOf != null,
        "clearance, meetings and asOf must not be null");
    if (clearance.completedOn().isEmpty()) {
      return Optional.empty();
    }
    LocalDate completed = clearance.completedOn().get();
    Optional<Meeting> next = nextMeetingAfter(completed, meetings);
    return declarationDue(completed, meetings).map(due -> {
      ImmutableDueItem.Builder item = DueItem.builder().state(clearance.state()).kind(DueKind.DECLARATION_OF_COMPLIANCE)
          .legalBasis(DueKind.DECLARATION_OF_COMPLIANCE.rule()).due(due).obligation(clearance).asOf(asOf)
          .meeting(next.map(Meeting::id))
          .description("Article 4(1)(c) declaration of compliance (clearance completed " + completed + ")");
      if (clearance.declarationOfCompliance().isPresent()) {
        item.status(ObligationStatus.COMPLETED_TIMELINESS_UNKNOWN)
            .addNotes("declared to the " + clearance.declarationOfCompliance().get());
      } else {
        item.status(ObligationStatus.UNKNOWN).addNotes("the data record no declaration of compliance");
      }
      clearance.source().ifPresent(item::addSources);
      return item.build();
    });
  }

  private static LocalDate earlier(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }
}
