package org.ccmkit.indicators.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
