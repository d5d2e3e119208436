package org.ccmkit.model.plan;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How an indicator over a population counts, in the manner of FHIR Measure's populations: the {@linkplain #condition()
 * condition} a member of the denominator must meet to be in the numerator, a {@linkplain #numeratorExclusion()
 * numerator exclusion} (a data element whose affirmation takes a member that meets the condition out of the
 * numerator), and a {@linkplain #denominatorException() denominator exception} (one whose affirmation takes a member
 * that does not meet it out of the denominator). Its text, e.g. {@code any-of(cooperation.assistance-provided,
 * cooperation.assistance-received)} or {@code all-of(a.b, c.d); numerator-exclusion(e.f); denominator-exception(g.h)},
 * is what the catalogue's optional {@code counting} field holds and what an evaluation shows.
 */
@Value.Immutable
public abstract class CountingRule {

  /** Implemented in this package only (by the generated immutable class). */
  CountingRule() {}

  /** {@return what a member must affirm to be counted} */
  public abstract Condition condition();

  /**
   * {@return the data element whose affirmation takes a member that meets the condition out of the numerator, if any}
   */
  public abstract Optional<String> numeratorExclusion();

  /**
   * The data element whose affirmation takes a member that does not meet the condition out of the denominator (FHIR
   * denominator exception), if any.
   *
   * @return the data element whose affirmation takes a member that does not meet the condition out of the denominator
   *     (FHIR denominator exception), if any
   */
  public abstract Optional<String> denominatorException();

  /**
   * The rule that counts a member when it meets {@code condition}, with no exclusion or exception.
   *
   * @param condition the condition
   * @return the rule that counts a member when it meets {@code condition}, with no exclusion or exception
   */
  public static CountingRule of(Condition condition) {
    return ImmutableCountingRule.builder().condition(condition).build();
  }

  /**
   * The rule of an indicator whose catalogue gives none: every one of {@code dataElements}.
   *
   * @param dataElements the data elements
   * @return the rule of an indicator whose catalogue gives none: every one of {@code dataElements}
   */
  public static CountingRule allOf(List<String> dataElements) {
    return of(Condition.allOfElements(dataElements));
  }

  /** {@return a builder} */
  public static ImmutableCountingRule.Builder builder() {
    return ImmutableCountingRule.builder();
  }

  /**
   * The rule written as {@link #toString()} writes it: a condition, then optionally {@code ; numerator-exclusion(key)}
   * and {@code ; denominator-exception(key)}.
   *
   *
   * @param text the text
   * @return the rule written as {@link #toString()} writes it: a condition, then optionally {@code ;
   *     numerator-exclusion(key)} and {@code ; denominator-exception(key)}
   * @throws IllegalArgumentException naming the text and what was expected
   */
  public static CountingRule parse(String text) {
    checkArgument(text != null, "CountingRule text must not be null");
    String[] parts = text.split(";");
    ImmutableCountingRule.Builder b = builder().condition(Condition.parse(parts[0]));
    for (int i = 1; i < parts.length; i++) {
      String part = parts[i].trim();
      if (part.startsWith("numerator-exclusion(") && part.endsWith(")")) {
        b.numeratorExclusion(part.substring("numerator-exclusion(".length(), part.length() - 1).trim());
      } else if (part.startsWith("denominator-exception(") && part.endsWith(")")) {
        b.denominatorException(part.substring("denominator-exception(".length(), part.length() - 1).trim());
      } else {
        throw new IllegalArgumentException("CountingRule '" + text + "': expected numerator-exclusion(key) or "
            + "denominator-exception(key) after ';', was '" + part + "'");
      }
    }
    return b.build();
  }

  /**
   * Whether the rule is every one of {@code dataElements} and nothing more: the rule of a catalogue that gives none.
   *
   * @param dataElements the data elements
   * @return whether the rule is every one of {@code dataElements} and nothing more: the rule of a catalogue that gives
   *     none
   */
  public boolean isAllOf(List<String> dataElements) {
    if (numeratorExclusion().isPresent() || denominatorException().isPresent()
        || condition().kind() != Condition.Kind.ALL_OF || condition().parts().size() != dataElements.size()) {
      return false;
    }
    for (int i = 0; i < dataElements.size(); i++) {
      Condition part = condition().parts().get(i);
      if (part.kind() != Condition.Kind.ELEMENT || !part.elementKey().equals(dataElements.get(i))) {
        return false;
      }
    }
    return true;
  }

  /** Validates the attributes on construction; a failure names the field and the value. */
  @Value.Check
  protected void check() {
    numeratorExclusion().ifPresent(k -> checkArgument(DataElement.isKey(k),
        "CountingRule.numeratorExclusion must be a data element key, was '%s'", k));
    denominatorException().ifPresent(k -> checkArgument(DataElement.isKey(k),
        "CountingRule.denominatorException must be a data element key, was '%s'", k));
  }

  @Override
  public String toString() {
    return condition() + numeratorExclusion().map(k -> "; numerator-exclusion(" + k + ")").orElse("")
        + denominatorException().map(k -> "; denominator-exception(" + k + ")").orElse("");
  }
}
