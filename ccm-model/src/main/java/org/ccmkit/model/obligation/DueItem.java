package org.ccmkit.model.obligation;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import org.ccmkit.model.SourceRef;
import org.ccmkit.model.calendar.DueDate;
import org.ccmkit.model.convention.ArticleRef;
import org.ccmkit.model.state.State;
import org.immutables.value.Value;

/**
 * One thing that falls due for a State Party: a deadline, the latest day for an extension request, a report or a
 * declaration; with its legal basis, its due date (a day, or a bound where the rule counts from a meeting whose day is
 * not known), and, where it is an obligation, its status on the day the calendar is seen from.
 *
 * <p>A past item that is outstanding is {@link ObligationStatus#OVERDUE} only where the data know it (a report known
 * not submitted, a deadline with its complete history of extensions); otherwise its status says what is not known
 * ({@link ObligationStatus#UNKNOWN}, {@link ObligationStatus#DEADLINE_UNKNOWN}).
 */
@Value.Immutable
public abstract class DueItem implements Comparable<DueItem> {

  /** Implemented in this package only (by the generated immutable class). */
  DueItem() {}

  /** {@return the State Party} */
  public abstract State state();

  /** {@return what falls due} */
  public abstract DueKind kind();

  /**
   * {@return the article and paragraph that set the due date, e.g. {@code Art. 4(1)(a)} or {@code Art. 4(5)} once extended}
   */
  public abstract ArticleRef legalBasis();

  /** {@return when it falls due} */
  public abstract DueDate due();

  /** {@return In words: "Article 7 annual report covering 2025"} */
  public abstract String description();

  /** {@return the obligation it belongs to (for a report, the report itself)} */
  public abstract Optional<Obligation> obligation();

  /** {@return For the latest day of an extension request, the deadline the request would extend} */
  public abstract Optional<LocalDate> deadline();

  /**
   * {@return the meeting concerned: the one that would consider an extension request, or the one a declaration is due to}
   */
  public abstract Optional<String> meeting();

  /** {@return the day the item is seen from ("today", a parameter)} */
  public abstract LocalDate asOf();

  /**
   * The status on {@link #asOf()} of what falls due, where it is an obligation; empty for the latest day of an
   * extension request (a State Party need not request one) and for a deadline an extension replaced.
   *
   * @return the status on {@link #asOf()} of what falls due, where it is an obligation; empty for the latest day of an
   *     extension request (a State Party need not request one) and for a deadline an extension replaced
   */
  public abstract Optional<ObligationStatus> status();

  /**
   * {@return what the reader must know to read the item: a bound, a superseded deadline, extension requests on record}
   */
  public abstract ImmutableList<String> notes();

  /** {@return where the facts behind it come from} */
  public abstract ImmutableList<SourceRef> sources();

  /** {@return a builder} */
  public static ImmutableDueItem.Builder builder() {
    return ImmutableDueItem.builder();
  }

  /**
   * This item with {@code notes} and {@code sources} added: what other data (extension requests on record) say of it.
   *
   * @param notes the notes
   * @param sources the sources
   * @return this item with {@code notes} and {@code sources} added: what other data (extension requests on record) say
   *     of it
   */
  public DueItem withNotes(Iterable<String> notes, Iterable<SourceRef> sources) {
    return builder().from(this).addAllNotes(notes).addAllSources(sources).build();
  }

  /** {@return whether it is known to be overdue on {@link #asOf()}} */
  public boolean isOverdue() {
    return status().filter(s -> s == ObligationStatus.OVERDUE).isPresent();
  }

  /** {@return whether it is known to have passed on {@link #asOf()} without being known to be done or overdue} */
  public boolean isPastAndUnknown() {
    return due().hasPassedOn(asOf()) && status()
        .filter(s -> s == ObligationStatus.UNKNOWN || s == ObligationStatus.DEADLINE_UNKNOWN).isPresent();
  }

  /** By due date (latest day), then State, then kind. */
  @Override
  public int compareTo(DueItem o) {
    int c = due().compareTo(o.due());
    if (c == 0) {
      c = state().code().compareTo(o.state().code());
    }
    if (c == 0) {
      c = kind().compareTo(o.kind());
    }
    return c != 0 ? c : description().compareTo(o.description());
  }

  /** Validates the attributes on construction; a failure names the field and the value. */
  @Value.Check
  protected void check() {
    checkArgument(legalBasis().article() == kind().rule().article(),
        "DueItem.legalBasis %s must be in the article of its kind %s (%s), state %s", legalBasis(), kind(),
        kind().rule(), state().code());
    checkArgument(!description().isBlank(), "DueItem.description must not be blank (%s %s)", kind(), state().code());
    deadline().ifPresent(d -> checkArgument(due().latest().isBefore(d),
        "DueItem %s of %s is due %s, not before the deadline %s it concerns (Art. 3(5), 4(6): before it expires)",
        kind(), state().code(), due(), d));
    obligation().ifPresent(o -> checkArgument(o.state().equals(state()),
        "DueItem of %s concerns an obligation of %s: %s", state().code(), o.state().code(), o.description()));
  }

  @Override
  public String toString() {
    return due() + " " + state().code() + " " + description() + " (" + legalBasis() + ")"
        + meeting().map(m -> ", " + m).orElse("") + status().map(s -> ": " + s).orElse("")
        + (notes().isEmpty() ? "" : " — " + String.join("; ", notes()));
  }
}
