package org.ccmkit.model.obligation;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import org.ccmkit.model.SourceRef;
import org.ccmkit.model.convention.ArticleRef;
import org.ccmkit.model.convention.ConventionDates;
import org.ccmkit.model.state.State;
import org.immutables.value.Value;

/**
 * Art. 4: clear and destroy cluster munition remnants in areas under the State's jurisdiction or control, not later
 * than ten years after entry into force (4(1)(a)) or after the end of the active hostilities (4(1)(b)); extensions of
 * up to five years each, requested before the deadline expires (4(5), 4(6), 4(8)); a declaration of compliance to the
 * next meeting on completion (4(1)(c)).
 */
@Value.Immutable
public abstract class Clearance implements Obligation {

  /** Implemented in this package only (by the generated immutable class). */
  Clearance() {}

  private static final ArticleRef EXTENSION_RULE = ArticleRef.of(4, "5");

  @Override
  public abstract State state();

  /** {@return whether the contamination was present at entry into force or arose later} */
  public abstract ClearanceGround ground();

  /**
   * The day the ten years start: entry into force for the State (4(1)(a)) or the end of the active hostilities that
   * produced the remnants (4(1)(b)).
   */
  @Override
  public abstract LocalDate start();

  @Override
  public abstract ImmutableList<Extension> extensions();

  /** The day clearance was completed, if it was. */
  @Override
  public abstract Optional<LocalDate> completedOn();

  /** {@return Art. 4(1)(c): the meeting to which the State declared compliance, e.g. {@code 12MSP}} */
  public abstract Optional<String> declarationOfCompliance();

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
  public static ImmutableClearance.Builder builder() {
    return ImmutableClearance.builder();
  }

  /**
   * Art. 4(1)(a): contamination present when the Convention entered into force for the State on that date.
   *
   * @param state the State's ISO 3166-1 alpha-3 code
   * @param entryIntoForce the date the Convention entered into force for the State
   * @return Art. 4(1)(a): contamination present when the Convention entered into force for the State on that date
   */
  public static Clearance atEntryIntoForce(State state, LocalDate entryIntoForce) {
    return builder().state(state).ground(ClearanceGround.CONTAMINATION_AT_ENTRY_INTO_FORCE).start(entryIntoForce).build();
  }

  /**
   * Art. 4(1)(b): remnants from hostilities that ended on {@code hostilitiesEnded}, after entry into force.
   *
   * @param state the State's ISO 3166-1 alpha-3 code
   * @param hostilitiesEnded the date active hostilities ended
   * @return Art. 4(1)(b): remnants from hostilities that ended on {@code hostilitiesEnded}, after entry into force
   */
  public static Clearance afterHostilities(State state, LocalDate hostilitiesEnded) {
    return builder().state(state).ground(ClearanceGround.REMNANTS_AFTER_ENTRY_INTO_FORCE).start(hostilitiesEnded).build();
  }

  @Override
  public ArticleRef legalBasis() {
    return ground().legalBasis();
  }

  /** Art. 4(1)(a) or (b): ten years after the start. */
  @Override
  public Optional<LocalDate> originalDeadline() {
    return Optional.of(ConventionDates.clearanceDeadline(start()));
  }

  @Override
  public String description() {
    return ground() == ClearanceGround.CONTAMINATION_AT_ENTRY_INTO_FORCE
        ? "Article 4 clearance (contamination at entry into force)"
        : "Article 4 clearance (remnants after entry into force)";
  }

  /** Validates the attributes on construction; a failure names the field and the value. */
  @Value.Check
  protected void check() {
    String type = "Clearance";
    String who = state().code();
    Obligations.checkExtensions(type, who, originalDeadline().get(), extensions(),
        ConventionDates.MAX_ARTICLE_4_EXTENSION, EXTENSION_RULE);
    Obligations.checkCompletion(type, who, start(), completedOn());
    Obligations.checkCeased(type, who, start(), ceasedOn(), completedOn());
    declarationOfCompliance().ifPresent(d -> checkArgument(completedOn().isPresent(),
        "Clearance.declarationOfCompliance (%s) needs completedOn (state %s)", d, who));
  }
}
