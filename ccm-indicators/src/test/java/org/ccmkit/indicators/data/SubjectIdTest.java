package org.ccmkit.indicators.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import org.ccmkit.model.SourceRef;
import org.junit.jupiter.api.Test;

/**
 * A subject id says what it names: a State (LAO), a meeting (13MSP) or an extension request (LAO-4-11MSP, Lao PDR's
 * Article 4 request considered at the 11MSP), and the State of a request; it round-trips through its String form.
 */
@StatisticsReport(onFailureOnly = true)
class SubjectIdTest {

  /** The three forms as regular expressions, the definition the hand-written parser must agree with. */
  private static final Pattern STATE = Pattern.compile("[A-Z]{3}");
  private static final Pattern MEETING = Pattern.compile("[1-9][0-9]?(MSP|RC)");
  private static final Pattern REQUEST = Pattern.compile("[A-Z]{3}-[34]-[1-9][0-9]?(MSP|RC)");

  @Test
  void laoPdrsArticle4RequestAtThe11MspIsARequestOfLaoPdr() {
    SubjectId r = SubjectId.of("LAO-4-11MSP");
    assertEquals(SubjectId.Category.EXTENSION_REQUEST, r.category());
    assertEquals(Optional.of("LAO"), r.state());
    assertEquals(Optional.of(4), r.article());
    assertEquals(Optional.of("11MSP"), r.meeting());
    assertFalse(r.isState());
    assertEquals(r, SubjectId.extensionRequest("LAO", 4, "11MSP"));
    assertEquals(r, ExtensionRequest.builder().state("LAO").article(4).meeting("11MSP")
        .source(SourceRef.of("RD", "para 259")).build().subjectId());
  }

  @Test
  void aStateIsItsOwnStateAndAMeetingHasNone() {
    SubjectId cpv = SubjectId.of("CPV");
    assertTrue(cpv.isState());
    assertEquals(Optional.of("CPV"), cpv.state());
    assertEquals(Optional.empty(), cpv.meeting());
    SubjectId msp = SubjectId.of("13MSP");
    assertEquals(SubjectId.Category.MEETING, msp.category());
    assertEquals(Optional.empty(), msp.state());
    assertEquals(Optional.of("13MSP"), msp.meeting());
    assertEquals(SubjectId.Category.MEETING, SubjectId.of("3RC").category());
  }

  @Test
  void anIdOfNoneOfTheFormsIsRefusedNamingThem() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SubjectId.of("Lao"));
    assertEquals("a subject must be a State's ISO 3166-1 alpha-3 code (LAO), a meeting's short name (13MSP) or an "
        + "extension request's id (LAO-4-11MSP), was 'Lao'", e.getMessage());
    for (String bad : new String[] {"", "LA", "LAOS", "0MSP", "13MS", "123MSP", "LAO-5-11MSP", "LAO-4-", "LAO4-11MSP",
        "LAO-4-11MSPX", " LAO"}) {
      assertEquals(Optional.empty(), SubjectId.parse(bad), bad);
    }
    assertThrows(IllegalArgumentException.class, () -> SubjectId.of(null));
    assertThrows(IllegalArgumentException.class, () -> SubjectId.extensionRequest("LAO", 5, "11MSP"));
    assertThrows(IllegalArgumentException.class, () -> SubjectId.state("lao"));
  }

  @Test
  void aFactsSubjectMustBeOneOfTheForms() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Fact.of("Laos", "13MSP",
        "art4.national-strategy", FactValue.of(true), SourceRef.of("RD", "para 93")));
    assertTrue(e.getMessage().startsWith("Fact.subject must be a State's ISO 3166-1 alpha-3 code (LAO)"), e.getMessage());
    assertTrue(e.getMessage().contains("was 'Laos' (element art4.national-strategy, cycle 13MSP)"), e.getMessage());
    assertEquals(SubjectId.Category.EXTENSION_REQUEST, Fact.of("AFG-4-13MSP", "13MSP",
        "art4.extension-request-costed-work-plan", FactValue.of(true), SourceRef.of("RD", "para 259")).subjectId()
        .category());
  }

  /** Ids near the three forms, and any short text: the parser agrees with the regular expressions on all. */
  @Property(tries = 2000)
  void theParserAgreesWithTheRegularExpressions(@ForAll("nearIds") String id) {
    Optional<SubjectId> parsed = SubjectId.parse(id);
    SubjectId.Category expected = STATE.matcher(id).matches() ? SubjectId.Category.STATE
        : MEETING.matcher(id).matches() ? SubjectId.Category.MEETING
        : REQUEST.matcher(id).matches() ? SubjectId.Category.EXTENSION_REQUEST : null;
    Statistics.label("kind").collect(expected == null ? "none" : expected.name());
    Statistics.label("kind").coverage(c -> {
      c.check("STATE").percentage(p -> p > 5);
      c.check("MEETING").percentage(p -> p > 5);
      c.check("EXTENSION_REQUEST").percentage(p -> p > 5);
      c.check("none").percentage(p -> p > 20);
    });
    assertEquals(Optional.ofNullable(expected), parsed.map(SubjectId::category), id);
  }

  @Property(tries = 500)
  void everySubjectIdRoundTripsThroughItsStringForm(@ForAll("subjectIds") SubjectId s) {
    assertEquals(s, SubjectId.of(s.toString()));
    assertEquals(s.category(), SubjectId.of(s.id()).category());
    assertEquals(s.category() != SubjectId.Category.MEETING, s.state().isPresent());
    assertEquals(s.category() != SubjectId.Category.STATE, s.meeting().isPresent());
  }

  @Provide
  Arbitrary<SubjectId> subjectIds() {
    Arbitrary<String> states = Arbitraries.strings().withCharRange('A', 'Z').ofLength(3);
    Arbitrary<String> meetings = Combinators.combine(Arbitraries.integers().between(1, 99),
        Arbitraries.of("MSP", "RC")).as((n, k) -> n + k);
    return Arbitraries.oneOf(states.map(SubjectId::state), meetings.map(SubjectId::of),
        Combinators.combine(states, Arbitraries.of(3, 4), meetings).as(SubjectId::extensionRequest));
  }

  @Provide
  Arbitrary<String> nearIds() {
    Arbitrary<String> pieces = Arbitraries.of("LAO", "AFG", "lao", "LA", "-", "3", "4", "5", "0", "1", "13", "MSP",
        "RC", "MS", " ", "–");
    Arbitrary<String> joined = pieces.list().ofMinSize(1).ofMaxSize(5).map(l -> String.join("", l));
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(2, joined),
        net.jqwik.api.Tuple.of(1, subjectIds().map(SubjectId::toString)),
        net.jqwik.api.Tuple.of(1, Arbitraries.strings().ofMaxLength(12)));
  }
}
