package org.ccmkit.indicators;

import com.google.common.collect.ImmutableList;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.ccmkit.indicators.data.FactIndex;
import org.ccmkit.indicators.data.SubjectSet;
import org.ccmkit.indicators.population.Member;
import org.ccmkit.indicators.result.PopulationCode;
import org.ccmkit.indicators.result.Reason;
import org.ccmkit.indicators.result.SubjectEntry;
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
 * It is the {@link Explanation} of an indicator counted over a base population: an evaluation's populations, each
 * member's entry built when they are first read.
 */
final class PopulationSets extends Explanation {

  /** The indicator prepared for the cycle: its population, qualifier, exemptions and entries; null in tests of sets. */
  private final PreparedIndicator prepared;
  /** The sets the members are sorted by. */
  private final Inputs inputs;

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

  /** The populations of the members of {@code inputs}, sorted by its sets; for tests of the sets and counts alone. */
  PopulationSets(Inputs inputs) {
    this(null, inputs);
  }

  private PopulationSets(PreparedIndicator prepared, Inputs inputs) {
    this.prepared = prepared;
    this.inputs = inputs;
    long[] words = inputs.words;
    int excluded = 0;
    int excepted = 0;
    int denominator = 0;
    int numerator = 0;
    int notCounted = 0;
    int noData = 0;
    for (int w = 0; w < words.length; w += Inputs.STRIDE) {
      long m = words[w];
      long qualified = m & words[w + 1];
      long meets = qualified & words[w + 2];
      long except = qualified & ~meets & words[w + 4];
      long inDenominator = qualified & ~except;
      long exclude = meets & words[w + 5];
      excluded += Long.bitCount(m & ~qualified);
      excepted += Long.bitCount(except);
      denominator += Long.bitCount(inDenominator);
      numerator += Long.bitCount(meets & ~exclude);
      notCounted += Long.bitCount(exclude);
      noData += Long.bitCount(inDenominator & ~meets & ~words[w + 3]);
    }
    this.excludedCount = excluded;
    this.exceptedCount = excepted;
    this.denominatorCount = denominator;
    this.numeratorCount = numerator;
    this.notCountedCount = notCounted;
    this.noDataCount = noData;
  }

  /**
   * The populations of {@code prepared}, an indicator prepared for a cycle (its base population, counting rule's
   * criterion, qualifier and exemptions, as {@link Inputs}).
   */
  static PopulationSets of(PreparedIndicator prepared) {
    return new PopulationSets(prepared, prepared.sorting.get());
  }

  @Override
  FactIndex index() {
    return prepared.index;
  }

  /**
   * The populations an evaluation over a base population lists, in their order: the initial population, the
   * qualifier's exclusion where there is a {@code qualifier}, the rule's {@code exception} where it has one, the
   * denominator, the numerator, the rule's {@code exclusion} where it has one, and no data.
   */
  static ImmutableList<PopulationCode> codes(Optional<Qualifier> qualifier, Optional<Exemption> exception,
      Optional<Exemption> exclusion) {
    ImmutableList.Builder<PopulationCode> codes = ImmutableList.builderWithExpectedSize(7);
    codes.add(PopulationCode.INITIAL_POPULATION);
    if (qualifier.isPresent()) {
      codes.add(PopulationCode.DENOMINATOR_EXCLUSION);
    }
    if (exception.isPresent()) {
      codes.add(PopulationCode.DENOMINATOR_EXCEPTION);
    }
    codes.add(PopulationCode.DENOMINATOR, PopulationCode.NUMERATOR);
    if (exclusion.isPresent()) {
      codes.add(PopulationCode.NUMERATOR_EXCLUSION);
    }
    return codes.add(PopulationCode.NO_DATA).build();
  }

  /**
   * The sets a base population's members are sorted by, for one indicator and cycle: its members, the subjects its
   * qualifier keeps, who meets its counting rule's criterion and who is known not to, and who affirms its rule's
   * denominator exception and numerator exclusion. Their words are also kept side by side, six to each word of the
   * members' (the qualifier's all ones where there is none, an absent exemption's zero), so that the counts read one
   * array. Made once for a plan's cycle ({@link PreparedIndicator}).
   */
  static final class Inputs {

    /** The words kept for each word of the members': members, qualifying, met, unmet, excepting, excluding. */
    static final int STRIDE = 6;

    final SubjectSet members;
    /** The subjects the qualifier keeps, or {@code null} for an indicator without a qualifier. */
    final SubjectSet qualifying;
    final Criterion criterion;
    /** The subjects affirming the rule's denominator exception, or {@code null}. */
    final SubjectSet excepting;
    /** The subjects affirming the rule's numerator exclusion, or {@code null}. */
    final SubjectSet excluding;
    /** The sets' words side by side, {@link #STRIDE} to each word of the members'. */
    final long[] words;

    /**
     * The inputs of {@code members} under {@code criterion}: {@code qualifying} are the subjects the qualifier keeps,
     * {@code excepting} those affirming the denominator exception, {@code excluding} those affirming the numerator
     * exclusion; each {@code null} where the indicator has none.
     */
    Inputs(SubjectSet members, SubjectSet qualifying, Criterion criterion, SubjectSet excepting,
        SubjectSet excluding) {
      this.members = members;
      this.qualifying = qualifying;
      this.criterion = criterion;
      this.excepting = excepting;
      this.excluding = excluding;
      this.words = new long[members.wordCount() * STRIDE];
      for (int i = 0, w = 0; i < members.wordCount(); i++, w += STRIDE) {
        words[w] = members.word(i);
        words[w + 1] = qualifying == null ? -1L : qualifying.word(i);
        words[w + 2] = criterion.met.word(i);
        words[w + 3] = criterion.unmet.word(i);
        words[w + 4] = excepting == null ? 0L : excepting.word(i);
        words[w + 5] = excluding == null ? 0L : excluding.word(i);
      }
    }

    /** The inputs of an indicator over {@code members} with its {@code criterion}, qualifier and exemptions. */
    static Inputs of(SubjectSet members, Criterion criterion, Optional<Qualifier> qualifier,
        Optional<Exemption> exception, Optional<Exemption> exclusion) {
      return new Inputs(members, qualifier.isPresent() ? qualifier.get().qualified : null, criterion,
          exception.isPresent() ? exception.get().affirming() : null,
          exclusion.isPresent() ? exclusion.get().affirming() : null);
    }
  }

  /** The number of subjects of population {@code code}, which must be one of the sets (not the initial population). */
  private int count0(PopulationCode code) {
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

  @Override
  SubjectSet subjectsOf(PopulationCode code) {
    return code == PopulationCode.INITIAL_POPULATION ? prepared.population.get().members() : of(code);
  }

  @Override
  public int count(PopulationCode code) {
    return code == PopulationCode.INITIAL_POPULATION ? inputs.members.size() : count0(code);
  }

  @Override
  public ImmutableList<PopulationCode> codes() {
    return prepared.populations;
  }

  @Override
  public ImmutableList<String> subjectCodes(PopulationCode code) {
    return code == PopulationCode.INITIAL_POPULATION ? prepared.population.get().subjects() : super.subjectCodes(code);
  }

  @Override
  Map<PopulationCode, ImmutableList<SubjectEntry>> build() {
    SubjectEntries entries = prepared.entries.get();
    Optional<Qualifier> qualifier = prepared.qualifier;
    Optional<Exemption> exclusion = prepared.exclusion;
    Optional<Exemption> exception = prepared.exception;
    SubjectSet excluded = of(PopulationCode.DENOMINATOR_EXCLUSION);
    SubjectSet excepted = of(PopulationCode.DENOMINATOR_EXCEPTION);
    SubjectSet numerator = of(PopulationCode.NUMERATOR);
    SubjectSet notCounted = of(PopulationCode.NUMERATOR_EXCLUSION);
    SubjectSet noData = of(PopulationCode.NO_DATA);
    ImmutableList.Builder<SubjectEntry> initialList = ImmutableList.builderWithExpectedSize(inputs.members.size());
    ImmutableList.Builder<SubjectEntry> excludedList = ImmutableList.builderWithExpectedSize(excludedCount);
    ImmutableList.Builder<SubjectEntry> exceptedList = ImmutableList.builderWithExpectedSize(exceptedCount);
    ImmutableList.Builder<SubjectEntry> denominatorList =
        ImmutableList.builderWithExpectedSize(denominatorCount);
    ImmutableList.Builder<SubjectEntry> numeratorList =
        ImmutableList.builderWithExpectedSize(numeratorCount);
    ImmutableList.Builder<SubjectEntry> notCountedList =
        ImmutableList.builderWithExpectedSize(notCountedCount);
    ImmutableList.Builder<SubjectEntry> noDataList = ImmutableList.builderWithExpectedSize(noDataCount);
    prepared.population.get().members().forEach(i -> {
      Member m = prepared.population.get().member(i);
      if (excluded.contains(i)) {
        SubjectEntry entry = entries.excluded(m.subject(), m.name(), i,
            with(m.reasons(), qualifier.get().whyNotMet(i)));
        initialList.add(entry);
        excludedList.add(entry);
        return;
      }
      ImmutableList<Reason> reasons = qualifier.map(q -> with(m.reasons(), q.whyMet(i, m.subject())))
          .orElse(m.reasons());
      if (excepted.contains(i)) {
        reasons = with(reasons, exception.get().reason(i, prepared.meeting));
      } else if (notCounted.contains(i)) {
        reasons = with(reasons, exclusion.get().reason(i, prepared.meeting));
      }
      SubjectEntry entry = entries.of(m.subject(), m.name(), i, outcomeOf(i), reasons);
      initialList.add(entry);
      if (excepted.contains(i)) {
        exceptedList.add(entry);
        return;
      }
      denominatorList.add(entry);
      if (numerator.contains(i)) {
        numeratorList.add(entry);
      } else if (noData.contains(i)) {
        noDataList.add(entry);
      } else if (notCounted.contains(i)) {
        notCountedList.add(entry);
      }
    });
    Map<PopulationCode, ImmutableList<SubjectEntry>> built = new EnumMap<>(PopulationCode.class);
    built.put(PopulationCode.INITIAL_POPULATION, initialList.build());
    built.put(PopulationCode.DENOMINATOR_EXCLUSION, excludedList.build());
    built.put(PopulationCode.DENOMINATOR_EXCEPTION, exceptedList.build());
    built.put(PopulationCode.DENOMINATOR, denominatorList.build());
    built.put(PopulationCode.NUMERATOR, numeratorList.build());
    built.put(PopulationCode.NUMERATOR_EXCLUSION, notCountedList.build());
    built.put(PopulationCode.NO_DATA, noDataList.build());
    return built;
  }

  private Sets sets() {
    Sets s = sets;
    if (s == null) {
      s = new Sets(inputs.members, inputs.qualifying, inputs.criterion, inputs.excepting, inputs.excluding);
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
