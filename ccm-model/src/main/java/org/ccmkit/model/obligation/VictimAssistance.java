package org.ccmkit.model.obligation;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.Optional;
import org.ccmkit.model.SourceRef;
import org.ccmkit.model.convention.ArticleRef;
import org.ccmkit.model.state.State;
import org.immutables.value.Value;

/**
 * Art. 5: a State Party with cluster munition victims in areas under its jurisdiction or control provides them
 * assistance. A continuing obligation without deadline; the measures of 5(2)(a)–(h) the State has in place are
 * tracked.
 */
@Value.Immutable
public abstract class VictimAssistance implements Obligation {

  /** Implemented in this package only (by the generated immutable class). */
  VictimAssistance() {}

  private static final ArticleRef BASIS = ArticleRef.of(5);

  @Override
  public abstract State state();

  /** Entry into force for the State (or the day it came to have victims in areas under its control). */
  @Override
  public abstract LocalDate start();

  /** {@return the measures of Art. 5(2) the State reports having in place} */
  public abstract ImmutableSet<VictimAssistanceMeasure> measuresInPlace();

  @Override
  public abstract Optional<LocalDate> ceasedOn();

  @Override
  public abstract Optional<SourceRef> source();

  /** {@return a builder} */
  public static ImmutableVictimAssistance.Builder builder() {
    return ImmutableVictimAssistance.builder();
  }

  /**
   * The obligation of {@code state} from {@code start}.
   *
   * @param state the State's ISO 3166-1 alpha-3 code
   * @param start the date the obligation starts
   * @return the obligation of {@code state} from {@code start}
   */
  public static VictimAssistance of(State state, LocalDate start) {
    return builder().state(state).start(start).build();
  }

  /** {@return the measures of Art. 5(2) not (yet) in place} */
  public ImmutableSet<VictimAssistanceMeasure> measuresMissing() {
    return java.util.Arrays.stream(VictimAssistanceMeasure.values())
        .filter(m -> !measuresInPlace().contains(m))
        .collect(ImmutableSet.toImmutableSet());
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

  /** Victim assistance is never completed: it continues while there are victims. */
  @Override
  public Optional<LocalDate> completedOn() {
    return Optional.empty();
  }

  @Override
  public String description() {
    return "Article 5 victim assistance";
  }

  /** Validates the attributes on construction; a failure names the field and the value. */
  @Value.Check
  protected void check() {
    Obligations.checkCeased("VictimAssistance", state().code(), start(), ceasedOn(), Optional.empty());
  }
}
