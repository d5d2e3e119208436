package org.ccmkit.io.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import org.ccmkit.indicators.IndicatorEvaluator;
import org.ccmkit.indicators.data.MonitoringDataset;
import org.ccmkit.indicators.result.Evaluation;
import org.ccmkit.io.Catalogues;
import org.ccmkit.io.Datasets;
import org.ccmkit.io.benchmark.BenchmarkDatasets;
import org.ccmkit.model.calendar.ReportingCycle;
import org.ccmkit.model.plan.ActionPlan;
import org.junit.jupiter.api.Test;

/**
 * The evaluator's results, field by field, are those it gave before its core was rebuilt on bitsets: every
 * {@link Evaluation} of both plans at every cycle of the shipped record, and of the draft VCAP at every cycle of the
 * benchmark's real-sized dataset and of a generated one, as {@link EvaluationDump} writes them, against the text kept in test resources
 * ({@code golden/}). The record's text is kept whole; the benchmark dataset's, with its 6,500 subject entries a cycle,
 * as one SHA-256 digest of each evaluation's text.
 *
 * <p>To write the files anew (only when a change of results is intended, and reviewed as such), run this test with
 * {@code -Dccmkit.golden.write=<path of ccm-io/src/test/resources/org/ccmkit/io/golden>}.
 */
class EvaluationGoldenTest {

  private static final String WRITE = System.getProperty("ccmkit.golden.write");

  @Test
  void everyEvaluationOfBothPlansAtEveryCycleOfTheRecordIsAsBefore() {
    MonitoringDataset record = Datasets.publishedRecord().dataset();
    IndicatorEvaluator evaluator = IndicatorEvaluator.builder().vocabulary(Catalogues.dataElements())
        .baselineCycle("10MSP").build();
    for (ActionPlan plan : Catalogues.plans()) {
      List<Evaluation> evaluations = new ArrayList<>();
      for (ReportingCycle cycle : record.cycles()) {
        evaluations.addAll(evaluator.evaluatePlan(plan, record, cycle));
      }
      List<String> lines = evaluations.stream().map(EvaluationGoldenTest::line).toList();
      compare("record-" + plan.id() + ".txt", evaluations, lines);
    }
  }

  @Test
  void everyEvaluationOfTheVientianeCapitalActionPlanOnTheRealSizedBenchmarkDatasetIsAsBefore() {
    ActionPlan plan = Catalogues.vientianeCapital();
    MonitoringDataset dataset = BenchmarkDatasets.realSized(plan, Catalogues.dataElements(), 0.5);
    IndicatorEvaluator evaluator = IndicatorEvaluator.of(Catalogues.dataElements());
    List<Evaluation> evaluations = new ArrayList<>();
    for (ReportingCycle cycle : dataset.cycles()) {
      evaluations.addAll(evaluator.evaluatePlan(plan, dataset, cycle));
    }
    compare("benchmark-real-sized-VCAP.txt", evaluations,
        evaluations.stream().map(EvaluationGoldenTest::line).toList());
  }

  @Test
  void everyEvaluationOfTheVientianeCapitalActionPlanOnAGeneratedDatasetWithEveryKindOfObligationIsAsBefore() {
    // Unlike the record, this dataset has completed Article 3 and 4 obligations and Article 3 extension requests.
    ActionPlan plan = Catalogues.vientianeCapital();
    MonitoringDataset dataset = BenchmarkDatasets.generated(plan, Catalogues.dataElements(), 160, 3, 0.6, 12L);
    IndicatorEvaluator evaluator = IndicatorEvaluator.of(Catalogues.dataElements());
    List<Evaluation> evaluations = new ArrayList<>();
    for (ReportingCycle cycle : dataset.cycles()) {
      evaluations.addAll(evaluator.evaluatePlan(plan, dataset, cycle));
    }
    compare("generated-VCAP.txt", evaluations, evaluations.stream().map(EvaluationGoldenTest::line).toList());
  }

  /** "VCAP-1.b 10MSP <digest> NO_DATA — INITIAL_POPULATION 110, DENOMINATOR 110, NUMERATOR 0, NO_DATA 110". */
  private static String line(Evaluation e) {
    return e.indicator().id() + " " + e.cycle().meeting() + " " + sha256(EvaluationDump.of(e)) + " " + e.status()
        + e.score().map(s -> " " + s).orElse("") + " —" + e.populations().stream()
            .map(p -> " " + p.code() + " " + p.count()).collect(Collectors.joining(","));
  }

  private static void compare(String file, List<Evaluation> evaluations, List<String> actual) {
    if (WRITE != null) {
      write(Path.of(WRITE).resolve(file), actual);
      return;
    }
    List<String> expected = read(file);
    for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
      if (!expected.get(i).equals(actual.get(i))) {
        fail(file + " line " + (i + 1) + ": expected\n" + expected.get(i) + "\nwas\n" + actual.get(i)
            + "\nwhose whole text is now\n" + EvaluationDump.of(evaluations.get(i)));
      }
    }
    assertEquals(expected.size(), actual.size(), file + ": number of evaluations");
  }

  private static List<String> read(String file) {
    try (InputStream in = EvaluationGoldenTest.class.getResourceAsStream(file)) {
      if (in == null) {
        throw new AssertionError("no golden file " + file + " beside " + EvaluationGoldenTest.class.getName());
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(Path path, List<String> lines) {
    try {
      Files.createDirectories(path.getParent());
      Files.write(path, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
