package org.ccmkit.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.ccmkit.io.read.Failure;
import org.ccmkit.io.read.ReadException;
import org.ccmkit.io.read.ReadResult;
import org.ccmkit.model.plan.ActionPlan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user's catalogue file goes through the same reader as a user's data: every failure comes back in the result,
 * naming the file, the place and the offending value; nothing is thrown.
 */
class CatalogueFilesTest {

  @TempDir
  Path dir;

  private static String shipped(String name) throws IOException {
    try (InputStream in = Catalogues.class.getResourceAsStream("catalogues/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private ReadResult<Optional<ActionPlan>> plan(String fileName, String text) throws IOException {
    Path file = dir.resolve(fileName);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return Catalogues.readPlan(file);
  }

  private static String problems(ReadResult<? extends Optional<?>> r) {
    assertTrue(r.value().isEmpty(), "expected no value");
    assertEquals(1, r.failures().size(), r.failures().toString());
    return r.failures().get(0).message();
  }

  @Test
  void theShippedLausanneFileReadFromDiskIsTheShippedCatalogue() throws IOException {
    ReadResult<Optional<ActionPlan>> r = plan("lausanne.json", shipped("lausanne.json"));
    assertTrue(r.failures().isEmpty(), r.failures().toString());
    assertEquals(Catalogues.lausanne(), r.value().get());
  }

  @Test
  void malformedJsonNamesTheFileLineAndColumn() throws IOException {
    String p = problems(plan("broken.json", "{\n  \"id\": \"LAP\",\n  \"title\" \"Lausanne\"\n}\n"));
    assertTrue(p.contains("broken.json") && p.contains("line 3"), p);
    assertTrue(p.contains("syntax error") && p.contains("was expecting a colon"), p);
  }

  @Test
  void aDuplicateKeyIsRefusedRatherThanTheLastOneWinning() throws IOException {
    String p = problems(plan("twice.json", "{\"id\": \"LAP\", \"id\": \"VCAP\"}"));
    assertTrue(p.contains("twice.json") && p.contains("'id'"), p);
  }

  @Test
  void anEmptyFileAndAMissingFileAreProblemsNotExceptions() throws IOException {
    assertTrue(problems(plan("empty.json", "")).contains("empty.json"));
    ReadResult<Optional<ActionPlan>> missing = Catalogues.readPlan(dir.resolve("absent.json"));
    assertTrue(problems(missing).contains("absent.json"), missing.failures().toString());
  }

  @Test
  void aFieldOfTheWrongTypeIsNamedWithItsValue() throws IOException {
    String text = shipped("lausanne.json").replaceFirst("\"number\": 1,", "\"number\": \"one\",");
    ReadResult<Optional<ActionPlan>> r = plan("lausanne-edited.json", text);
    assertTrue(r.value().isEmpty());
    assertTrue(r.failures().stream().map(Failure::message).anyMatch(p -> p.contains("lausanne-edited.json")
        && p.contains("/actions/0/number") && p.contains("one")), r.failures().toString());
  }

  @Test
  void theFormerMeasureFieldIsAProblemThatSaysTheUnitsToWrite() throws IOException {
    // LAP-1.1 is the first indicator of action 1: "The number of ..." in COUNT.
    String text = shipped("lausanne.json").replaceFirst("\"units\": \\[\"COUNT\"\\]", "\"measure\": \"COUNT\"");
    ReadResult<Optional<ActionPlan>> r = plan("lausanne-0.json", text);
    assertTrue(r.value().isEmpty());
    assertEquals(1, r.failures().size(), r.failures().toString());
    String p = r.failures().get(0).message();
    assertTrue(p.contains("lausanne-0.json") && p.contains("/actions/0/indicators/0/measure")
        && p.contains("'measure' is no longer read") && p.contains("[COUNT], [PERCENT], [PERCENT, COUNT], [QUANTITY] or "
        + "[CHANGE]") && p.contains("for \"measure\": \"COUNT\" write \"units\": [\"COUNT\"]"), p);
  }

  @Test
  void numberAndPercentageWithTheCountFirstIsAProblemNamingTheListsAllowed() throws IOException {
    String text = shipped("lausanne.json").replaceFirst("\"units\": \\[\"COUNT\"\\]",
        "\"units\": [\"COUNT\", \"PERCENT\"]");
    ReadResult<Optional<ActionPlan>> r = plan("lausanne-1.json", text);
    assertEquals(1, r.failures().size(), r.failures().toString());
    String p = r.failures().get(0).message();
    assertTrue(p.contains("/actions/0/indicators/0/units") && p.contains("headline first, was [COUNT, PERCENT]"), p);
  }

  @Test
  void anUnknownUnitIsNamedWithItsPlace() throws IOException {
    String text = shipped("lausanne.json").replaceFirst("\"units\": \\[\"COUNT\"\\]", "\"units\": [\"CONT\"]");
    ReadResult<Optional<ActionPlan>> r = plan("lausanne-2.json", text);
    assertEquals(1, r.failures().size(), r.failures().toString());
    String p = r.failures().get(0).message();
    assertTrue(p.contains("/actions/0/indicators/0/units/0") && p.contains("was \"CONT\""), p);
  }

  @Test
  void strictReadingThrowsOneExceptionListingTheProblems() throws IOException {
    ReadResult<Optional<ActionPlan>> r = plan("broken.json", "[");
    ReadException e = org.junit.jupiter.api.Assertions.assertThrows(ReadException.class, r::orThrow);
    assertTrue(e.getMessage().contains("broken.json"), e.getMessage());
  }
}
