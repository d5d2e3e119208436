package org.ccmkit.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.math.BigDecimal;
import java.util.Optional;
import org.ccmkit.io.read.Failure;
import org.ccmkit.io.read.FailureKind;
import org.ccmkit.io.read.Input;
import org.ccmkit.io.read.ReadLimits;
import org.junit.jupiter.api.Test;

/** The mappers every reader uses are configured the safe way, and stay so. */
class SafeJacksonTest {

  /** A row with a field of a general type, as an attacker would like to find. */
  record Row(String state, Object payload) {}

  @Test
  void constraintsComeFromTheLimits() {
    ReadLimits limits = ReadLimits.builder().maxNestingDepth(7).maxStringLength(99).maxNumberLength(12).build();
    ObjectMapper mapper = SafeJackson.jsonMapper(limits);
    assertEquals(7, mapper.getFactory().streamReadConstraints().getMaxNestingDepth());
    assertEquals(99, mapper.getFactory().streamReadConstraints().getMaxStringLength());
    assertEquals(12, mapper.getFactory().streamReadConstraints().getMaxNumberLength());
    assertEquals(7, SafeJackson.yamlFactory(limits).streamReadConstraints().getMaxNestingDepth());
    assertEquals(7, SafeJackson.loaderOptions(limits).getNestingDepthLimit());
    assertFalse(SafeJackson.loaderOptions(limits).isAllowDuplicateKeys());
  }

  @Test
  void duplicatesUnknownPropertiesAndTrailingTokensAreErrors() {
    ObjectMapper mapper = SafeJackson.jsonMapper();
    assertTrue(mapper.getFactory().isEnabled(StreamReadFeature.STRICT_DUPLICATE_DETECTION));
    assertTrue(mapper.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES));
    assertTrue(mapper.isEnabled(DeserializationFeature.FAIL_ON_TRAILING_TOKENS));
    assertThrows(UnrecognizedPropertyException.class, () -> mapper.readValue("{\"state\": \"LAO\", \"x\": 1}",
        Row.class));
  }

  @Test
  void noPolymorphicTypingEvenWhereAnObjectIsAccepted() throws Exception {
    ObjectMapper mapper = SafeJackson.jsonMapper();
    Row row = mapper.readValue("{\"state\": \"LAO\", \"payload\": [\"java.net.URL\", \"http://example.org\"]}",
        Row.class);
    assertFalse(row.payload() instanceof java.net.URL, "a type id in the data must never instantiate a class");
    assertTrue(row.payload() instanceof java.util.List);
    assertThrows(InvalidTypeIdException.class, () -> mapper.copy()
        .activateDefaultTyping(mapper.getPolymorphicTypeValidator(), ObjectMapper.DefaultTyping.NON_FINAL)
        .readValue("[\"java.net.URL\", \"http://example.org\"]", Object.class),
        "even with default typing switched on for every non-final type, the validator allows no subtype");
  }

  @Test
  void decimalsKeepTheirScale() throws Exception {
    JsonNode n = SafeJackson.jsonMapper().readTree("{\"value\": 1.50}");
    assertEquals(new BigDecimal("1.50"), n.get("value").decimalValue());
    assertEquals("{\"value\":1000}", SafeJackson.jsonMapper().copy().disable(
        com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT).writeValueAsString(
        java.util.Map.of("value", new BigDecimal("1E+3"))));
  }

  @Test
  void malformedYamlIsLocated() {
    Failure f = TreeReader.yaml().readArray(Input.of("facts.yaml", "- state: LAO\n- state: [CPV\n  value: 1\n"),
        "facts").failures().get(0);
    assertEquals(FailureKind.MALFORMED, f.kind());
    assertTrue(f.location().line().isPresent());
    assertEquals(Optional.of("facts.yaml"), Optional.of(f.location().source()));
    Failure tab = TreeReader.yaml().readTree(Input.of("facts.yaml", "a:\n\t- b\n")).failures().get(0);
    assertEquals(FailureKind.MALFORMED, tab.kind());
  }

  @Test
  void jacksonExceptionsBecomeFailuresOfTheirKind() {
    ObjectMapper mapper = SafeJackson.jsonMapper();
    Exception unknown = assertThrows(UnrecognizedPropertyException.class,
        () -> mapper.readValue("{\"state\": \"LAO\", \"colour\": 1}", Row.class));
    Failure f = JacksonFailures.of(unknown, org.ccmkit.io.read.Location.of("row.json"), "/4");
    assertEquals(FailureKind.UNKNOWN_FIELD, f.kind());
    assertEquals(Optional.of("/4/colour"), f.location().field());
    assertEquals(FailureKind.UNREADABLE, JacksonFailures.of(new java.io.IOException("disk"), "x.json").kind());
  }
}
