package org.ccmkit.io.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.ccmkit.io.MonitoringDataReader;
import org.ccmkit.indicators.data.MonitoringDataset;
import org.ccmkit.io.Catalogues;
import org.ccmkit.io.read.Input;
import org.ccmkit.io.read.ReadContext;
import org.ccmkit.io.read.ReadResult;
import org.ccmkit.io.write.DatasetCsvWriter;
import org.ccmkit.io.write.DatasetJsonWriter;
import org.ccmkit.model.obligation.Obligation;
import org.ccmkit.model.obligation.ObligationStatus;
import org.ccmkit.model.obligation.TransparencyReport;
import org.ccmkit.model.state.PartyBasis;
import org.junit.jupiter.api.Test;

/**
 * The example files of docs/examples read without a failure, against the shipped vocabulary, and say the same thing in
 * every format: the CSV folder, the JSON document and the YAML document.
 */
class ExampleFilesTest {

  static final Path EXAMPLES = Path.of("..", "docs", "examples");
  private static final MonitoringDataReader READER = MonitoringDataReader.create()
      .with(ReadContext.builder().vocabulary(Catalogues.dataElements()).build());

  @Test
  void theCsvFolderTheJsonDocumentAndTheYamlDocumentAreTheSameDataset() {
    MonitoringDataset csv = clean(READER.readDataset(EXAMPLES.resolve("csv")));
    MonitoringDataset json = clean(READER.readDataset(EXAMPLES.resolve("dataset.json")));
    MonitoringDataset yaml = clean(READER.readDataset(EXAMPLES.resolve("dataset.yaml")));
    assertEquals(csv, json);
    assertEquals(csv, yaml);
    assertEquals(10, csv.register().standings().size());
    assertEquals(7, csv.facts().size());
    assertEquals(3, csv.submissions().size());
    // Cabo Verde's initial report, not submitted as of August 2025 (RD para 183): overdue since 28 September 2011.
    assertEquals(ObligationStatus.OVERDUE, csv.transparencyReports("CPV", LocalDate.of(2025, 8, 1)).get(0)
        .statusOn(LocalDate.of(2025, 8, 1)));
  }

  @Test
  void aSingleCsvFileIsADatasetOfFactsWithTheRegisterGiven() {
    MonitoringDataset folder = clean(READER.readDataset(EXAMPLES.resolve("csv")));
    MonitoringDataset facts = clean(READER.with(READER.context().withRegister(folder.register()))
        .readDataset(EXAMPLES.resolve(Path.of("csv", "facts.csv"))));
    assertEquals(folder.register(), facts.register());
    assertEquals(folder.facts().subList(0, 5), facts.facts());
    assertTrue(facts.obligations().isEmpty());
  }

  @Test
  void lithuaniasWithdrawalTookEffectBeforeThe13MspCycle() {
    MonitoringDataset d = clean(READER.readDataset(EXAMPLES.resolve("csv")));
    LocalDate cycle = d.cycle("13MSP").get().date();
    var lithuania = d.register().standing("LTU").get();
    assertEquals(Optional.of(LocalDate.of(2025, 3, 6)), lithuania.withdrawalEffective());
    assertFalse(lithuania.isPartyOn(cycle, PartyBasis.INSTRUMENT_DEPOSITED));
    assertTrue(d.register().standing("LAO").get().isPartyOn(cycle, PartyBasis.IN_FORCE));
  }

  @Test
  void caboVerdesInitialReportIsOverdueAndLaoClearanceIsUnderExtension() {
    MonitoringDataset d = clean(READER.readDataset(EXAMPLES.resolve("csv")));
    LocalDate cycle = d.cycle("13MSP").get().date();
    Obligation cpv = d.obligationsByState().get("CPV").get(0);
    assertTrue(cpv instanceof TransparencyReport);
    assertEquals(LocalDate.of(2011, 9, 28), ((TransparencyReport) cpv).due());
    assertEquals(ObligationStatus.OVERDUE, cpv.statusOn(cycle));
    Obligation laoClearance = d.obligationsByState().get("LAO").get(0);
    assertEquals(ObligationStatus.UNDER_EXTENSION, laoClearance.statusOn(cycle));
    assertEquals(Optional.of(LocalDate.of(2025, 8, 1)), laoClearance.currentDeadline());
  }

  @Test
  void theExamplesWrittenBackReadTheSame() {
    MonitoringDataset d = clean(READER.readDataset(EXAMPLES.resolve("dataset.json")));
    assertEquals(d, clean(READER.readDataset(Input.of("written.json", DatasetJsonWriter.write(d)))));
    assertEquals(DatasetCsvWriter.write(d).get("facts.csv"), DatasetCsvWriter.write(
        clean(READER.readDataset(EXAMPLES.resolve("csv")))).get("facts.csv"));
  }

  private static MonitoringDataset clean(ReadResult<MonitoringDataset> r) {
    assertTrue(r.failures().isEmpty(), r.failures().toString());
    assertEquals(r.rowsRead(), r.rowsAccepted());
    return r.value();
  }
}
