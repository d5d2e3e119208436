package org.ccmkit.indicators;

import org.ccmkit.indicators.testkit.DomainArbitraries;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.ccmkit.indicators.testkit.DomainArbitraries.Scenario;

/**
 * Scenarios of {@link DomainArbitraries} in which the first forty subjects (most of them the register's real States, in
 * code order) report often: the generated scenarios' facts spread thinly over up to 200 subjects, so that most
 * evaluations of them have no data, and a property over computed values would check few tries.
 */
final class ReportingScenarios {

  private ReportingScenarios() {}

  static Arbitrary<Scenario> scenarios() {
    Arbitrary<List<DomainArbitraries.FactSpec>> dense = Combinators.combine(Arbitraries.integers().between(0, 39),
            Arbitraries.integers().between(0, 3),
            Arbitraries.integers().between(0, DomainArbitraries.ELEMENTS.size() - 1),
            Arbitraries.integers().between(0, 4),
            Arbitraries.integers().between(0, DomainArbitraries.SOURCES.size() - 1))
        .as(DomainArbitraries.FactSpec::new).list().ofMinSize(80).ofMaxSize(250);
    return Combinators.combine(DomainArbitraries.scenarios(), dense).as((s, facts) -> new Scenario(s.real(),
        s.generated(), s.obligations(), facts, s.regionSeed()));
  }
}
