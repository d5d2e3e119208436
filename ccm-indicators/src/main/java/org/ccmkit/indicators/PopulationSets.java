package org.ccmkit.indicators;

import java.util.Optional;
import org.ccmkit.indicators.data.ElementFacts;
import org.ccmkit.indicators.data.SubjectSet;
import org.ccmkit.indicators.result.PopulationCode;
import org.ccmkit.indicators.result.SubjectOutcome;

/**
 * Where each member of a base population stands, as sets of subjects (FHIR Measure's populations): left out by the
 * qualifier; a denominator exception (does not meet the criterion, affirms the exception); in the denominator; in the
 * numerator (meets the criterion); a numerator exclusion (meets it, affirms the exclusion); no data (neither known to
 * meet it nor known not to). Each is a few set operations on the facts' bitsets.
 */
final class PopulationSets {

  final SubjectSet excluded;
  final SubjectSet excepted;
  final SubjectSet denominator;
  final SubjectSet numerator;
  final SubjectSet notCounted;
  final SubjectSet noData;

  private PopulationSets(SubjectSet excluded, SubjectSet excepted, SubjectSet denominator, SubjectSet numerator,
      SubjectSet notCounted, SubjectSet noData) {
    this.excluded = excluded;
    this.excepted = excepted;
    this.denominator = denominator;
    this.numerator = numerator;
    this.notCounted = notCounted;
    this.noData = noData;
  }

  /**
   * The sets of an indicator over {@code members}: {@code facts} are its data elements' facts in the cycle, {@code
   * condition} its counting rule's condition over them; where the facts are {@code COMPLETE}, a member that reported
   * any element and has no fact for another did not affirm it.
   */
  static PopulationSets of(SubjectSet members, ElementFacts[] facts, Criterion.InCycle condition, FactsKnown known,
      Optional<Qualifier> qualifier, Optional<Exemption> exclusion, Optional<Exemption> exception) {
    SubjectSet qualified = qualifier.isPresent() ? members.and(qualifier.get().qualified) : members;
    SubjectSet absentIsNo = known == FactsKnown.COMPLETE ? Counting.reportedAny(facts) : SubjectSet.empty();
    Criterion criterion = Criterion.of(condition, qualified, absentIsNo);
    SubjectSet meets = qualified.and(criterion.met);
    SubjectSet excepted = exception.isPresent() ? qualified.andNot(meets).and(exception.get().affirming())
        : SubjectSet.empty();
    SubjectSet denominator = qualified.andNot(excepted);
    SubjectSet notCounted = exclusion.isPresent() ? meets.and(exclusion.get().affirming()) : SubjectSet.empty();
    return new PopulationSets(members.andNot(qualified), excepted, denominator, meets.andNot(notCounted), notCounted,
        denominator.andNot(meets, criterion.unmet));
  }

  /** The subjects of population {@code code}, which must be one of the sets (not the initial population). */
  SubjectSet of(PopulationCode code) {
    switch (code) {
      case DENOMINATOR_EXCLUSION:
        return excluded;
      case DENOMINATOR_EXCEPTION:
        return excepted;
      case DENOMINATOR:
        return denominator;
      case NUMERATOR:
        return numerator;
      case NUMERATOR_EXCLUSION:
        return notCounted;
      case NO_DATA:
        return noData;
      default:
        throw new IllegalArgumentException("no set of population " + code + " among an indicator's sets");
    }
  }

  /** The outcome of the member of index {@code subject}. */
  SubjectOutcome outcomeOf(int subject) {
    if (excluded.contains(subject) || excepted.contains(subject)) {
      return SubjectOutcome.EXCLUDED;
    }
    return numerator.contains(subject) ? SubjectOutcome.COUNTED
        : noData.contains(subject) ? SubjectOutcome.NO_DATA : SubjectOutcome.NOT_COUNTED;
  }

  /** Whether a dataset's facts are complete: a subject with no fact reported nothing, rather than is unknown. */
  enum FactsKnown {
    /** Every fact is there: a missing fact is a "no" for a subject that reported something. */
    COMPLETE,
    /** Facts taken from documents that name only some subjects: a missing fact is unknown. */
    PARTIAL;

    static FactsKnown of(boolean complete) {
      return complete ? COMPLETE : PARTIAL;
    }
  }
}
