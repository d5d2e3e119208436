package org.ccmkit.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Optional;
import org.ccmkit.io.read.Input;
import org.ccmkit.io.read.ReadResult;
import org.ccmkit.io.table.RecordTables;
import org.ccmkit.model.plan.ActionPlan;
import org.ccmkit.model.plan.Vocabulary;
import org.junit.jupiter.api.Test;

/**
 * The shipped record and catalogues are read through the same path as a user's files, into {@link ReadResult}s: every
 * row of every file is accounted for and accepted, with no failure.
 */
class ShippedFilesTest {

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
    ReadResult<?> participants = RecordTables.participants(record("ccm-participants-untc-2026-02-03.tsv"));
    clean(participants, 125);
    assertTrue(participants.notes().get(0).contains("separated by tabs"), participants.notes().toString());
    clean(RecordTables.unStates(record("un-member-and-observer-states.tsv")), 195);
  }

  @Test
  void theRecordsJsonTablesLoadWithoutAFailure() {
    clean(RecordTables.meetings(record("meetings.json")), 16);
    clean(RecordTables.statements(record("state-facts.json")), 278);
    clean(RecordTables.statements(record("unidir-state-facts.json")), 58);
    clean(RecordTables.meetingFigures(record("participation.json")), 36);
    clean(RecordTables.isuContributions(record("isu-contributions.json")), 63);
    clean(RecordTables.extensionRequests(record("extension-requests.json")), 13);
    clean(RecordTables.publishedValues(record("published-values-rd.json")), 87);
    clean(RecordTables.publishedValues(record("published-values-unidir.json")), 147);
    clean(RecordTables.publishedValues(record("published-values-vcap.json")), 31);
    Vocabulary vocabulary = Catalogues.dataElements();
    clean(RecordTables.facts(record("state-evidence-rd.json"), vocabulary), 588);
    clean(RecordTables.facts(record("state-evidence-unidir.json"), vocabulary), 22);
    clean(RecordTables.facts(record("state-evidence-vcap.json"), vocabulary), 10);
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
}
