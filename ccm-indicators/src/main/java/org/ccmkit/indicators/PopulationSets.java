package org.ccmkit.indicators;

import java.util.Optional;
import org.ccmkit.indicators.data.SubjectSet;
import org.ccmkit.indicators.result.PopulationCode;
import org.ccmkit.indicators.result.SubjectOutcome;

/**
 * Where each member of a base population stands (FHIR Measure's populations): left out by the qualifier; a
 * denominator exception (does not meet the criterion, affirms the exception); in the denominator; in the numerator
 * (meets the criterion); a numerator exclusion (meets it, affirms the exclusion); no data (neither known to meet it
 * nor known not to).
 *
 * <p>The counts are made at once, in one pass over the words of the members' bitset, which makes no set: a score needs
 * the counts only. The sets themselves, which an explanation and a few scores read, are made from the same inputs by
 * set operations the first time one is asked for, and then kept (a set made twice by two threads is the same set).
 */
final class PopulationSets {

  private final SubjectSet members;
  /** The subjects the qualifier keeps, or {@code null} for an indicator without a qualifier. */
  private final SubjectSet qualifying;
  private final Criterion criterion;
  /** The subjects affirming the rule's denominator exception, or {@code null}. */
  private final SubjectSet excepting;
  /** The subjects affirming the rule's numerator exclusion, or {@code null}. */
  private final SubjectSet excluding;

  /** The number of members the qualifier leaves out. */
  final int excludedCount;
  /** The number of denominator exceptions. */
  final int exceptedCount;
  /** The size of the denominator. */
  final int denominatorCount;
  /** The size of the numerator. */
  final int numeratorCount;
  /** The number of numerator exclusions. */
  final int notCountedCount;
  /** The number of members of the denominator with no data. */
  final int noDataCount;

  /** The sets, once made. */
  private volatile Sets sets;

  /**
   * The populations of {@code members} under {@code criterion}: {@code qualifying} are the subjects the qualifier keeps,
   * {@code excepting} those affirming the denominator exception, {@code excluding} those affirming the numerator
   * exclusion; each {@code null} where the indicator has none.
   */
  PopulationSets(SubjectSet members, SubjectSet qualifying, Criterion criterion, SubjectSet excepting,
      SubjectSet excluding) {
    this.members = members;
    this.qualifying = qualifying;
    this.criterion = criterion;
    this.excepting = excepting;
    this.excluding = excluding;
    SubjectSet met = criterion.met;
    SubjectSet unmet = criterion.unmet;
    int excluded = 0;
    int excepted = 0;
    int denominator = 0;
    int numerator = 0;
    int notCounted = 0;
    int noData = 0;
    for (int i = 0, n = members.wordCount(); i < n; i++) {
      long m = members.word(i);
      long qualified = qualifying == null ? m : m & qualifying.word(i);
      long meets = qualified & met.word(i);
      long except = excepting == null ? 0L : qualified & ~meets & excepting.word(i);
      long inDenominator = qualified & ~except;
      long exclude = excluding == null ? 0L : meets & excluding.word(i);
      excluded += Long.bitCount(m & ~qualified);
      excepted += Long.bitCount(except);
      denominator += Long.bitCount(inDenominator);
      numerator += Long.bitCount(meets & ~exclude);
      notCounted += Long.bitCount(exclude);
      noData += Long.bitCount(inDenominator & ~meets & ~unmet.word(i));
    }
    this.excludedCount = excluded;
    this.exceptedCount = excepted;
    this.denominatorCount = denominator;
    this.numeratorCount = numerator;
    this.notCountedCount = notCounted;
    this.noDataCount = noData;
  }

  /**
   * The populations of an indicator over {@code members}, whose counting rule's {@code criterion} is prepared for the
   * cycle; {@code qualifier}, {@code exclusion} and {@code exception} are the indicator's, where it has them.
   */
  static PopulationSets of(SubjectSet members, Criterion criterion, Optional<Qualifier> qualifier,
      Optional<Exemption> exclusion, Optional<Exemption> exception) {
    return new PopulationSets(members, qualifier.isPresent() ? qualifier.get().qualified : null, criterion,
        exception.isPresent() ? exception.get().affirming() : null,
        exclusion.isPresent() ? exclusion.get().affirming() : null);
  }

  /** The number of subjects of population {@code code}, which must be one of the sets (not the initial population). */
  int count(PopulationCode code) {
    switch (code) {
      case DENOMINATOR_EXCLUSION:
        return excludedCount;
      case DENOMINATOR_EXCEPTION:
        return exceptedCount;
      case DENOMINATOR:
        return denominatorCount;
      case NUMERATOR:
        return numeratorCount;
      case NUMERATOR_EXCLUSION:
        return notCountedCount;
      case NO_DATA:
        return noDataCount;
      default:
        throw new IllegalArgumentException("no set of population " + code + " among an indicator's sets");
    }
  }

  /** The subjects of population {@code code}, which must be one of the sets (not the initial population). */
  SubjectSet of(PopulationCode code) {
    Sets s = sets();
    switch (code) {
      case DENOMINATOR_EXCLUSION:
        return s.excluded;
      case DENOMINATOR_EXCEPTION:
        return s.excepted;
      case DENOMINATOR:
        return s.denominator;
      case NUMERATOR:
        return s.numerator;
      case NUMERATOR_EXCLUSION:
        return s.notCounted;
      case NO_DATA:
        return s.noData;
      default:
        throw new IllegalArgumentException("no set of population " + code + " among an indicator's sets");
    }
  }

  /** {@return the denominator} */
  SubjectSet denominator() {
    return sets().denominator;
  }

  /** {@return the numerator} */
  SubjectSet numerator() {
    return sets().numerator;
  }

  /** {@return the members the qualifier leaves out} */
  SubjectSet excluded() {
    return sets().excluded;
  }

  /** The outcome of the member of index {@code subject}. */
  SubjectOutcome outcomeOf(int subject) {
    Sets s = sets();
    if (s.excluded.contains(subject) || s.excepted.contains(subject)) {
      return SubjectOutcome.EXCLUDED;
    }
    return s.numerator.contains(subject) ? SubjectOutcome.COUNTED
        : s.noData.contains(subject) ? SubjectOutcome.NO_DATA : SubjectOutcome.NOT_COUNTED;
  }

  private Sets sets() {
    Sets s = sets;
    if (s == null) {
      s = new Sets(members, qualifying, criterion, excepting, excluding);
      sets = s;
    }
    return s;
  }

  /** The populations as sets, by the set operations the counts are made of. */
  private static final class Sets {

    final SubjectSet excluded;
    final SubjectSet excepted;
    final SubjectSet denominator;
    final SubjectSet numerator;
    final SubjectSet notCounted;
    final SubjectSet noData;

    Sets(SubjectSet members, SubjectSet qualifying, Criterion criterion, SubjectSet excepting,
        SubjectSet excluding) {
      SubjectSet qualified = qualifying == null ? members : members.and(qualifying);
      SubjectSet meets = qualified.and(criterion.met);
      this.excepted = excepting == null ? SubjectSet.empty() : qualified.andNot(meets).and(excepting);
      this.denominator = qualified.andNot(excepted);
      this.notCounted = excluding == null ? SubjectSet.empty() : meets.and(excluding);
      this.excluded = members.andNot(qualified);
      this.numerator = meets.andNot(notCounted);
      this.noData = denominator.andNot(meets, criterion.unmet);
    }
  }
}
