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
 * Art. 3(2): destroy all cluster munitions in stockpiles as soon as possible and not later than eight years after entry
 * into force for the State; extensions of up to four years each (Art. 3(3), 3(4)).
 */
@Value.Immutable
public abstract class StockpileDestruction implements Obligation {

  /** Implemented in this package only (by the generated immutable class). */
  StockpileDestruction() {}

  private static final ArticleRef BASIS = ArticleRef.of(3, "2");
  private static final ArticleRef EXTENSION_RULE = ArticleRef.of(3, "3");

  @Override
  public abstract State state();

  /** The date the Convention entered into force for the State; the obligation starts then. */
  @Override
  public abstract LocalDate start();

  @Override
  public abstract ImmutableList<Extension> extensions();

  @Override
  public abstract Optional<LocalDate> completedOn();

  @Override
  public abstract Optional<LocalDate> ceasedOn();

  @Override
  public abstract Optional<SourceRef> source();

  /** Whether {@link #extensions()} is the complete history of extensions granted; true unless set otherwise. */
  @Value.Default
  @Override
  public boolean extensionsComplete() {
    return true;
  }

  /** {@return a builder} */
  public static ImmutableStockpileDestruction.Builder builder() {
    return ImmutableStockpileDestruction.builder();
  }

  /**
   * The obligation of a State for which the Convention entered into force on {@code entryIntoForce}.
   *
   * @param state the State's ISO 3166-1 alpha-3 code
   * @param entryIntoForce the date the Convention entered into force for the State
   * @return the obligation of a State for which the Convention entered into force on {@code entryIntoForce}
   */
  public static StockpileDestruction of(State state, LocalDate entryIntoForce) {
    return builder().state(state).start(entryIntoForce).build();
  }

  @Override
  public ArticleRef legalBasis() {
    return BASIS;
  }

  /** Art. 3(2): eight years after entry into force for the State. */
  @Override
  public Optional<LocalDate> originalDeadline() {
    return Optional.of(ConventionDates.stockpileDestructionDeadline(start()));
  }

  @Override
  public String description() {
    return "Article 3 stockpile destruction";
  }

  /** Validates the attributes on construction; a failure names the field and the value. */
  @Value.Check
  protected void check() {
    String type = "StockpileDestruction";
    String who = state().code();
    Obligations.checkExtensions(type, who, originalDeadline().get(), extensions(),
        ConventionDates.MAX_ARTICLE_3_EXTENSION, EXTENSION_RULE);
    Obligations.checkCompletion(type, who, start(), completedOn());
    Obligations.checkCeased(type, who, start(), ceasedOn(), completedOn());
  }
}
