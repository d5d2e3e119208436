package org.ccmkit.indicators.result;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.ccmkit.indicators.data.Fact;
import org.ccmkit.indicators.data.SubjectId;
import org.ccmkit.model.SourceRef;
import org.immutables.value.Value;

/**
 * One subject of an evaluated population (a State, a delegation, an extension request) with everything that explains
 * where it stands: why it is in the population, the facts it reported for the indicator in the cycle with their
 * sources, the data elements it did not affirm, and its outcome. The same entry appears in every population list the
 * subject belongs to (initial population, denominator, numerator or no-data).
 */
@Value.Immutable
public abstract class SubjectEntry implements Comparable<SubjectEntry> {

  /** Implemented in this package only (by the generated immutable class). */
  SubjectEntry() {}

  /** {@return the subject: an ISO 3166-1 alpha-3 code, a meeting's short name, or an extension request's id} */
  @Value.Parameter
  public abstract String subject();

  /**
   * The subject as a {@link SubjectId}: whether it is a State, a meeting or an extension request, and for a request
   * its State.
   *
   * @return the subject as a {@link SubjectId}
   */
  public SubjectId subjectId() {
    return SubjectId.of(subject());
  }

  /** {@return the subject's name where the register gives one (States)} */
  @Value.Parameter
  public abstract Optional<String> name();

  /** {@return how the subject fared: counted, reported but not counted, no data, or excluded} */
  @Value.Parameter
  public abstract SubjectOutcome outcome();

  /** {@return why the subject is in the initial population, and, if excluded, why it was left out} */
  @Value.Parameter
  public abstract ImmutableList<Reason> reasons();

  /**
   * The facts the subject reported in the cycle: for the qualifier first, then for each data element in the indicator's
   * order, each element's facts sorted by source and each once; when two sources disagree, both are here.
   *
   * @return the facts the subject reported in the cycle: for the qualifier first, then for each data element in the
   *     indicator's order, each element's facts sorted by source and each once; when two sources disagree, both are
   *     here
   */
  @Value.Parameter
  public abstract ImmutableList<Fact> facts();

  /**
   * The indicator's data elements for which the subject reported no affirmative fact, in the indicator's order. Empty
   * for a counted member of a population counted by all of its elements (the default rule); under any-of, none-of or
   * at-least-N-of, and for an indicator without a population (which counts any affirmative fact), a counted subject
   * may have unmet elements.
   *
   * @return the indicator's data elements for which the subject reported no affirmative fact, in the indicator's order
   */
  @Value.Parameter
  public abstract ImmutableList<String> unmetElements();

  /**
   * What the subject adds to a quantity or to a count of things (an indicator without a population counting cases
   * reported as numbers): the sum of its numeric facts; empty where the indicator counts subjects.
   *
   * @return what the subject adds to a quantity or to a count of things (an indicator without a population counting
   *     cases reported as numbers): the sum of its numeric facts; empty where the indicator counts subjects
   */
  @Value.Parameter
  public abstract Optional<BigDecimal> quantity();

  /** {@return a builder; {@code ImmutableSubjectEntry.of(…)} takes every attribute at once} */
  public static ImmutableSubjectEntry.Builder builder() {
    return ImmutableSubjectEntry.builder();
  }

  /*
   * ImmutableSubjectEntry.of(subject, name, outcome, reasons, facts, unmetElements, quantity) builds an entry with
   * every attribute given, without copying lists that are already immutable: the evaluator's fast path.
   */

  /** {@return the sources behind the entry, reasons first, then facts, each once} */
  public ImmutableList<SourceRef> sources() {
    Set<SourceRef> sources = new LinkedHashSet<>();
    reasons().forEach(r -> r.source().ifPresent(sources::add));
    facts().forEach(f -> sources.add(f.source()));
    return ImmutableList.copyOf(sources);
  }

  /** {@return whether the subject is in the numerator} */
  public boolean isCounted() {
    return outcome() == SubjectOutcome.COUNTED;
  }

  @Override
  public int compareTo(SubjectEntry o) {
    return subject().compareTo(o.subject());
  }

  /** Validates the attributes on construction; a failure names the field and the value. */
  @Value.Check
  protected void check() {
    checkArgument(!subject().isBlank(), "SubjectEntry.subject must not be blank");
    quantity().ifPresent(q -> checkArgument(q.signum() >= 0, "SubjectEntry.quantity must not be negative, was %s (%s)",
        q, subject()));
  }

  @Override
  public String toString() {
    return subject() + " " + outcome() + (facts().isEmpty() ? "" : " " + facts());
  }
}
