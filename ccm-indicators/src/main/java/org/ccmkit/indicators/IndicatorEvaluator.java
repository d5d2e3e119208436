package org.ccmkit.indicators;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.ccmkit.indicators.data.Fact;
import org.ccmkit.indicators.data.MonitoringDataset;
import org.ccmkit.indicators.data.PublishedValue;
import org.ccmkit.indicators.population.PlanPeriod;
import org.ccmkit.indicators.report.ProgressReport;
import org.ccmkit.indicators.report.Series;
import org.ccmkit.indicators.report.Stratification;
import org.ccmkit.indicators.reporting.ReportingRate;
import org.ccmkit.indicators.reporting.ReportingRates;
import org.ccmkit.indicators.result.Agreement;
import org.ccmkit.indicators.result.BaselineComparison;
import org.ccmkit.indicators.result.ConsistencyFlag;
import org.ccmkit.indicators.result.Evaluation;
import org.ccmkit.indicators.result.EvaluationStatus;
import org.ccmkit.indicators.result.PopulationResult;
import org.ccmkit.indicators.result.PublishedComparison;
import org.ccmkit.indicators.result.Score;
import org.ccmkit.model.calendar.Meeting;
import org.ccmkit.model.calendar.ReportingCycle;
import org.ccmkit.model.obligation.ReportKind;
import org.ccmkit.model.plan.ActionPlan;
import org.ccmkit.model.plan.Baseline;
import org.ccmkit.model.plan.FigureUnit;
import org.ccmkit.model.plan.Indicator;
import org.ccmkit.model.plan.PopulationBase;
import org.ccmkit.model.plan.Vocabulary;
import org.immutables.value.Value;

/**
 * The evaluator of the monitoring framework: for a reporting cycle, it computes an indicator's population from the
 * Convention's state on the cycle's date, counts the subjects that meet its criterion, and reports which subjects were
 * counted, which were not, which reported nothing, and the facts and sources behind each, with the value by the
 * indicator's measure, its baseline, and the figures documents published for it.
 *
 * <p>The evaluator is an immutable configuration: an optional {@linkplain #vocabulary() vocabulary} to check data
 * elements against, an optional {@linkplain #planPeriod() plan period} for indicators evaluated outside their plan, and
 * an optional {@linkplain #baselineCycle() baseline cycle} for plans that printed no baselines. Every method is a pure
 * function of its arguments: no I/O, no clock, no shared mutable state (a dataset keeps the base populations computed
 * from it in its {@linkplain MonitoringDataset#memo() memo}, which changes no result, only when the work is done);
 * equal inputs give equal results, subjects sorted by code; safe to call from many threads.
 *
 * <p>The counting rules are those of the {@linkplain org.ccmkit.indicators package documentation}.
 */
@Value.Immutable
public abstract class IndicatorEvaluator {

  /** Implemented in this package only (by the generated immutable class). */
  IndicatorEvaluator() {}

  /** The baseline of an evaluation that is itself a baseline: none. */
  private static final BaselineRule NO_BASELINE = (indicator, printed, score) -> Optional.empty();

  /**
   * {@return the vocabulary to check data elements against; without one, an element is known if any fact reports it}
   */
  public abstract Optional<Vocabulary> vocabulary();

  /**
   * The plan period for {@link PopulationBase#NEW_STATES_PARTIES} when an indicator is evaluated on its own; plan-level
   * methods use their plan's period.
   *
   * @return the plan period for {@link PopulationBase#NEW_STATES_PARTIES} when an indicator is evaluated on its own;
   *     plan-level methods use their plan's period
   */
  public abstract Optional<PlanPeriod> planPeriod();

  /**
   * The cycle whose value is the baseline of indicators whose plan printed none or an unknown one ("X%"), e.g.
   * {@code 10MSP} for the Lausanne Action Plan, which set its baselines in its first year.
   *
   * @return the cycle whose value is the baseline of indicators whose plan printed none or an unknown one ("X%"), e.g.
   *     {@code 10MSP} for the Lausanne Action Plan, which set its baselines in its first year
   */
  public abstract Optional<String> baselineCycle();

  /** {@return a builder} */
  public static ImmutableIndicatorEvaluator.Builder builder() {
    return ImmutableIndicatorEvaluator.builder();
  }

  /** {@return the evaluator with no vocabulary, plan period or baseline cycle} */
  public static IndicatorEvaluator of() {
    return builder().build();
  }

  /**
   * The evaluator checking data elements against {@code vocabulary}.
   *
   * @param vocabulary the data elements known
   * @return the evaluator checking data elements against {@code vocabulary}
   */
  public static IndicatorEvaluator of(Vocabulary vocabulary) {
    checkArgument(vocabulary != null, "vocabulary must not be null");
    return builder().vocabulary(vocabulary).build();
  }

  /**
   * Evaluates {@code indicator} for {@code cycle}.
   *
   *
   * @param indicator the indicator
   * @param dataset the monitoring dataset
   * @param cycle the reporting cycle
   * @return the evaluation
   * @throws IllegalArgumentException if {@code cycle} is neither one of the dataset's cycles nor the cycle of one of
   *     its meetings, or if the dataset's published values name the indicator by its id in another case; the message
   *     names the known values
   */
  public Evaluation evaluate(Indicator indicator, MonitoringDataset dataset, ReportingCycle cycle) {
    checkArgument(indicator != null, "indicator must not be null");
    checkArgument(dataset != null, "dataset must not be null (indicator %s)", indicator.id());
    checkArgument(cycle != null, "cycle must not be null (indicator %s)", indicator.id());
    Known.cycle(dataset, cycle);
    ImmutableList<Indicator> one = ImmutableList.of(indicator);
    Known.indicatorIds(dataset, one);
    return evaluate(indicator, new CycleContext(dataset, cycle, planPeriod(), vocabulary()), baselineContext(dataset, cycle,
        planPeriod(), one));
  }

  /**
   * Evaluates every indicator of {@code plan} for {@code cycle}, in document order.
   *
   *
   * @param plan the action plan
   * @param dataset the monitoring dataset
   * @param cycle the reporting cycle
   * @return the evaluation list
   * @throws IllegalArgumentException if {@code cycle} is neither one of the dataset's cycles nor the cycle of one of
   *     its meetings, or if the dataset's published values name one of the plan's indicators by its id in another
   *     case; the message names the known values
   */
  public ImmutableList<Evaluation> evaluatePlan(ActionPlan plan, MonitoringDataset dataset, ReportingCycle cycle) {
    checkArgument(plan != null, "plan must not be null");
    checkArgument(dataset != null, "dataset must not be null (plan %s)", plan.id());
    checkArgument(cycle != null, "cycle must not be null (plan %s)", plan.id());
    Known.cycle(dataset, cycle);
    Known.indicatorIds(dataset, plan.indicators());
    Optional<PlanPeriod> period = Optional.of(PlanPeriod.of(plan));
    CycleContext context = new CycleContext(dataset, cycle, period, vocabulary());
    BaselineRule baseline = baselines(baselineContext(dataset, cycle, period, plan.indicators()));
    ImmutableList<Indicator> indicators = plan.indicators();
    // What does not depend on the counting is prepared once for the plan, cycle, vocabulary and period, and kept.
    PreparedIndicator[] prepared = PreparedPlans.of(dataset, cycle).of(indicators, context);
    ImmutableList.Builder<Evaluation> evaluations = ImmutableList.builderWithExpectedSize(indicators.size());
    for (int i = 0; i < prepared.length; i++) {
      evaluations.add(evaluate(indicators.get(i), context, prepared[i], baseline));
    }
    return evaluations.build();
  }

  /**
   * The values of {@code indicator} across the dataset's cycles, and the cycles for which only a published figure
   * exists (those whose meeting the dataset lists), oldest first.
   *
   * @param indicator the indicator
   * @param dataset the monitoring dataset
   * @return the values of {@code indicator} across the dataset's cycles, and the cycles for which only a published
   *     figure exists (those whose meeting the dataset lists), oldest first
   */
  public Series series(Indicator indicator, MonitoringDataset dataset) {
    checkArgument(indicator != null, "indicator must not be null");
    checkArgument(dataset != null, "dataset must not be null (indicator %s)", indicator.id());
    Known.indicatorIds(dataset, ImmutableList.of(indicator));
    return series(indicator, dataset, planPeriod());
  }

  /**
   * The series of every indicator of {@code plan}, in document order.
   *
   * @param plan the action plan
   * @param dataset the monitoring dataset
   * @return the series of every indicator of {@code plan}, in document order
   */
  public ImmutableList<Series> seriesOfPlan(ActionPlan plan, MonitoringDataset dataset) {
    checkArgument(plan != null, "plan must not be null");
    checkArgument(dataset != null, "dataset must not be null (plan %s)", plan.id());
    Known.indicatorIds(dataset, plan.indicators());
    Optional<PlanPeriod> period = Optional.of(PlanPeriod.of(plan));
    return plan.indicators().stream().map(i -> series(i, dataset, period)).collect(ImmutableList.toImmutableList());
  }

  /**
   * The progress report of {@code plan} for {@code cycle}: every indicator by thematic area with its value, its value
   * in the dataset's previous cycle, its baseline and its trend.
   *
   * @param plan the action plan
   * @param dataset the monitoring dataset
   * @param cycle the reporting cycle
   * @return the progress report of {@code plan} for {@code cycle}: every indicator by thematic area with its value,
   *     its value in the dataset's previous cycle, its baseline and its trend
   */
  public ProgressReport progressReport(ActionPlan plan, MonitoringDataset dataset, ReportingCycle cycle) {
    checkArgument(plan != null, "plan must not be null");
    checkArgument(dataset != null, "dataset must not be null (plan %s)", plan.id());
    checkArgument(cycle != null, "cycle must not be null (plan %s)", plan.id());
    Optional<ReportingCycle> previous = dataset.cycles().stream().filter(c -> c.compareTo(cycle) < 0)
        .max(ReportingCycle::compareTo);
    return ProgressReports.of(plan, cycle, previous, evaluatePlan(plan, dataset, cycle),
        previous.map(p -> evaluatePlan(plan, dataset, p)));
  }

  /**
   * {@code evaluation} broken down by the State attribute {@code attribute} (e.g. {@code region}) of its subjects; an
   * extension request takes its State's value.
   *
   * @param evaluation the evaluation
   * @param dataset the monitoring dataset
   * @param attribute the attribute's name
   * @return {@code evaluation} broken down by the State attribute {@code attribute} (e.g. {@code region}) of its
   *     subjects; an extension request takes its State's value
   */
  public Stratification stratify(Evaluation evaluation, MonitoringDataset dataset, String attribute) {
    checkArgument(evaluation != null, "evaluation must not be null");
    checkArgument(dataset != null, "dataset must not be null (evaluation %s)", evaluation.indicator().id());
    checkArgument(attribute != null && !attribute.isBlank(), "attribute must name a State attribute, was '%s'",
        attribute);
    return Stratifier.stratify(evaluation, dataset, attribute);
  }

  /**
   * The Article 7 reporting rate of {@code kind} reports in {@code cycle}: the reports expected, received, received on
   * time, known not received and unknown, each with its State, and the rates (see {@link ReportingRate}).
   *
   * @param dataset the monitoring dataset
   * @param cycle the reporting cycle
   * @param kind the kind
   * @return the Article 7 reporting rate of {@code kind} reports in {@code cycle}: the reports expected, received,
   *     received on time, known not received and unknown, each with its State, and the rates (see {@link
   *     ReportingRate})
   */
  public ReportingRate reportingRate(MonitoringDataset dataset, ReportingCycle cycle, ReportKind kind) {
    checkArgument(dataset != null, "dataset must not be null");
    checkArgument(cycle != null, "cycle must not be null");
    checkArgument(kind != null, "kind must not be null (cycle %s)", cycle.meeting());
    Known.cycle(dataset, cycle);
    return ReportingRates.of(dataset, cycle, kind);
  }

  private Series series(Indicator indicator, MonitoringDataset dataset, Optional<PlanPeriod> period) {
    TreeSet<ReportingCycle> cycles = new TreeSet<>(dataset.cycles());
    for (PublishedValue p : dataset.publishedByIndicator().get(indicator.id())) {
      if (dataset.cycle(p.cycle()).isEmpty()) {
        dataset.meetings().stream().filter(m -> m.id().equals(p.cycle())).findFirst()
            .map(ReportingCycle::of).ifPresent(cycles::add);
      }
    }
    ImmutableList<Indicator> one = ImmutableList.of(indicator);
    ImmutableList.Builder<Evaluation> evaluations = ImmutableList.builder();
    for (ReportingCycle c : cycles) {
      evaluations.add(evaluate(indicator, new CycleContext(dataset, c, period, vocabulary()),
          baselineContext(dataset, c, period, one)));
    }
    return Series.of(indicator, evaluations.build());
  }

  private Optional<CycleContext> baselineContext(MonitoringDataset dataset, ReportingCycle cycle,
      Optional<PlanPeriod> period, List<Indicator> indicators) {
    if (baselineCycle().isEmpty()
        || indicators.stream().allMatch(i -> i.baseline().filter(Baseline::isKnown).isPresent())) {
      return Optional.empty();
    }
    Optional<ReportingCycle> base = dataset.cycle(baselineCycle().get()).or(() -> dataset.meetings().stream()
        .filter(m -> m.id().equals(baselineCycle().get())).findFirst().map(ReportingCycle::of));
    return base.filter(b -> b.compareTo(cycle) <= 0)
        .map(b -> new CycleContext(dataset, b, period, vocabulary()));
  }

  private Evaluation evaluate(Indicator indicator, CycleContext context, Optional<CycleContext> baseline) {
    return evaluate(indicator, context, baselines(baseline));
  }

  /** How an exact score is set against its indicator's baseline. */
  private interface BaselineRule {
    /** The comparison of {@code score}, where {@code printed} is the known baseline printed for {@code indicator}. */
    Optional<BaselineComparison> of(Indicator indicator, Optional<Baseline> printed, Score score);
  }

  /**
   * The printed baseline, or else, for an indicator whose plan printed none or an unknown one, the value at the
   * baseline cycle of {@code baseline}, where there is one and it is a trend point.
   */
  private BaselineRule baselines(Optional<CycleContext> baseline) {
    return (indicator, printedBaseline, score) -> {
      Optional<BaselineComparison> printed = Baselines.printed(printedBaseline, score);
      if (printed.isPresent() || baseline.isEmpty() || printedBaseline.isPresent()) {
        return printed;
      }
      Evaluation base = evaluate(indicator, baseline.get(), NO_BASELINE);
      return base.isTrendPoint() ? Baselines.ofCycle(score, base) : Optional.empty();
    };
  }

  /**
   * The comparison of {@code score} with its baseline, where it can be a point of a trend: a bound or a figure of a
   * period is not set against a baseline, as its "change" would be no change at all.
   */
  private static Optional<BaselineComparison> baselineOf(Indicator indicator, PreparedIndicator prepared,
      Optional<Score> score, BaselineRule baseline) {
    return score.isPresent() && score.get().isExact() ? baseline.of(indicator, prepared.printedBaseline, score.get())
        : Optional.empty();
  }

  /** Evaluates {@code indicator} in {@code context}; {@code baseline} gives the comparison of an exact score. */
  private Evaluation evaluate(Indicator indicator, CycleContext context, BaselineRule baseline) {
    return evaluate(indicator, context, PreparedIndicator.of(indicator, context), baseline);
  }

  /**
   * Evaluates {@code indicator}, {@code prepared} for the cycle of {@code context}; {@code baseline} gives the
   * comparison of an exact score.
   */
  private Evaluation evaluate(Indicator indicator, CycleContext context, PreparedIndicator prepared,
      BaselineRule baseline) {
    ReportingCycle cycle = context.cycle;
    MonitoringDataset dataset = context.dataset;
    Optional<String> notEvaluable = prepared.notEvaluable;
    if (notEvaluable.isPresent()) {
      return withoutComputedValue(indicator, context, baseline, prepared, EvaluationStatus.NOT_EVALUABLE,
          notEvaluable.get(), indicator.population().toString(), Counting.NO_POPULATIONS, ImmutableList.of());
    }
    if (indicator.headlineUnit() != FigureUnit.CHANGE && indicator.population().base() != PopulationBase.NONE) {
      // Most indicators: counted over a population, its parts read from the sorted members, none made to carry them.
      PopulationSets sets = Counting.sort(prepared);
      ImmutableList<Fact> loose = Counting.looseCounted(prepared, sets);
      Optional<String> why = Counting.whyNoValue(indicator, context, prepared, sets);
      if (why.isPresent()) {
        return withoutComputedValue(indicator, context, baseline, prepared, EvaluationStatus.NO_DATA, why.get(),
            prepared.rule.get(), sets, loose);
      }
      return withComputedScore(indicator, context, baseline, prepared, prepared.rule.get(), sets,
          Optional.of(Counting.scoreOf(indicator, context, prepared, sets)), loose);
    }
    Counting.Counted counted = indicator.headlineUnit() == FigureUnit.CHANGE
        ? Changes.between(indicator, dataset, context.period.get(), cycle.date())
        : Counting.withoutPopulation(indicator, context, prepared);
    if (counted.score().isEmpty()) {
      return withoutComputedValue(indicator, context, baseline, prepared, EvaluationStatus.NO_DATA,
          counted.noData().get(), counted.rule(), counted.populations(), counted.looseCounted());
    }
    return withComputedScore(indicator, context, baseline, prepared, counted.rule(), counted.populations(),
        counted.score(), counted.looseCounted());
  }

  /**
   * The evaluation of an indicator whose counting gave a score: the score, or, for a bound or a figure of a period, the
   * exact figure printed for the cycle where one closes or replaces it. Each return builds the Evaluation once, from its
   * attributes in their order, by the all-attributes constructor: every part is known by then, and a builder would copy
   * each list.
   */
  private Evaluation withComputedScore(Indicator indicator, CycleContext context, BaselineRule baseline,
      PreparedIndicator prepared, String rule, PopulationResult.Deferred populations, Optional<Score> score,
      ImmutableList<Fact> loose) {
    ReportingCycle cycle = context.cycle;
    ImmutableList<PublishedValue> published = prepared.published;
    MonitoringDataset dataset = context.dataset;
    // The numerator's codes are compared with the States a printed figure names; none is read without one.
    ImmutableList<String> numerator = published.isEmpty() ? ImmutableList.of() : Counting.numerator(populations);
    Score computed = score.get();
    ImmutableList<PublishedComparison> comparisons = published.isEmpty() ? ImmutableList.of()
        : PublishedFigures.compare(published, score, numerator,
            p -> overPeriod(indicator, dataset, context, p));
    if (!computed.isExact() && computed.change().isEmpty()) {
      // Closed only where every exact figure printed for the cycle and the whole indicator agrees with it.
      List<PublishedComparison> exactPrinted = comparisons.stream().filter(c -> c.computed().isPresent()
          && c.computedOver().isEmpty() && c.published().isExact() && c.published().isCycleFigure()
          && c.published().component().isEmpty()).toList();
      Optional<PublishedComparison> closing = computed.period().isPresent()
          || exactPrinted.stream().anyMatch(c -> c.agreement() != Agreement.AGREES) ? Optional.empty()
          : exactPrinted.stream().findFirst();
      if (closing.isPresent()) {
        // The facts name at least n States, and a document prints exactly n for the cycle: exactly n.
        Optional<Score> exact = Optional.of(Score.builder().from(computed).bound(Optional.empty()).build());
        ImmutableList<PublishedComparison> closed = PublishedFigures.compare(published, exact, numerator,
            p -> overPeriod(indicator, dataset, context, p));
        return Evaluation.of(indicator, cycle, EvaluationStatus.COMPUTED,
            Optional.of("Computed from the facts: the States they name account for the count printed for the "
                + "cycle, " + PublishedFigures.describe(closing.get().published()) + ", so the count is exact "
                + "although " + Counting.noDataCount(populations) + " member(s) have no data"),
            rule, populations, exact, baselineOf(indicator, prepared, exact, baseline), closed,
            Flags.of(indicator, dataset, cycle, populations, loose, exact, Optional.empty(), closed));
      }
      // A lower bound computed from facts never replaces a figure a document printed, nor a figure of a period a
      // figure printed for the cycle.
      PublishedFigures.Headline printed = PublishedFigures.headline(indicator, published);
      if (printed.figure().filter(h -> computed.bound().isPresent() || h.isCycleFigure()).isPresent()) {
        PublishedValue h = printed.figure().get();
        Optional<Score> value = Optional.of(PublishedFigures.score(indicator, h));
        return Evaluation.of(indicator, cycle, EvaluationStatus.PUBLISHED,
            Optional.of("Computed from the facts: " + computed + (computed.bound().isPresent() ? " ("
                + Counting.noDataCount(populations) + " member(s) have no data)" : "") + ", not an exact figure of the "
                + "cycle; the value is the one printed: " + PublishedFigures.describe(h) + ", by the headline "
                + "rule: a printed figure before a lower bound computed from facts, a figure of the cycle before "
                + "one of a period; " + printed.rule()),
            rule, populations, value, baselineOf(indicator, prepared, value, baseline), comparisons,
            Flags.of(indicator, dataset, cycle, populations, loose, value, Optional.of(h), comparisons));
      }
    }
    return Evaluation.of(indicator, cycle, EvaluationStatus.COMPUTED, Optional.empty(), rule, populations,
        score, baselineOf(indicator, prepared, score, baseline), comparisons,
        Flags.of(indicator, dataset, cycle, populations, loose, score, Optional.empty(), comparisons));
  }

  /**
   * The evaluation of an indicator with nothing computed ({@code status} NOT_EVALUABLE or NO_DATA, {@code why}): the
   * figure printed for it by the headline rule, if one is, else the figures that differ, else nothing.
   */
  private Evaluation withoutComputedValue(Indicator indicator, CycleContext context, BaselineRule baseline,
      PreparedIndicator prepared, EvaluationStatus status, String why, String rule,
      PopulationResult.Deferred populations, ImmutableList<Fact> loose) {
    ReportingCycle cycle = context.cycle;
    ImmutableList<PublishedValue> published = prepared.published;
    ImmutableList<PublishedComparison> comparisons = PublishedFigures.compare(published, Optional.empty(),
        ImmutableList.of(), p -> Optional.empty());
    PublishedFigures.Headline headline = PublishedFigures.headline(indicator, published);
    Optional<Score> value = headline.figure().map(h -> PublishedFigures.score(indicator, h));
    ImmutableList<ConsistencyFlag> flags = Flags.of(indicator, context.dataset, cycle, populations, loose, value,
        headline.figure(), comparisons);
    if (headline.figure().isPresent()) {
      return Evaluation.of(indicator, cycle, EvaluationStatus.PUBLISHED,
          Optional.of(noValue(status, why) + "; the value is the one printed: "
              + PublishedFigures.describe(headline.figure().get()) + ", by the headline rule: " + headline.rule()),
          rule, populations, value, baselineOf(indicator, prepared, value, baseline), comparisons, flags);
    }
    if (!headline.disagreeing().isEmpty()) {
      return Evaluation.of(indicator, cycle, EvaluationStatus.SOURCES_DIFFER,
          Optional.of(noValue(status, why) + "; sources differ: " + headline.disagreeing().stream()
              .map(PublishedFigures::describe).collect(Collectors.joining("; ")) + " (" + headline.rule() + ")"),
          rule, populations, Optional.empty(), Optional.empty(), comparisons, flags);
    }
    return Evaluation.of(indicator, cycle, status,
        Optional.of(published.isEmpty() ? why : why + "; printed: " + published.stream()
            .map(PublishedFigures::describe).collect(Collectors.joining("; ")) + " (" + headline.rule() + ")"),
        rule, populations, Optional.empty(), Optional.empty(), comparisons, flags);
  }

  /** Why nothing was computed, in words, for the reason of a value taken from print or of sources that differ. */
  private static String noValue(EvaluationStatus status, String why) {
    return "No value computed (" + (status == EvaluationStatus.NOT_EVALUABLE ? "not evaluable: " : "no data: ") + why
        + ")";
  }

  /**
   * For a printed figure of a period (e.g. RD para 29's three States joining in 2021–2025), the change computed over
   * that period, for a {@link FigureUnit#CHANGE} indicator: from the start of the plan's period to 31 December of the year
   * of the period's last meeting. Empty for other indicators, and where the period's meetings are not in the dataset.
   */
  private static Optional<PublishedFigures.Over> overPeriod(Indicator indicator, MonitoringDataset dataset,
      CycleContext context, PublishedValue p) {
    if (indicator.headlineUnit() != FigureUnit.CHANGE || p.period().isEmpty() || context.period.isEmpty()) {
      return Optional.empty();
    }
    String period = p.period().get();
    String last = p.cyclePeriod().get().last();
    Optional<Meeting> meeting = dataset.meetings().stream().filter(m -> m.id().equals(last)).findFirst();
    if (meeting.isEmpty()) {
      return Optional.empty();
    }
    LocalDate end = LocalDate.of(meeting.get().year(), 12, 31);
    Counting.Counted over = Changes.between(indicator, dataset, context.period.get(), end);
    if (over.score().isEmpty()) {
      return Optional.empty();
    }
    ImmutableList<String> entered = Counting.numerator(over.populations());
    return Optional.of(new PublishedFigures.Over(over.score().get(), entered, "entered between "
        + context.period.get().start() + " and " + end + ", the printed figure's period " + period + ": " + entered
        + "; the change over that period, less those that left, is " + over.score().get().change().get()));
  }

  /** The short name check of a baseline cycle. */
  @Value.Check
  protected void check() {
    baselineCycle().ifPresent(Meeting::ordinalOf);
  }

  /** {@return its configuration: the vocabulary's size, the plan period and the baseline cycle, where set} */
  @Override
  public String toString() {
    return "IndicatorEvaluator: " + vocabulary().map(v -> v.elements().size() + " data elements").orElse("no vocabulary")
        + planPeriod().map(p -> ", plan period " + p).orElse("") + baselineCycle().map(c -> ", baseline " + c).orElse("");
  }
}
