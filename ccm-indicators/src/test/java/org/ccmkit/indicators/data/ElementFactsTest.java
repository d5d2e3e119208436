package org.ccmkit.indicators.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.ccmkit.indicators.Fixtures;
import org.ccmkit.model.SourceRef;
import org.ccmkit.model.plan.ValueType;
import org.junit.jupiter.api.Test;

/** An element's facts in a cycle: the greatest number each subject's facts give, with or without an Optional. */
class ElementFactsTest {

  private static final String DESTROYED = "retention.quantity-destroyed";

  @Test
  void theGreatestNumberOrAnotherIsTheOptionalOnesValueOrThatOther() {
    // France's two figures (35 and 30): the greater is used; Germany reported yes only; Norway nothing.
    MonitoringDataset d = Fixtures.dataset()
        .addFacts(Fact.of("FRA", "13MSP", DESTROYED, FactValue.of(ValueType.QUANTITY, BigDecimal.valueOf(35)),
                Fixtures.article7("FRA", "13MSP")),
            Fact.of("FRA", "13MSP", DESTROYED, FactValue.of(ValueType.QUANTITY, BigDecimal.valueOf(30)),
                SourceRef.of("RD", "para 70")),
            Fixtures.reported("DEU", "13MSP", DESTROYED, true))
        .build();
    FactIndex index = d.factIndex();
    ElementFacts facts = index.element("13MSP", DESTROYED);
    BigDecimal other = new BigDecimal("-1");
    for (String subject : index.subjects()) {
      int i = index.indexOf(subject);
      assertEquals(facts.greatestNumber(i).orElse(other), facts.greatestNumberOr(i, other), subject);
      assertEquals(facts.greatestCount(i).orElse(other), facts.greatestCountOr(i, other), subject);
    }
    int france = index.indexOf("FRA");
    assertEquals(BigDecimal.valueOf(35), facts.greatestNumberOr(france, other));
    assertEquals(BigDecimal.valueOf(35), facts.greatestCountOr(france, other));
    assertEquals(other, facts.greatestNumberOr(index.indexOf("DEU"), other), "a yes gives no number");
    assertEquals(other, facts.greatestNumberOr(index.subjects().size() + 10, other), "a subject past the last one");
  }

  @Test
  void wholeCountsAreTheGreatestCountsAsLongsAndAFractionIsNamed() {
    MonitoringDataset d = Fixtures.dataset()
        .addFacts(Fact.of("FRA", "13MSP", DESTROYED, FactValue.of(ValueType.QUANTITY, BigDecimal.valueOf(35)),
                Fixtures.article7("FRA", "13MSP")),
            Fixtures.reported("DEU", "13MSP", DESTROYED, true),
            Fact.of("NOR", "12MSP", DESTROYED, FactValue.of(ValueType.QUANTITY, new BigDecimal("2.5")),
                Fixtures.article7("NOR", "12MSP")))
        .build();
    FactIndex index = d.factIndex();
    ElementFacts whole = index.element("13MSP", DESTROYED);
    assertTrue(whole.countsAreWhole());
    assertEquals(35L, whole.wholeCountOr(index.indexOf("FRA"), -1));
    assertEquals(-1L, whole.wholeCountOr(index.indexOf("DEU"), -1), "a yes gives no count");
    assertEquals(-1L, whole.wholeCountOr(index.subjects().size() + 10, -1), "a subject past the last one");
    ElementFacts fraction = index.element("12MSP", DESTROYED);
    assertFalse(fraction.countsAreWhole());
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> fraction.wholeCountOr(index.indexOf("NOR"), 0));
    assertTrue(e.getMessage().contains("ask countsAreWhole() first, or use greatestCountOr"), e.getMessage());
  }

  @Test
  void everyoneIsEverySubjectOfTheIndex() {
    FactIndex index = Fixtures.dataset().build().factIndex();
    SubjectSet everyone = index.everyone();
    assertEquals(index.subjects().size(), everyone.size());
    assertEquals(index.subjects(), index.codesOf(everyone));
  }
}
