package org.ccmkit.indicators;

import org.ccmkit.indicators.data.FactIndex;
import org.ccmkit.indicators.data.SubjectSet;
import org.ccmkit.indicators.population.ComputedPopulation;
import org.ccmkit.indicators.population.Member;

/**
 * A computed base population with its members as a {@link SubjectSet} of the dataset's {@link FactIndex}: computed
 * once per population rule and cycle, and shared by every indicator counted over it.
 */
final class MemberSet {

  final ComputedPopulation population;
  final SubjectSet members;
  private final Member[] byIndex;

  private MemberSet(ComputedPopulation population, SubjectSet members, Member[] byIndex) {
    this.population = population;
    this.members = members;
    this.byIndex = byIndex;
  }

  /** The members of {@code population}, numbered by {@code index}, which must number every one of them. */
  static MemberSet of(ComputedPopulation population, FactIndex index) {
    Member[] byIndex = new Member[index.subjects().size()];
    java.util.BitSet bits = new java.util.BitSet(byIndex.length);
    for (Member m : population.members()) {
      int i = index.indexOf(m.subject());
      if (i < 0) {
        throw new IllegalStateException("population member " + m.subject() + " of " + population.rule()
            + " is not a subject of the dataset");
      }
      bits.set(i);
      byIndex[i] = m;
    }
    return new MemberSet(population, SubjectSet.of(bits), byIndex);
  }

  /** The member of index {@code subject}. */
  Member member(int subject) {
    return byIndex[subject];
  }
}
