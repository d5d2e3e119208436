package org.ccmkit.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Optional;
import org.ccmkit.io.read.Input;
import org.ccmkit.io.read.ReadResult;
import org.ccmkit.io.table.RecordTables;
import java.util.List;
import org.ccmkit.io.read.ReaderRegistry;
import org.ccmkit.model.plan.ActionPlan;
import org.ccmkit.model.plan.Vocabulary;
import org.junit.jupiter.api.Test;

/**
 * The shipped record and catalogues are read through the same path as a user's files, into {@link ReadResult}s: every
 * row of every file is accounted for and accepted, with no failure.
 */
class ShippedFilesTest {

  private static final RecordTables TABLES = RecordTables.readingWith(ReaderRegistry.of(List.of(new JsonDatasetReader(), new CsvDatasetReader())));


  private static Input record(String name) {
    return Input.of(ShippedFilesTest.class.getResource("/org/ccmkit/io/record/" + name));
  }

  private static Path catalogue(String name) throws URISyntaxException {
    return Path.of(ShippedFilesTest.class.getResource("/org/ccmkit/io/catalogues/" + name).toURI());
  }

  private static void clean(ReadResult<?> r, int rows) {
    assertEquals(rows, r.rowsRead(), r.summary());
    assertEquals(rows, r.rowsAccepted(), r.toString());
    assertTrue(r.failures().isEmpty(), r.toString());
  }

  @Test
  void theRegisterTablesAreTabSeparatedFilesReadByTheCsvReader() {
    ReadResult<?> participants = TABLES.participants(record("ccm-participants-untc-2026-02-03.tsv"));
    clean(participants, 125);
    assertTrue(participants.notes().get(0).contains("separated by tabs"), participants.notes().toString());
    clean(TABLES.unStates(record("un-member-and-observer-states.tsv")), 195);
  }

  @Test
  void theRecordsJsonTablesLoadWithoutAFailure() {
    clean(TABLES.meetings(record("meetings.json")), 16);
    clean(TABLES.statements(record("state-facts.json")), 278);
    clean(TABLES.statements(record("unidir-state-facts.json")), 58);
    clean(TABLES.meetingFigures(record("participation.json")), 36);
    clean(TABLES.isuContributions(record("isu-contributions.json")), 63);
    clean(TABLES.extensionRequests(record("extension-requests.json")), 13);
    clean(TABLES.publishedValues(record("published-values-rd.json")), 87);
    clean(TABLES.publishedValues(record("published-values-unidir.json")), 147);
    clean(TABLES.publishedValues(record("published-values-vcap.json")), 31);
    Vocabulary vocabulary = Catalogues.dataElements();
    clean(TABLES.facts(record("state-evidence-rd.json"), vocabulary), 588);
    clean(TABLES.facts(record("state-evidence-unidir.json"), vocabulary), 22);
    clean(TABLES.facts(record("state-evidence-vcap.json"), vocabulary), 10);
  }

  @Test
  void theCataloguesLoadThroughReadResultAndEqualTheShippedOnes() throws URISyntaxException {
    ReadResult<Optional<ActionPlan>> lap = Catalogues.readPlan(catalogue("lausanne.json"));
    assertTrue(lap.failures().isEmpty(), lap.toString());
    assertEquals(Optional.of(Catalogues.lausanne()), lap.value());
    ReadResult<Optional<ActionPlan>> vcap = Catalogues.readPlan(catalogue("vientiane-capital.json"));
    assertEquals(Optional.of(Catalogues.vientianeCapital()), vcap.value());
    ReadResult<Optional<Vocabulary>> elements = Catalogues.readVocabulary(catalogue("data-elements.json"));
    assertEquals(Optional.of(Catalogues.dataElements()), elements.value());
  }

  @Test
  void theRecordsTablesNeedTheirReaders() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> RecordTables.readingWith(null));
    assertEquals("RecordTables.readingWith: readers must not be null", e.getMessage());
  }
}
