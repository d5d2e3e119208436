package org.ccmkit.io.write;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.ccmkit.indicators.result.Evaluation;
import org.ccmkit.indicators.result.EvaluationStatus;
import org.ccmkit.indicators.result.PopulationResult;
import org.ccmkit.model.SourceRef;

/**
 * Where an evaluation's figure comes from, in words, as every writer gives it beside the figure; the writers of other
 * packages (SDMX, FHIR) ask {@link EvaluationWriter#sources}.
 */
final class FigureSources {

  /** At most this many sources are listed; the rest are counted. */
  static final int LISTED = 6;

  private FigureSources() {}

  /**
   * The source of the evaluation's value: for a computed value the sources of the facts behind it ("computed from RD
   * para 86; UNIDIR line 475"), or the register and the population rule where the population alone gives it; for a
   * printed value the printed figure's source (the one the headline rule chose); without a value, the sources of the
   * printed figures, or "–" where there are none.
   *
   * @param e the evaluation
   * @return the source of the evaluation's value: for a computed value the sources of the facts behind it ("computed
   *     from RD para 86; UNIDIR line 475"), or the register and the population rule where the population alone gives
   *     it; for a printed value the printed figure's source (the one the headline rule chose); without a value, the
   *     sources of the printed figures, or "–" where there are none
   */
  static String of(Evaluation e) {
    if (e.status() == EvaluationStatus.COMPUTED) {
      Set<SourceRef> refs = new LinkedHashSet<>();
      for (PopulationResult p : e.populations()) {
        p.subjects().forEach(x -> x.facts().forEach(f -> refs.add(f.source())));
      }
      return refs.isEmpty() ? "computed from the register (" + e.populationRule() + ")"
          : "computed from " + list(List.copyOf(refs));
    }
    List<SourceRef> printed = e.published().stream().map(p -> p.published().source()).toList();
    if (e.status() == EvaluationStatus.PUBLISHED) {
      String reason = e.reason().orElse("");
      return printed.stream().filter(src -> reason.contains("[" + src + "]")).map(SourceRef::toString).findFirst()
          .orElseGet(() -> list(printed));
    }
    return printed.isEmpty() ? "–" : list(printed);
  }

  /**
   * Sources in words, each once, in order: at most {@value #LISTED}, then how many more.
   *
   * @param refs the refs
   * @return the text
   */
  static String list(List<SourceRef> refs) {
    List<String> distinct = refs.stream().map(SourceRef::toString).distinct().toList();
    return distinct.size() <= LISTED ? String.join("; ", distinct)
        : String.join("; ", distinct.subList(0, LISTED)) + "; and " + (distinct.size() - LISTED) + " more";
  }
}
