package org.ccmkit.model.obligation;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import org.ccmkit.model.SourceRef;
import org.ccmkit.model.convention.ArticleRef;
import org.ccmkit.model.convention.ConventionDates;
import org.ccmkit.model.state.State;
import org.immutables.value.Value;

/**
 * Art. 3(6)–(8): a State Party retaining a limited number of cluster munitions and explosive submunitions for training
 * and for the development of detection, clearance or destruction techniques. A continuing obligation without deadline,
 * with a yearly report on the retained munitions due 30 April of the following year (Art. 3(8)).
 */
@Value.Immutable
public abstract class Retention implements Obligation {

  /** Implemented in this package only (by the generated immutable class). */
  Retention() {}

  private static final ArticleRef BASIS = ArticleRef.of(3, "6");

  @Override
  public abstract State state();

  /** The day the State began retaining under Art. 3(6) (at the latest, entry into force for it). */
  @Override
  public abstract LocalDate start();

  /** {@return the number of cluster munitions retained, where reported} */
  public abstract Optional<Long> clusterMunitionsRetained();

  /** {@return the number of explosive submunitions retained, where reported} */
  public abstract Optional<Long> submunitionsRetained();

  /** The day the State destroyed the last of its retained munitions, if it did. */
  @Override
  public abstract Optional<LocalDate> completedOn();

  @Override
  public abstract Optional<LocalDate> ceasedOn();

  @Override
  public abstract Optional<SourceRef> source();

  /** {@return a builder} */
  public static ImmutableRetention.Builder builder() {
    return ImmutableRetention.builder();
  }

  /**
   * Retention by {@code state} from {@code start}.
   *
   * @param state the State's ISO 3166-1 alpha-3 code
   * @param start the date the obligation starts
   * @return Retention by {@code state} from {@code start}
   */
  public static Retention of(State state, LocalDate start) {
    return builder().state(state).start(start).build();
  }

  /**
   * Art. 3(8): the report on munitions retained during {@code year} is due 30 April of the following year.
   *
   * @param year the year
   * @return Art. 3(8): the report on munitions retained during {@code year} is due 30 April of the following year
   */
  public LocalDate reportDue(int year) {
    return ConventionDates.retentionReportDue(year);
  }

  @Override
  public ArticleRef legalBasis() {
    return BASIS;
  }

  @Override
  public Optional<LocalDate> originalDeadline() {
    return Optional.empty();
  }

  @Override
  public ImmutableList<Extension> extensions() {
    return ImmutableList.of();
  }

  @Override
  public String description() {
    return "Article 3(6) retention";
  }

  /** Validates the attributes on construction; a failure names the field and the value. */
  @Value.Check
  protected void check() {
    Obligations.checkCompletion("Retention", state().code(), start(), completedOn());
    Obligations.checkCeased("Retention", state().code(), start(), ceasedOn(), completedOn());
    clusterMunitionsRetained().ifPresent(n -> Obligations.checkNonNegative("Retention.clusterMunitionsRetained", n));
    submunitionsRetained().ifPresent(n -> Obligations.checkNonNegative("Retention.submunitionsRetained", n));
  }
}
