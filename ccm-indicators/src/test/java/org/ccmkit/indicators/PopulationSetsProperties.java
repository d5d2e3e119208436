package org.ccmkit.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import org.ccmkit.indicators.data.SubjectSet;
import org.ccmkit.indicators.result.PopulationCode;

/**
 * {@link PopulationSets} counts its populations in one pass over the words of the members' bitset, and makes the sets
 * themselves by set operations when they are first asked for: the two must agree for every input, with and without a
 * qualifier, an exception and an exclusion, over sets of one word and of several.
 */
class PopulationSetsProperties {

  private static final List<PopulationCode> SETS = List.of(PopulationCode.DENOMINATOR_EXCLUSION,
      PopulationCode.DENOMINATOR_EXCEPTION, PopulationCode.DENOMINATOR, PopulationCode.NUMERATOR,
      PopulationCode.NUMERATOR_EXCLUSION, PopulationCode.NO_DATA);

  @Property(tries = 400)
  @StatisticsReport(onFailureOnly = true)
  void theCountsAreTheSizesOfTheSets(@ForAll("sets") SubjectSet members, @ForAll("sets") SubjectSet met,
      @ForAll("sets") SubjectSet unmet, @ForAll("maybeSets") SubjectSet qualifying,
      @ForAll("maybeSets") SubjectSet excepting, @ForAll("maybeSets") SubjectSet excluding) {
    // A subject is not both met and known not met: the criterion never says so (Criterion).
    PopulationSets sets = new PopulationSets(new PopulationSets.Inputs(members, qualifying,
        new Criterion(met, unmet.andNot(met)), excepting, excluding));
    for (PopulationCode code : SETS) {
      assertEquals(sets.of(code).size(), sets.count(code), code.toString());
      assertTrue(members.containsAll(sets.of(code)), code + " within the members");
    }
    assertEquals(members.size(), sets.excludedCount + sets.exceptedCount + sets.denominatorCount);
    // The denominator is the numerator, the numerator exclusions, no data and those known not to meet the criterion.
    int knownNotMet = sets.denominator().andNot(sets.numerator()).andNot(sets.of(PopulationCode.NUMERATOR_EXCLUSION))
        .andNot(sets.of(PopulationCode.NO_DATA)).size();
    assertEquals(sets.denominatorCount, sets.numeratorCount + sets.notCountedCount + sets.noDataCount + knownNotMet);
    Statistics.label("members span several words").collect(members.wordCount() > 1);
    Statistics.label("members span several words").coverage(c -> c.check(true).percentage(p -> p > 20));
    Statistics.label("a qualifier leaves some out").collect(sets.excludedCount > 0);
    Statistics.label("a qualifier leaves some out").coverage(c -> c.check(true).percentage(p -> p > 10));
    Statistics.label("an exception applies").collect(sets.exceptedCount > 0);
    Statistics.label("an exception applies").coverage(c -> c.check(true).percentage(p -> p > 5));
    Statistics.label("an exclusion applies").collect(sets.notCountedCount > 0);
    Statistics.label("an exclusion applies").coverage(c -> c.check(true).percentage(p -> p > 5));
    Statistics.label("some have no data").collect(sets.noDataCount > 0);
    Statistics.label("some have no data").coverage(c -> c.check(true).percentage(p -> p > 20));
  }

  /** Sets of up to 200 subjects (one to four words), dense enough that they overlap. */
  @Provide
  Arbitrary<SubjectSet> sets() {
    return Arbitraries.integers().between(0, 199).set().ofMaxSize(120).map(indices -> {
      BitSet bits = new BitSet();
      indices.forEach(bits::set);
      return SubjectSet.of(bits);
    });
  }

  /** A set, or {@code null} for an indicator without that part (no qualifier, no exception, no exclusion). */
  @Provide
  Arbitrary<SubjectSet> maybeSets() {
    return sets().injectNull(0.3);
  }
}
