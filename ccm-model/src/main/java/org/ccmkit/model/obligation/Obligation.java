package org.ccmkit.model.obligation;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import org.ccmkit.model.SourceRef;
import org.ccmkit.model.convention.ArticleRef;
import org.ccmkit.model.state.State;

/**
 * An obligation of a State Party under the Convention: its legal basis, when it starts, its original and current
 * deadline, the extensions granted and its completion. Its {@linkplain #statusOn(LocalDate) status} on any date is
 * computed from these facts.
 */
public interface Obligation {

  /** {@return the State Party bound by the obligation} */
  State state();

  /** {@return the article and paragraph the obligation comes from, e.g. {@code Art. 4(1)(a)}} */
  ArticleRef legalBasis();

  /** {@return the day the obligation starts to bind the State} */
  LocalDate start();

  /** {@return the deadline the Convention sets, before any extension; empty for a continuing obligation} */
  Optional<LocalDate> originalDeadline();

  /** {@return the extensions granted, in the order they were granted} */
  ImmutableList<Extension> extensions();

  /**
   * Whether {@link #extensions()} is the complete history of the extensions granted. True unless the data say
   * otherwise: a record built from documents that list extension requests but not the decisions on them (the Review
   * Document, para 83, fn 12) knows no extension, and past the original deadline its status is
   * {@link ObligationStatus#DEADLINE_UNKNOWN}, not {@link ObligationStatus#OVERDUE}. Only obligations with a deadline
   * that meetings extend (Articles 3 and 4) can be incomplete.
   *
   * @return whether {@link #extensions()} is the complete history of the extensions granted
   */
  default boolean extensionsComplete() {
    return true;
  }

  /** {@return the day the obligation was fulfilled, if it was} */
  Optional<LocalDate> completedOn();

  /** {@return the day the obligation stopped binding the State without being fulfilled (its withdrawal took effect)} */
  Optional<LocalDate> ceasedOn();

  /** {@return where the facts of this obligation come from, if recorded} */
  Optional<SourceRef> source();

  /**
   * {@return a short description in the Convention's words, e.g. "Article 4 clearance (contamination at entry into force)"}
   */
  String description();

  /** {@return the deadline after every extension granted: the last extension's, else the original deadline} */
  default Optional<LocalDate> currentDeadline() {
    return extensions().isEmpty() ? originalDeadline() : Optional.of(extensions().get(extensions().size() - 1).newDeadline());
  }

  /**
   * The deadline in force on {@code date}: the latest extension granted on or before it, else the original. Where the
   * {@linkplain #extensionsComplete() extensions are not complete}, the last deadline the data know.
   *
   * @param date the date
   * @return the deadline in force on {@code date}: the latest extension granted on or before it, else the original
   */
  default Optional<LocalDate> deadlineOn(LocalDate date) {
    Optional<LocalDate> deadline = originalDeadline();
    for (Extension e : extensions()) {
      if (!e.grantedOn().isAfter(date)) {
        deadline = Optional.of(e.newDeadline());
      }
    }
    return deadline;
  }

  /**
   * The status of the obligation on {@code date}.
   *
   * @param date the date
   * @return the status of the obligation on {@code date}
   */
  default ObligationStatus statusOn(LocalDate date) {
    Obligations.checkDate(date);
    if (date.isBefore(start())) {
      return ObligationStatus.NOT_APPLICABLE;
    }
    Optional<LocalDate> completed = completedOn();
    if (completed.isPresent() && !date.isBefore(completed.get())) {
      Optional<LocalDate> due = deadlineOn(completed.get());
      if (due.isEmpty() || !completed.get().isAfter(due.get())) {
        return ObligationStatus.COMPLETED_ON_TIME;
      }
      return extensionsComplete() ? ObligationStatus.COMPLETED_LATE : ObligationStatus.COMPLETED_TIMELINESS_UNKNOWN;
    }
    if (ceasedOn().isPresent() && !date.isBefore(ceasedOn().get())) {
      return ObligationStatus.NOT_APPLICABLE;
    }
    Optional<LocalDate> due = deadlineOn(date);
    if (due.isEmpty()) {
      return ObligationStatus.PENDING;
    }
    if (date.isAfter(due.get())) {
      return extensionsComplete() ? ObligationStatus.OVERDUE : ObligationStatus.DEADLINE_UNKNOWN;
    }
    boolean extended = extensions().stream().anyMatch(e -> !e.grantedOn().isAfter(date));
    return extended ? ObligationStatus.UNDER_EXTENSION : ObligationStatus.PENDING;
  }

  /**
   * Whether the obligation is outstanding (pending, under extension or overdue) on {@code date}.
   *
   * @param date the date
   * @return whether the obligation is outstanding (pending, under extension or overdue) on {@code date}
   */
  default boolean isOutstandingOn(LocalDate date) {
    return statusOn(date).isOutstanding();
  }
}
