package org.ccmkit.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import java.util.OptionalInt;
import org.ccmkit.io.read.Failure;
import org.ccmkit.io.read.FailureKind;
import org.ccmkit.io.read.Input;
import org.ccmkit.io.read.Location;
import org.ccmkit.io.read.ReadLimits;
import org.ccmkit.io.read.ReadResult;
import org.ccmkit.io.read.TableRows;
import org.ccmkit.io.read.Row;
import org.junit.jupiter.api.Test;

/** Broken JSON and YAML documents each give one specific failure, located, never an exception. */
class TreeReaderTest {

  private static final TreeReader JSON = TreeReader.json();
  private static final TreeReader YAML = TreeReader.yaml();

  @Test
  void malformedJsonStopsTheDocumentAndRejectsTheRowItBroke() {
    ReadResult<ImmutableList<Row>> r = JSON.readArray(Input.of("facts.json",
        "[{\"state\": \"LAO\"},\n {\"state\": \"CPV\""), "facts");
    assertEquals(2, r.rowsRead());
    assertEquals(1, r.rowsAccepted());
    Failure f = only(r);
    assertEquals(FailureKind.MALFORMED, f.kind());
    assertEquals(OptionalInt.of(2), f.location().line());
    assertEquals(OptionalInt.of(2), f.location().row());
    assertTrue(f.message().startsWith("facts.json, line 2, column 17, facts row 2: syntax error: Unexpected "
        + "end-of-input"), f.message());
  }

  @Test
  void contentAfterTheDocumentIsMalformed() {
    Failure f = only(JSON.readArray(Input.of("facts.json", "[{\"state\": \"LAO\"}]\n]"), "facts"));
    assertEquals(FailureKind.MALFORMED, f.kind());
    assertEquals(Location.of("facts.json", 2, 1), f.location());
  }

  @Test
  void duplicateKeysAreDetected() {
    Failure f = only(JSON.readArray(Input.of("facts.json", "[{\"state\": \"LAO\",\n  \"state\": \"CPV\"}]"), "facts"));
    assertEquals(FailureKind.DUPLICATE_KEY, f.kind());
    assertEquals(Optional.of("state"), f.value());
    assertEquals(OptionalInt.of(2), f.location().line());
    Failure y = only(YAML.readArray(Input.of("facts.yaml", "- state: LAO\n  state: CPV\n"), "facts"));
    assertEquals(FailureKind.DUPLICATE_KEY, y.kind());
    assertEquals(OptionalInt.of(2), y.location().line());
  }

  @Test
  void deepNestingExceedsTheLimit() {
    String deep = "[" + "[".repeat(100) + "]".repeat(100) + "]";
    Failure f = only(JSON.readArray(Input.of("facts.json", deep), "facts"));
    assertEquals(FailureKind.LIMIT_EXCEEDED, f.kind());
    assertTrue(f.message().contains("nesting depth"), f.message());
    Failure y = only(YAML.readTree(Input.of("deep.yaml", "a: " + "[".repeat(100) + "]".repeat(100))));
    assertTrue(y.message().toLowerCase(java.util.Locale.ROOT).contains("nesting depth"), y.message());
    assertEquals(FailureKind.LIMIT_EXCEEDED, y.kind());
  }

  @Test
  void longStringsAndOversizedDocumentsExceedTheLimits() {
    ReadLimits limits = ReadLimits.builder().maxStringLength(100).maxInputBytes(10_000).build();
    Failure string = only(TreeReader.json(limits).readArray(Input.of("facts.json",
        "[{\"state\": \"" + "x".repeat(1000) + "\"}]"), "facts"));
    assertEquals(FailureKind.LIMIT_EXCEEDED, string.kind());
    assertTrue(string.message().contains("String value length"), string.message());
    // Rows are handed on as they are read: those before the limit are read, the limit stops the document.
    ReadResult<ImmutableList<Row>> size = TreeReader.json(limits).readArray(Input.of("facts.json",
        "[" + "{\"a\": 1},".repeat(2_000) + "{}]"), "facts");
    assertEquals(1, size.failures().size(), size.toString());
    assertEquals(FailureKind.LIMIT_EXCEEDED, size.failures().get(0).kind());
  }

  @Test
  void yamlAliasBombIsRefusedAtTheFirstAlias() {
    StringBuilder bomb = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
    for (char c = 'b'; c <= 'j'; c++) {
      char p = (char) (c - 1);
      bomb.append(c).append(": &").append(c).append(" [*").append(p).append(",*").append(p).append(",*").append(p)
          .append(",*").append(p).append(",*").append(p).append(",*").append(p).append(",*").append(p).append(",*")
          .append(p).append(",*").append(p).append("]\n");
    }
    Failure f = only(YAML.readTree(Input.of("bomb.yaml", bomb.toString())));
    assertEquals(FailureKind.UNSUPPORTED_CONSTRUCT, f.kind());
    assertEquals(Location.of("bomb.yaml", 2, 8), f.location());
    assertEquals(Optional.of("*a"), f.value());
  }

  @Test
  void aSecondYamlDocumentIsContentAfterTheEnd() {
    ReadResult<ImmutableList<Row>> r = YAML.readArray(Input.of("facts.yaml", "- state: LAO\n---\n- state: CPV\n"),
        "facts");
    assertEquals(1, r.rowsAccepted());
    assertEquals(FailureKind.MALFORMED, only(r).kind());
    assertEquals(OptionalInt.of(3), only(r).location().line());
  }

  @Test
  void aDocumentOfTheWrongShapeAndRowsThatAreNotObjects() {
    Failure object = only(JSON.readArray(Input.of("facts.json", "{\"state\": \"LAO\"}"), "facts"));
    assertEquals(FailureKind.WRONG_SHAPE, object.kind());
    ReadResult<ImmutableList<Row>> r = JSON.readArray(Input.of("facts.json", "[{\"state\": \"LAO\"}, 12]"),
        "facts");
    assertEquals(FailureKind.WRONG_SHAPE, only(r).kind());
    assertEquals(Optional.of("/1"), only(r).location().field());
    assertEquals(Optional.of("12"), only(r).value());
  }

  @Test
  void aDocumentOfTablesKeepsEmptyTablesAndReportsUnknownOnes() {
    ReadResult<TableRows> r = JSON.readTables(Input.of("dataset.json",
        "{\"states\": [], \"facts\": [{\"a\": 1}], \"fact\": [{\"a\": 2}], \"cycles\": 3}"),
        ImmutableSet.of("states", "facts", "cycles"));
    assertEquals(ImmutableSet.of("states", "facts"), r.value().present());
    assertEquals(1, r.value().rows().get("facts").size());
    assertEquals(ImmutableList.of(FailureKind.UNKNOWN_FIELD, FailureKind.WRONG_SHAPE),
        r.failures().stream().map(Failure::kind).toList());
  }

  @Test
  void commentsAndOtherNonStandardJsonAreMalformed() {
    assertEquals(FailureKind.MALFORMED, only(JSON.readArray(Input.of("f.json", "// note\n[]"), "facts")).kind());
    assertEquals(FailureKind.MALFORMED, only(JSON.readArray(Input.of("f.json", "[{\"a\": 1,}]"), "facts")).kind());
    assertEquals(FailureKind.MALFORMED, only(JSON.readArray(Input.of("f.json", "[{'a': 1}]"), "facts")).kind());
  }

  private static Failure only(ReadResult<?> r) {
    assertEquals(1, r.failures().size(), r.failures().toString());
    return r.failures().get(0);
  }
}
