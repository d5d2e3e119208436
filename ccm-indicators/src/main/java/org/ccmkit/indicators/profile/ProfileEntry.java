package org.ccmkit.indicators.profile;

import com.google.common.collect.ImmutableList;
import java.util.LinkedHashSet;
import java.util.Set;
import org.ccmkit.indicators.result.Evaluation;
import org.ccmkit.indicators.result.SubjectEntry;
import org.ccmkit.model.SourceRef;
import org.ccmkit.model.plan.Indicator;
import org.immutables.value.Value;

/** One indicator in a State profile: the State's status, why, its entries in the evaluation, and the evaluation. */
@Value.Immutable
public abstract class ProfileEntry {

  /** Implemented in this package only (by the generated immutable class). */
  ProfileEntry() {}

  /** {@return the indicator} */
  public abstract Indicator indicator();

  /** {@return where the State stands} */
  public abstract ProfileStatus status();

  /** {@return Why, in words: the facts it was counted by, the elements it did not affirm, or why it is outside} */
  public abstract String reason();

  /**
   * The State's entries in the evaluation, with their reasons and facts: its own, or those of its extension requests
   * for an indicator of extension requests. Empty where it is not in the population.
   *
   * @return the State's entries in the evaluation, with their reasons and facts: its own, or those of its extension
   *     requests for an indicator of extension requests
   */
  public abstract ImmutableList<SubjectEntry> subjects();

  /** {@return the indicator's evaluation for the cycle, for its value and population} */
  public abstract Evaluation evaluation();

  /** {@return a builder} */
  public static ImmutableProfileEntry.Builder builder() {
    return ImmutableProfileEntry.builder();
  }

  /** {@return the sources behind the State's entries, each once} */
  public ImmutableList<SourceRef> sources() {
    Set<SourceRef> sources = new LinkedHashSet<>();
    subjects().forEach(s -> sources.addAll(s.sources()));
    return ImmutableList.copyOf(sources);
  }

  @Override
  public String toString() {
    return indicator().id() + ": " + status() + " — " + reason();
  }
}
