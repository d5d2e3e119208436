package org.ccmkit.indicators;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.ccmkit.indicators.data.ExtensionRequest;
import org.ccmkit.indicators.data.MonitoringDataset;
import org.ccmkit.indicators.report.ImmutableStratum;
import org.ccmkit.indicators.report.Stratification;
import org.ccmkit.indicators.report.Stratum;
import org.ccmkit.indicators.result.Evaluation;
import org.ccmkit.indicators.result.PopulationCode;
import org.ccmkit.indicators.result.PopulationResult;
import org.ccmkit.indicators.result.SubjectEntry;
import org.ccmkit.indicators.result.EvaluationStatus;
import org.ccmkit.model.plan.PopulationBase;

/**
 * Breaks an evaluation down by a State attribute: each subject goes to the stratum of its attribute value, and each
 * stratum is scored by the same rules as the whole, so that strata add up to it.
 */
final class Stratifier {

  private Stratifier() {}

  static Stratification stratify(Evaluation evaluation, MonitoringDataset dataset, String attribute) {
    checkKnown(dataset, attribute);
    TreeSet<String> values = new TreeSet<>();
    Map<PopulationCode, Map<String, List<SubjectEntry>>> split = new TreeMap<>();
    for (PopulationResult p : evaluation.populations()) {
      Map<String, List<SubjectEntry>> byValue = new TreeMap<>();
      for (SubjectEntry s : p.subjects()) {
        String value = valueOf(s.subject(), dataset, attribute);
        values.add(value);
        byValue.computeIfAbsent(value, v -> new ArrayList<>()).add(s);
      }
      split.put(p.code(), byValue);
    }
    boolean hasPopulation = evaluation.indicator().population().base() != PopulationBase.NONE;
    ImmutableList.Builder<Stratum> strata = ImmutableList.builder();
    for (String value : values) {
      ImmutableList.Builder<PopulationResult> populations = ImmutableList.builder();
      for (PopulationResult p : evaluation.populations()) {
        populations.add(PopulationResult.of(p.code(), split.get(p.code()).getOrDefault(value, List.of())));
      }
      ImmutableStratum.Builder stratum = Stratum.builder().value(value).populations(populations.build());
      if (evaluation.status() == EvaluationStatus.COMPUTED && evaluation.score().get().change().isEmpty()) {
        Map<String, List<SubjectEntry>> denominator = split.get(hasPopulation ? PopulationCode.DENOMINATOR
            : PopulationCode.INITIAL_POPULATION);
        stratum.score(Scoring.score(evaluation.indicator().units(), hasPopulation,
            denominator.getOrDefault(value, List.of()),
            split.get(PopulationCode.NUMERATOR).getOrDefault(value, List.of()),
            dataset.factsComplete()
                || split.getOrDefault(PopulationCode.NO_DATA, Map.of()).getOrDefault(value, List.of()).isEmpty()));
      }
      strata.add(stratum.build());
    }
    return Stratification.builder().evaluation(evaluation).attribute(attribute).strata(strata.build()).build();
  }

  /**
   * Refuses an attribute the dataset records for no State: a misspelt name would otherwise put every subject in the
   * "(not recorded)" stratum and look like an answer.
   */
  private static void checkKnown(MonitoringDataset dataset, String attribute) {
    Set<String> known = new TreeSet<>(dataset.stateAttributes().columnKeySet());
    if (known.contains(attribute)) {
      return;
    }
    if (known.isEmpty()) {
      throw new IllegalArgumentException("attribute '" + attribute + "' is not recorded: the dataset records no State "
          + "attributes (give them in a state-attributes table)");
    }
    String near = known.stream().filter(k -> distance(k.toLowerCase(java.util.Locale.ROOT),
        attribute.trim().toLowerCase(java.util.Locale.ROOT)) <= 2).findFirst().orElse(null);
    throw new IllegalArgumentException("attribute '" + attribute + "' is not recorded for any State; known attributes: "
        + String.join(", ", known) + (near == null ? "" : "; did you mean '" + near + "'?"));
  }

  /** The edit distance between two names (insertions, deletions, substitutions). */
  private static int distance(String a, String b) {
    int[] row = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      row[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      int diagonal = row[0];
      row[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int above = row[j];
        row[j] = Math.min(Math.min(row[j] + 1, row[j - 1] + 1), diagonal + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
        diagonal = above;
      }
    }
    return row[b.length()];
  }

  /** The subject's attribute value: its own, else (for an extension request) its State's, else not recorded. */
  private static String valueOf(String subject, MonitoringDataset dataset, String attribute) {
    String value = dataset.stateAttributes().get(subject, attribute);
    if (value == null) {
      ExtensionRequest r = dataset.extensionRequestsById().get(subject);
      value = r == null ? null : dataset.stateAttributes().get(r.state(), attribute);
    }
    return Optional.ofNullable(value).orElse(Stratum.NOT_RECORDED);
  }
}
