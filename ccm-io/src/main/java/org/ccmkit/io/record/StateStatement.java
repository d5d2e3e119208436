package org.ccmkit.io.record;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.ccmkit.model.SourceRef;

/**
 * What a document says of a named State, kept as the document says it: the {@linkplain StatementKind kind} of
 * statement (for example {@code ARTICLE4_OBLIGATION}, {@code INITIAL_REPORT_OVERDUE}, {@code PRESIDENCY}), the cycle or meeting it refers to,
 * a value or a date where printed (dates may be partial, such as {@code 2023-12}), the source and its words.
 *
 * @param state the State's ISO 3166-1 alpha-3 code
 * @param kind the kind of statement
 * @param cycle the cycle or meeting the statement refers to, e.g. {@code 13MSP}
 * @param value the value printed, as text (a year, a quantity), if any
 * @param date the date printed, possibly partial, if any: {@code 2023}, {@code 2023-12} or {@code 2025-03-06}
 * @param source where it is printed
 * @param quote the document's words
 * @param note a remark of the extraction (a contradiction, a flag of the document)
 */
public record StateStatement(String state, StatementKind kind, Optional<String> cycle, Optional<String> value,
    Optional<String> date, SourceRef source, Optional<String> quote, Optional<String> note) {

  /**
   * Validates the statement.
   *
   * @param state the State's ISO 3166-1 alpha-3 code
   * @param kind the kind
   * @param cycle the reporting cycle
   * @param value the value
   * @param date the date
   * @param source where it is recorded
   * @param quote the words quoted
   * @param note the note
   */
  public StateStatement {
    checkArgument(state != null && state.matches("[A-Z]{3}"), "StateStatement.state must be an ISO 3166-1 alpha-3 "
        + "code, was '%s'", state);
    checkArgument(kind != null, "StateStatement.kind must be given (state %s)", state);
    checkArgument(source != null, "StateStatement.source must be given (state %s, kind %s)", state, kind);
    checkArgument(date != null, "StateStatement.date must not be null; empty where none is printed (state %s)", state);
    date.ifPresent(d -> checkArgument(isPartialDate(d), "StateStatement.date must be a year, a month or a day, "
        + "like 2023, 2023-12 or 2025-03-06, was '%s' (state %s, kind %s)", d, state, kind));
  }

  /** {@return the year of the {@link #date()}, where one is printed} */
  public Optional<Year> year() {
    return date.map(d -> Year.parse(d.substring(0, 4)));
  }

  private static boolean isPartialDate(String d) {
    try {
      switch (d.length()) {
        case 4 -> Year.parse(d);
        case 7 -> YearMonth.parse(d);
        case 10 -> LocalDate.parse(d);
        default -> {
          return false;
        }
      }
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  /** {@return whether the extraction flagged the statement as contradicting the document's own lists} */
  public boolean flaggedInconsistent() {
    return note.map(n -> n.startsWith("INCONSISTENCY")).orElse(false);
  }
}
