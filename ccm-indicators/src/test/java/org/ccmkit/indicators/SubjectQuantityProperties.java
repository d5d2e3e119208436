package org.ccmkit.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import org.ccmkit.indicators.data.ElementFacts;
import org.ccmkit.indicators.data.Fact;
import org.ccmkit.indicators.data.FactIndex;
import org.ccmkit.indicators.data.FactValue;
import org.ccmkit.indicators.data.SubjectSet;
import org.ccmkit.model.SourceRef;
import org.ccmkit.model.plan.ValueType;

/**
 * A sum of subjects' quantities over a set ({@link SubjectQuantity#sum}) is the sum of each subject's quantity ({@link
 * SubjectQuantity#of}), whichever way it is added: in long arithmetic where every count is a whole number within a
 * long, else exactly in {@code BigDecimal}s.
 */
@StatisticsReport(onFailureOnly = true)
class SubjectQuantityProperties {

  private static final String CYCLE = "12MSP";
  private static final List<String> ELEMENTS = List.of("victims.count", "cooperation.amount");

  /** A user-assigned ISO code for subject {@code i}: XAA, XAB… */
  private static String code(int i) {
    return "X" + (char) ('A' + i / 26) + (char) ('A' + i % 26);
  }

  /** One fact: its subject (of 0 to 69), element (of two), and value: yes, no, a count (whole) or a quantity. */
  record Spec(int subject, int element, int kind, BigDecimal number) {}

  @Provide
  Arbitrary<List<Spec>> facts() {
    Arbitrary<BigDecimal> numbers = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(6, Arbitraries.longs().between(0, 5000).map(BigDecimal::valueOf)),
        net.jqwik.api.Tuple.of(1, Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.valueOf(100))
            .ofScale(1)),
        net.jqwik.api.Tuple.of(1, Arbitraries.of(new BigDecimal("9223372036854775807"),
            new BigDecimal("4611686018427387904"), new BigDecimal("1E+30"))));
    return Combinators.combine(Arbitraries.integers().between(0, 69), Arbitraries.integers().between(0, 1),
        Arbitraries.integers().between(0, 3), numbers).as(Spec::new).list().ofMaxSize(120);
  }

  @Provide
  Arbitrary<java.util.Set<Integer>> subjects() {
    return Arbitraries.integers().between(0, 69).set().ofMaxSize(70);
  }

  @Property(tries = 400)
  void aSumIsTheSumOfEachSubjectsQuantity(@ForAll("facts") List<Spec> specs, @ForAll("subjects") java.util.Set<Integer> chosen) {
    List<Fact> facts = new ArrayList<>();
    for (Spec s : specs) {
      FactValue value = switch (s.kind()) {
        case 0 -> FactValue.of(true);
        case 1 -> FactValue.of(false);
        case 2 -> FactValue.of(ValueType.COUNT, s.number().setScale(0, java.math.RoundingMode.DOWN));
        default -> FactValue.of(ValueType.QUANTITY, s.number());
      };
      facts.add(Fact.of(code(s.subject()), CYCLE, ELEMENTS.get(s.element()), value,
          SourceRef.of("ART7", "line " + facts.size())));
    }
    List<String> everyone = new ArrayList<>();
    for (int i = 0; i < 70; i++) {
      everyone.add(code(i));
    }
    FactIndex index = FactIndex.of(facts, everyone);
    ElementFacts[] elements = ELEMENTS.stream().map(e -> index.element(CYCLE, e)).toArray(ElementFacts[]::new);
    BitSet bits = new BitSet();
    chosen.forEach(bits::set);
    SubjectSet subjects = SubjectSet.of(bits);
    boolean whole = elements[0].countsAreWhole() && elements[1].countsAreWhole();
    Statistics.label("counts whole").collect(whole);
    Statistics.label("counts whole").coverage(c -> {
      c.check(true).percentage(p -> p > 20);
      c.check(false).percentage(p -> p > 20);
    });
    for (SubjectQuantity q : SubjectQuantity.values()) {
      BigDecimal[] each = {BigDecimal.ZERO};
      subjects.forEach(i -> q.of(elements, i).ifPresent(n -> each[0] = each[0].add(n)));
      assertEquals(0, each[0].compareTo(q.sum(elements, subjects)), q + ": " + each[0] + " vs " + q.sum(elements,
          subjects));
    }
  }
}
