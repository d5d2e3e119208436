package org.ccmkit.indicators;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.ccmkit.indicators.data.DatasetMemo;
import org.ccmkit.indicators.data.MonitoringDataset;
import org.ccmkit.indicators.population.PlanPeriod;
import org.ccmkit.model.calendar.ReportingCycle;
import org.ccmkit.model.plan.Indicator;
import org.ccmkit.model.plan.Vocabulary;

/**
 * The indicators of a plan prepared for one cycle of a dataset ({@link PreparedIndicator}), kept in the dataset's
 * {@linkplain MonitoringDataset#memo() memo}, one holder a cycle: a plan evaluated again for the cycle is not prepared
 * again. The holder keeps the last {@value #KEPT} indicator lists it prepared, each with the vocabulary and the plan
 * period it was prepared for (so that evaluators of two vocabularies taking turns on one dataset do not prepare at
 * every call); a list that is none of those (by identity: a plan's list is immutable, and the same list each time),
 * another vocabulary (by identity: an equal one is prepared anew, which gives equal values) or another period is
 * prepared anew and then kept, in place of the oldest. So what it serves is always what preparing now would give.
 */
final class PreparedPlans {

  /** The holder of one cycle. */
  record Key(ReportingCycle cycle) implements DatasetMemo.Key<PreparedPlans> {
    @Override
    public PreparedPlans compute(MonitoringDataset dataset) {
      return new PreparedPlans();
    }
  }

  /** How many prepared lists a holder keeps. */
  static final int KEPT = 4;

  /**
   * The lists prepared last, the newest first. Read and written without a lock: a thread may see an older array (or
   * another thread's may replace its own), and then prepares anew; each list is immutable once published.
   */
  private volatile Prepared[] recent = {};

  private PreparedPlans() {}

  /** The holder of {@code cycle}'s prepared plans, in the dataset's memo. */
  static PreparedPlans of(MonitoringDataset dataset, ReportingCycle cycle) {
    return dataset.memo().get(new Key(cycle));
  }

  /**
   * {@code indicators} prepared for the cycle of {@code context}, each at its index; the array is shared and must not
   * be written to.
   */
  PreparedIndicator[] of(ImmutableList<Indicator> indicators, CycleContext context) {
    Prepared[] kept = recent;
    for (Prepared p : kept) {
      if (p.indicators == indicators && p.vocabulary.orElse(null) == context.vocabulary.orElse(null)
          && p.period.equals(context.period)) {
        return p.each;
      }
    }
    PreparedIndicator[] each = new PreparedIndicator[indicators.size()];
    for (int i = 0; i < each.length; i++) {
      each[i] = PreparedIndicator.of(indicators.get(i), context);
    }
    Prepared[] newer = new Prepared[Math.min(kept.length + 1, KEPT)];
    newer[0] = new Prepared(indicators, context.vocabulary, context.period, each);
    System.arraycopy(kept, 0, newer, 1, newer.length - 1);
    recent = newer;
    return each;
  }

  /** A list prepared, with what it was prepared for. */
  private static final class Prepared {
    final ImmutableList<Indicator> indicators;
    final Optional<Vocabulary> vocabulary;
    final Optional<PlanPeriod> period;
    final PreparedIndicator[] each;

    Prepared(ImmutableList<Indicator> indicators, Optional<Vocabulary> vocabulary, Optional<PlanPeriod> period,
        PreparedIndicator[] each) {
      this.indicators = indicators;
      this.vocabulary = vocabulary;
      this.period = period;
      this.each = each;
    }
  }
}
