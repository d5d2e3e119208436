package org.ccmkit.io.table;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.ccmkit.io.read.FailureKind;
import org.ccmkit.model.SourceRef;
import org.ccmkit.model.calendar.Meeting;
import org.ccmkit.model.calendar.ReportingCycle;

/** Rows of the meetings and cycles tables; a meeting or cycle listed twice is a {@link FailureKind#DUPLICATE}. */
final class CalendarConverters {

  private CalendarConverters() {}

  /** Meetings. */
  static RowConverter<MeetingRow, Meeting> meetings(Known known) {
    Set<String> seen = new HashSet<>();
    return (row, context) -> {
      Fields f = new Fields(context);
      Optional<String> id = f.text("id", row.id());
      id.filter(i -> !Known.isMeetingId(i)).ifPresent(i -> context.fail(FailureKind.UNKNOWN_CYCLE, "id",
          "not a meeting's short name", i, "a meeting such as 13MSP or 2RC"));
      Optional<Integer> year = f.integer("year", row.year());
      Optional<java.time.LocalDate> date = f.optionalDate("date", row.date());
      if (year.isPresent() && date.isPresent() && date.get().getYear() != year.get()) {
        context.fail(FailureKind.INVALID_VALUE, "date", "the day the meeting opened is not in its year " + year.get(),
            date.get().toString(), "a date in " + year.get() + ", or no date");
      }
      Optional<String> presidency = Fields.optionalText(row.presidency());
      presidency.ifPresent(p -> known.stateCode(f, "presidency", p));
      Optional<SourceRef> source = f.optionalSource("source", row.source());
      if (context.hasFailures()) {
        return Optional.empty();
      }
      Meeting meeting = Meeting.builder().kind(Meeting.kindOf(id.get())).ordinal(Meeting.ordinalOf(id.get()))
          .year(year.get()).date(date).place(Fields.optionalText(row.place())).presidency(presidency).source(source).build();
      return once(seen, meeting.id(), context, "id", "meeting").map(x -> meeting);
    };
  }

  /** Reporting cycles. */
  static RowConverter<CycleRow, ReportingCycle> cycles(Known known) {
    Set<String> seen = new HashSet<>();
    return (row, context) -> {
      Fields f = new Fields(context);
      Optional<String> meeting = known.meeting(f, "meeting", row.meeting());
      Optional<Integer> year = f.integer("year", row.year());
      if (context.hasFailures()) {
        return Optional.empty();
      }
      ReportingCycle cycle = ReportingCycle.of(meeting.get(), year.get());
      return once(seen, cycle.meeting(), context, "meeting", "cycle").map(x -> cycle);
    };
  }

  static Optional<String> once(Set<String> seen, String key, RowContext context, String field, String what) {
    if (!seen.add(key)) {
      context.fail(FailureKind.DUPLICATE, field, what + " listed twice", key, "each " + what + " once");
      return Optional.empty();
    }
    return Optional.of(key);
  }
}
