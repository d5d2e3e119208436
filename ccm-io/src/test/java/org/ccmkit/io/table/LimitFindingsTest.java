package org.ccmkit.io.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;
import org.ccmkit.io.MonitoringDataReader;
import org.ccmkit.indicators.data.Fact;
import org.ccmkit.indicators.data.MonitoringDataset;
import org.ccmkit.io.read.Failure;
import org.ccmkit.io.read.FailureKind;
import org.ccmkit.io.read.Input;
import org.ccmkit.io.read.ReadContext;
import org.ccmkit.io.read.ReadResult;
import org.ccmkit.io.Datasets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The findings of the independent harness, one test each: every one is a located failure of its own kind, found
 * before any costly work, and each test says how it knows that without a clock: the failure is the one of the check
 * made before the costly step (a number's length before it becomes a decimal), or the read stopped far before the end
 * of its input ({@link CountedInput} counts the bytes taken). Nothing in a folder is skipped in silence, and YAML holds
 * no surprises. How long each finding takes is measured, not asserted, by {@code LimitFindingsHarness} (see
 * ccm-io/BENCHMARKS.md): unit tests are not timed.
 */
class LimitFindingsTest {

  private static final MonitoringDataReader READER = MonitoringDataReader.create().with(ReadContext.empty()
      .withRegister(Datasets.publishedRecord().dataset().register()));
  private static final String HEADER = "subject,cycle,element,type,value,source.document,source.locator\n";
  private static final String ROW = "LAO,13MSP,art4.national-strategy,BOOLEAN,true,RD,para 86\n";

  /** Two megabytes of good rows, after a finding that stops the document: a read that went on would take them. */
  private static final String TAIL_OF_JSON_ROWS = (",\n{\"subject\": \"LAO\", \"cycle\": \"13MSP\", \"element\": "
      + "\"art4.national-strategy\", \"value\": true, \"source\": {\"document\": \"RD\", \"locator\": \"para 86\"}}")
      .repeat(16_000);

  private static final String TAIL_OF_YAML_ROWS = "- iso3: LAO\n  name: Lao People's Democratic Republic\n"
      .repeat(40_000);

  @TempDir
  Path dir;

  /**
   * A guard against a hang, not a measure of speed: a read that could block forever (a FIFO opened for reading waits
   * for a writer that never comes) is stopped after a minute, so that a regression fails this test instead of
   * hanging the build. A read that passes returns at once.
   */
  private static <T> T hangGuard(Supplier<T> read) {
    return assertTimeoutPreemptively(Duration.ofSeconds(60), read::get);
  }

  private static Failure only(ReadResult<?> r) {
    assertEquals(1, r.failures().size(), r.failures().toString());
    return r.failures().get(0);
  }

  @Test
  void aNumberCellOfAMillionDigitsIsRefusedAtItsCellBeforeItBecomesADecimal() {
    String digits = "9".repeat(1_000_000);
    Failure csv = only(READER.readFacts(Input.of("facts.csv",
        HEADER + "LAO,13MSP,art4.area-released,QUANTITY," + digits + ",RD,para 88\n")));
    assertEquals(FailureKind.LIMIT_EXCEEDED, csv.kind());
    assertEquals(OptionalInt.of(1), csv.location().row());
    assertEquals(Optional.of("value"), csv.location().field());
    Failure quoted = only(READER.readFacts(Input.of("facts.json", "[{\"subject\": \"LAO\", \"cycle\": "
        + "\"13MSP\", \"element\": \"art4.area-released\", \"type\": \"QUANTITY\", \"value\": \"" + digits + "\", "
        + "\"source\": {\"document\": \"RD\", \"locator\": \"para 88\"}}]")));
    assertEquals(FailureKind.LIMIT_EXCEEDED, quoted.kind());
    assertEquals(Optional.of("/0/value"), quoted.location().field());
    // The failure of the length check, which comes before the text becomes a decimal (the costly step: a decimal of a
    // million digits took seconds); a decimal made first would have failed as out of range, or not at all.
    for (Failure f : List.of(csv, quoted)) {
      assertEquals("number is longer than the limit", f.reason(), f.message());
      assertEquals(Optional.of("a number of at most 100 characters"), f.expected(), f.message());
    }
  }

  @Test
  void aFiveMegabyteYamlScalarIsRefusedBeforeSnakeyamlScansIt() {
    CountedInput input = CountedInput.of("facts.yaml", "- subject: " + "L".repeat(5_000_000) + "\n");
    Failure f = only(READER.readFacts(input.input()));
    assertEquals(FailureKind.LIMIT_EXCEEDED, f.kind());
    assertEquals(OptionalInt.of(1), f.location().line());
    // Refused once the line passes the string limit (10^6 characters), as it is read: SnakeYAML never scans the rest.
    assertTrue(input.bytesRead() > 1_000_000 && input.bytesRead() < 1_100_000,
        input.bytesRead() + " of " + input.size() + " bytes read");
  }

  @Test
  void aFifoPassedAsAFileIsRefusedWithoutBeingOpened() throws Exception {
    Path fifo = fifo(dir.resolve("facts.csv"));
    Failure f = only(hangGuard(() -> READER.readFacts(Input.of(fifo))));
    assertEquals(FailureKind.UNREADABLE, f.kind());
    assertEquals("facts.csv", f.location().source());
    assertTrue(f.reason().contains("not a regular file"), f.message());
  }

  @Test
  void everyEntryOfAFolderIsReadOrReported() throws Exception {
    Files.writeString(dir.resolve("facts.csv"), HEADER + ROW);
    fifo(dir.resolve("states.csv"));
    Files.createSymbolicLink(dir.resolve("cycles.csv"), dir.resolve("cycles.csv"));
    Files.createDirectory(dir.resolve("meetings.csv"));
    Files.createSymbolicLink(dir.resolve("submissions.csv"), Path.of("/dev/zero"));
    Files.createDirectories(dir.resolve("more"));
    Files.writeString(dir.resolve("more/obligations.csv"), "state,obligation\n");
    ReadResult<MonitoringDataset> r = hangGuard(() -> READER.readDataset(dir));
    assertEquals(1, r.rowsAccepted(), r.toString());
    assertEquals(List.of("cycles.csv", "meetings.csv", "more", "states.csv", "submissions.csv"),
        r.failures().stream().map(f -> f.location().source()).filter(s -> !s.equals(dir.toString())).sorted()
            .toList(), r.failures().toString());
    assertEquals(FailureKind.UNREADABLE, at(r, "states.csv").kind());
    assertTrue(at(r, "cycles.csv").reason().contains("loop of links"), at(r, "cycles.csv").message());
    assertEquals(FailureKind.WRONG_SHAPE, at(r, "meetings.csv").kind());
    assertTrue(at(r, "more").reason().contains("subfolders are not read"), at(r, "more").message());
    assertTrue(at(r, "submissions.csv").reason().contains("leads out of the folder"),
        at(r, "submissions.csv").message());
    // Removed here rather than by JUnit, which warns about a link out of its folder.
    Files.delete(dir.resolve("submissions.csv"));
  }

  @Test
  void aLinkOutOfTheFolderIsNotFollowedAndNothingOfItsTargetIsQuoted() throws Exception {
    Path outside = Files.createTempFile("secret", ".csv");
    Files.writeString(outside, "root:x:0:0:root:/root:/bin/bash\n");
    try {
      Files.writeString(dir.resolve("facts.csv"), HEADER + ROW);
      Files.createSymbolicLink(dir.resolve("states.csv"), outside);
      ReadResult<MonitoringDataset> r = READER.readDataset(dir);
      Failure link = at(r, "states.csv");
      assertEquals(FailureKind.UNREADABLE, link.kind());
      assertFalse(r.failures().stream().anyMatch(f -> f.message().contains("root:x")), r.failures().toString());
    } finally {
      Files.delete(outside);
    }
  }

  @Test
  void yamlReadsPlainScalarsAsJsonWouldWithoutOctalOrHexSurprises() {
    ReadResult<ImmutableList<Fact>> r = READER.readFacts(Input.of("facts.yaml", ""
        + "- {subject: LAO, cycle: 13MSP, element: art4.cluster-munitions, type: COUNT, value: 012,"
        + " source: {document: RD, locator: para 1}}\n"
        + "- {subject: LAO, cycle: 13MSP, element: art4.submunitions, type: COUNT, value: 0x10,"
        + " source: {document: RD, locator: para 2}}\n"));
    assertEquals("12", r.value().get(0).value().asText(), r.toString());
    Failure hex = only(r);
    assertEquals(FailureKind.WRONG_TYPE, hex.kind());
    assertEquals(Optional.of("0x10"), hex.value());
    assertEquals(OptionalInt.of(2), hex.location().row());
  }

  @Test
  void aYamlTagIsRefusedNotDropped() {
    CountedInput input = CountedInput.of("states.yaml",
        "- iso3: !!java.lang.Runtime LAO\n  name: Lao People's Democratic Republic\n" + TAIL_OF_YAML_ROWS);
    Failure f = only(READER.readRegister(input.input()));
    assertEquals(FailureKind.UNSUPPORTED_CONSTRUCT, f.kind());
    assertEquals(OptionalInt.of(1), f.location().line());
    assertEquals(OptionalInt.of(1), f.location().row());
    // The tag stops the document where it is: the megabytes of rows after it are not read.
    assertTrue(input.bytesRead() > 0 && input.bytesRead() < input.size() / 10,
        input.bytesRead() + " of " + input.size() + " bytes read");
  }

  @Test
  void aNestingDepthFailureCarriesItsLocation() {
    CountedInput input = CountedInput.of("facts.json", "[\n{\"subject\": " + "[".repeat(100) + "]".repeat(100) + "}"
        + TAIL_OF_JSON_ROWS + "]");
    Failure f = only(READER.readFacts(input.input()));
    assertEquals(FailureKind.LIMIT_EXCEEDED, f.kind());
    assertEquals(OptionalInt.of(2), f.location().line());
    assertEquals(OptionalInt.of(1), f.location().row());
    // The limit stops the document at the depth it names: the megabytes of rows after it are not read.
    assertTrue(input.bytesRead() > 0 && input.bytesRead() < input.size() / 10,
        input.bytesRead() + " of " + input.size() + " bytes read");
  }

  private static Failure at(ReadResult<?> r, String source) {
    return r.failures().stream().filter(f -> f.location().source().equals(source)).findFirst().orElseThrow(
        () -> new AssertionError("no failure for " + source + ": " + r.failures()));
  }

  private static Path fifo(Path path) throws IOException, InterruptedException {
    Process p = new ProcessBuilder("mkfifo", path.toString()).redirectErrorStream(true).start();
    assertEquals(0, p.waitFor(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    return path;
  }
}
