package org.ccmkit.indicators.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.ccmkit.model.SourceRef;
import org.ccmkit.model.plan.FigureUnit;
import org.junit.jupiter.api.Test;

/** A period of cycles, as the documents write it: the Lausanne Action Plan's review period is 10MSP–13MSP. */
class CyclePeriodTest {

  @Test
  void theReviewPeriodRunsFromThe10MspToThe13Msp() {
    CyclePeriod p = CyclePeriod.of("10MSP–13MSP");
    assertEquals("10MSP", p.first());
    assertEquals("13MSP", p.last());
    assertEquals("10MSP–13MSP", p.toString());
  }

  @Test
  void aHyphenInsteadOfTheEnDashOrAnUnknownMeetingIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CyclePeriod.of("10MSP-13MSP"));
    assertEquals("a period of cycles must be two meetings' short names joined by an en dash, like '10MSP–13MSP', was "
        + "'10MSP-13MSP'", e.getMessage());
    for (String bad : new String[] {"", "–", "10MSP–", "–13MSP", "10MSP–13MSP–3RC", "10msp–13MSP", "2021–2025"}) {
      assertEquals(Optional.empty(), CyclePeriod.parse(bad), bad);
    }
    assertThrows(IllegalArgumentException.class, () -> new CyclePeriod("10MSP", "2025"));
  }

  @Test
  void aPrintedFigureOfAPeriodGivesItsCyclesAndRefusesAMalformedOne() {
    // UNIDIR's "4 women presiding over the Convention since 2010", a figure of the 1MSP–13MSP period.
    PublishedValue since2010 = PublishedValue.builder().indicator("LAP-4.2").cycle("13MSP").value(BigDecimal.ONE)
        .unit(FigureUnit.COUNT).period("1MSP–13MSP").source(SourceRef.of("UNIDIR", "line 377")).build();
    assertEquals(Optional.of(new CyclePeriod("1MSP", "13MSP")), since2010.cyclePeriod());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PublishedValue.builder()
        .from(since2010).period("since 2010").build());
    assertTrue(e.getMessage().startsWith("PublishedValue.period must be two meetings' short names joined by an en "
        + "dash, like '10MSP–13MSP', was 'since 2010'"), e.getMessage());
  }

  @Property(tries = 300)
  void everyPeriodRoundTripsThroughItsStringForm(@ForAll("periods") CyclePeriod p) {
    assertEquals(p, CyclePeriod.of(p.toString()));
  }

  @Provide
  Arbitrary<CyclePeriod> periods() {
    Arbitrary<String> meetings = Combinators.combine(Arbitraries.integers().between(1, 99),
        Arbitraries.of("MSP", "RC")).as((n, k) -> n + k);
    return Combinators.combine(meetings, meetings).as(CyclePeriod::new);
  }
}
