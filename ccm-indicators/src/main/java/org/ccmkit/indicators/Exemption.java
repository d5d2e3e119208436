package org.ccmkit.indicators;

import java.util.Optional;
import org.ccmkit.indicators.data.ElementFacts;
import org.ccmkit.indicators.data.Fact;
import org.ccmkit.indicators.data.SubjectSet;
import org.ccmkit.indicators.result.Reason;
import org.ccmkit.model.plan.Indicator;

/**
 * A numerator exclusion or a denominator exception of an indicator's {@linkplain
 * org.ccmkit.model.plan.CountingRule counting rule} in one cycle: the data element whose affirmation takes a member
 * out of the numerator, or out of the denominator, and why, with the fact behind it.
 */
final class Exemption {

  final String element;
  final ElementFacts facts;
  private final String why;

  private Exemption(String element, ElementFacts facts, String why) {
    this.element = element;
    this.facts = facts;
    this.why = why;
  }

  /** The numerator exclusion of {@code indicator} in the cycle of {@code meeting}, if its rule has one. */
  static Optional<Exemption> numeratorExclusion(Indicator indicator, CycleFacts facts) {
    Optional<String> key = indicator.counting().numeratorExclusion();
    return key.isEmpty() ? Optional.empty() : Optional.of(new Exemption(key.get(), facts.of(key.get()),
        "a numerator exclusion, so is not counted although it meets " + indicator.counting().condition()));
  }

  /** The denominator exception of {@code indicator} in the cycle of {@code meeting}, if its rule has one. */
  static Optional<Exemption> denominatorException(Indicator indicator, CycleFacts facts) {
    Optional<String> key = indicator.counting().denominatorException();
    return key.isEmpty() ? Optional.empty() : Optional.of(new Exemption(key.get(), facts.of(key.get()),
        "a denominator exception, so is not in the denominator: it does not meet "
            + indicator.counting().condition()));
  }

  /** The subjects that affirm the element. */
  SubjectSet affirming() {
    return facts.affirming();
  }

  /** Why the subject of index {@code subject}, which affirms the element, is taken out, in the cycle {@code meeting}. */
  Reason reason(int subject, String meeting) {
    Fact f = facts.factsOf(subject).stream().filter(x -> x.value().isAffirmative()).findFirst().get();
    return Reason.of("Reports " + element + " = " + f.value().asText() + " in the " + meeting + " cycle: " + why,
        Optional.of(f.source()));
  }
}
