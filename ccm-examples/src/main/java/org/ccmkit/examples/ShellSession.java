package org.ccmkit.examples;

import org.ccmkit.indicators.IndicatorEvaluator;
import org.ccmkit.indicators.data.MonitoringDataset;
import org.ccmkit.io.Catalogues;
import org.ccmkit.io.Datasets;
import org.ccmkit.io.record.PublishedRecord;
import org.ccmkit.model.plan.ActionPlan;

/**
 * What the JShell start-up script ({@code ccmkit.jsh}) gives an analyst, imported statically: the two action plans,
 * the published record and its dataset, and an evaluator of the shipped data elements. They are loaded together, the
 * first time any of them is used (the start-up script uses them at once, to say what it loaded).
 *
 * <p>The fields are named as an analyst types them, not as constants, because they are the session's variables.
 */
public final class ShellSession {

  /** The Lausanne Action Plan (2021–2026), from {@link Catalogues#lausanne()}. */
  public static final ActionPlan lap = Catalogues.lausanne();

  /** The draft Vientiane Capital Action Plan (2027–2031), from {@link Catalogues#vientianeCapital()}. */
  public static final ActionPlan vcap = Catalogues.vientianeCapital();

  /** The published record shipped with ccmkit, from {@link Datasets#publishedRecord()}. */
  public static final PublishedRecord record = Datasets.publishedRecord();

  /** The record's monitoring dataset: register, obligations, cycles, facts and printed figures. */
  public static final MonitoringDataset data = record.dataset();

  /** An evaluator of the shipped data elements ({@link Catalogues#dataElements()}). */
  public static final IndicatorEvaluator evaluator = IndicatorEvaluator.of(Catalogues.dataElements());

  private ShellSession() {}

  /** {@return one line saying what was loaded: the plans' actions and indicators, and the names defined} */
  public static String loaded() {
    return "ccmkit loaded: lap (" + lap.actions().size() + " actions, " + lap.indicators().size()
        + " indicators), vcap (" + vcap.actions().size() + " actions, " + vcap.indicators().size()
        + " indicators), record, data, evaluator";
  }
}
