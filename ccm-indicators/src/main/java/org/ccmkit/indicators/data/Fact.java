package org.ccmkit.indicators.data;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Optional;
import org.ccmkit.model.SourceRef;
import org.ccmkit.model.plan.DataElement;
import org.immutables.value.Value;

/**
 * One reported fact: what a subject (a State, by ISO code; a meeting, by its short name; an extension request, by its
 * id) reported for a data element in a reporting cycle, and where that is recorded.
 */
@Value.Immutable
public abstract class Fact {

  /** Implemented in this package only (by the generated immutable class). */
  Fact() {}

  /** {@return the subject: an ISO 3166-1 alpha-3 code, a meeting's short name, or an extension request's id} */
  public abstract String subject();

  /** {@return the subject as a {@link SubjectId}: which kind of subject it is, and for a request its State} */
  public SubjectId subjectId() {
    return SubjectId.of(subject());
  }

  /** {@return the reporting cycle, by its meeting's short name, e.g. {@code 13MSP}} */
  public abstract String cycle();

  /** {@return the data element key} */
  public abstract String element();

  /** {@return the value reported} */
  public abstract FactValue value();

  /** {@return where the fact is recorded} */
  public abstract SourceRef source();

  /** {@return the words of the source the fact comes from, verbatim, where recorded} */
  public abstract Optional<String> quote();

  /** {@return how the fact was read from its source, where that needed judgement (the cycle, the data element)} */
  public abstract Optional<String> note();

  /**
   * Where the source says it of a period rather than of the cycle (a sentence about the whole review period, recorded
   * at its last cycle): the cycles it covers, e.g. {@code 10MSP–13MSP}. A value computed from such a fact is a figure
   * of that period, not a trend point.
   *
   * @return where the source says it of a period rather than of the cycle (a sentence about the whole review period,
   *     recorded at its last cycle): the cycles it covers, e.g. {@code 10MSP–13MSP}
   */
  public abstract Optional<String> period();

  /**
   * Whether the source evidences the data element only loosely or in part (its {@link #note()} says how): a value
   * counting such a fact is flagged.
   *
   * @return whether the source evidences the data element only loosely or in part (its {@link #note()} says how): a
   *     value counting such a fact is flagged
   */
  @Value.Default
  public boolean loose() {
    return false;
  }

  /**
   * A fact.
   *
   * @param subject the subject: a State's code or a meeting's id
   * @param cycle the reporting cycle
   * @param element the data element's key
   * @param value the value
   * @param source where it is recorded
   * @return a fact
   */
  public static Fact of(String subject, String cycle, String element, FactValue value, SourceRef source) {
    return ImmutableFact.builder().subject(subject).cycle(cycle).element(element).value(value).source(source).build();
  }

  /** {@return a builder} */
  public static ImmutableFact.Builder builder() {
    return ImmutableFact.builder();
  }

  /** Validates the attributes on construction; a failure names the field and the value. */
  @Value.Check
  protected void check() {
    checkArgument(SubjectId.categoryOrNull(subject()) != null, "Fact.subject must be a State's ISO 3166-1 alpha-3 code (LAO), "
        + "a meeting's short name (13MSP) or an extension request's id (LAO-4-11MSP), was '%s' (element %s, cycle %s)",
        subject(), element(), cycle());
    period().ifPresent(p -> checkArgument(CyclePeriod.parse(p).isPresent(), "Fact.period must be two meetings' short "
        + "names joined by an en dash, like '10MSP–13MSP', was '%s' (subject %s, element %s)", p, subject(), element()));
    checkArgument(!cycle().isBlank(), "Fact.cycle must not be blank (subject %s, element %s)", subject(), element());
    checkArgument(DataElement.isKey(element()), "Fact.element must be a data element key such as "
        + "'art4.national-strategy', was '%s' (subject %s, cycle %s)", element(), subject(), cycle());
  }

  @Override
  public String toString() {
    return subject() + " " + cycle() + " " + element() + "=" + value() + " [" + source() + "]";
  }
}
