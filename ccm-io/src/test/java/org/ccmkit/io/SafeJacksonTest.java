package org.ccmkit.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.math.BigDecimal;
import java.util.Optional;
import org.ccmkit.io.read.Failure;
import org.ccmkit.io.read.FailureKind;
import org.ccmkit.io.read.Input;
import org.ccmkit.io.read.ReadLimits;
import org.junit.jupiter.api.Test;

/** The parsers and the mapper every reader uses are configured the safe way, and stay so. */
class SafeJacksonTest {

  /** A row with a field of a general type, as an attacker would like to find. */
  record Row(String state, Object payload) {}

  @Test
  void constraintsComeFromTheLimits() {
    ReadLimits limits = ReadLimits.builder().maxNestingDepth(7).maxStringLength(99).maxNumberLength(12).build();
    StreamReadConstraints json = SafeJackson.jsonFactory(limits).streamReadConstraints();
    assertEquals(7, json.getMaxNestingDepth());
    assertEquals(99, json.getMaxStringLength());
    assertEquals(12, json.getMaxNumberLength());
    assertEquals(7, SafeJackson.yamlFactory(limits).streamReadConstraints().getMaxNestingDepth());
    assertEquals(99, SafeJackson.csvFactory(limits).streamReadConstraints().getMaxStringLength());
    assertEquals(12, SafeJackson.csvMapper(limits).getFactory().streamReadConstraints().getMaxNumberLength());
    assertEquals(7, SafeJackson.loaderOptions(limits).getNestingDepthLimit());
    assertFalse(SafeJackson.loaderOptions(limits).isAllowDuplicateKeys());
  }

  @Test
  void duplicateKeysAreDetectedByEveryJsonAndYamlParser() {
    assertTrue(SafeJackson.jsonFactory(ReadLimits.defaults()).isEnabled(StreamReadFeature.STRICT_DUPLICATE_DETECTION));
    assertTrue(SafeJackson.yamlFactory(ReadLimits.defaults()).isEnabled(StreamReadFeature.STRICT_DUPLICATE_DETECTION));
    Failure f = TreeReader.json().readTree(Input.of("row.json", "{\"state\": \"LAO\", \"state\": \"CPV\"}"))
        .failures().get(0);
    assertEquals(FailureKind.DUPLICATE_KEY, f.kind());
  }

  @Test
  void theCsvMapperRefusesUnknownPropertiesAndTrailingTokens() {
    ObjectMapper mapper = SafeJackson.csvMapper(ReadLimits.defaults());
    assertTrue(mapper.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES));
    assertTrue(mapper.isEnabled(DeserializationFeature.FAIL_ON_TRAILING_TOKENS));
    assertTrue(mapper.isEnabled(MapperFeature.BLOCK_UNSAFE_POLYMORPHIC_BASE_TYPES));
  }

  @Test
  void noPolymorphicTypingEvenWhereAnObjectIsAccepted() throws Exception {
    ObjectMapper mapper = SafeJackson.csvMapper(ReadLimits.defaults());
    CsvSchema schema = CsvSchema.builder().addColumn("state").addColumn("payload").build();
    Row row = mapper.readerFor(Row.class).with(schema).readValue("LAO,java.net.URL\n");
    assertFalse(row.payload() instanceof java.net.URL, "a type id in the data must never instantiate a class");
    assertEquals("java.net.URL", row.payload());
    assertThrows(InvalidTypeIdException.class, () -> new ObjectMapper()
        .activateDefaultTyping(mapper.getPolymorphicTypeValidator(), ObjectMapper.DefaultTyping.NON_FINAL)
        .readValue("[\"java.net.URL\", \"http://example.org\"]", Object.class),
        "even with default typing switched on for every non-final type, the validator allows no subtype");
  }

  @Test
  void decimalsKeepTheirScale() {
    JsonNode n = TreeReader.json().readTree(Input.of("value.json", "{\"value\": 1.50}")).value().get();
    assertEquals(new BigDecimal("1.50"), n.get("value").decimalValue());
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
    ObjectMapper mapper = new ObjectMapper();
    Exception unknown = assertThrows(UnrecognizedPropertyException.class,
        () -> mapper.readValue("{\"state\": \"LAO\", \"colour\": 1}", Row.class));
    Failure f = JacksonFailures.of(unknown, org.ccmkit.io.read.Location.of("row.json"), "/4");
    assertEquals(FailureKind.UNKNOWN_FIELD, f.kind());
    assertEquals(Optional.of("/4/colour"), f.location().field());
    assertEquals(FailureKind.UNREADABLE, JacksonFailures.of(new java.io.IOException("disk"), "x.json").kind());
  }
}
