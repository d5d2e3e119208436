package org.ccmkit.io.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.ccmkit.io.MonitoringDataReader;
import org.ccmkit.indicators.IndicatorEvaluator;
import org.ccmkit.indicators.data.MonitoringDataset;
import org.ccmkit.indicators.data.ReportSubmission;
import org.ccmkit.indicators.reporting.ReportOutcome;
import org.ccmkit.indicators.reporting.ReportingRate;
import org.ccmkit.io.Catalogues;
import org.ccmkit.io.read.Failure;
import org.ccmkit.io.read.FailureKind;
import org.ccmkit.io.read.Input;
import org.ccmkit.io.read.ReadContext;
import org.ccmkit.io.read.ReadResult;
import org.ccmkit.io.write.DatasetCsvWriter;
import org.ccmkit.io.write.DatasetJsonWriter;
import org.ccmkit.model.calendar.ReportingCycle;
import org.ccmkit.model.obligation.ReportKind;
import org.ccmkit.model.state.Register;
import org.junit.jupiter.api.Test;

/**
 * A user's table of Article 7 submission dates: read with every failure located, written back unchanged, and giving
 * exact timeliness to the reporting rate. The register is the example's ten States.
 */
class SubmissionsTableTest {

  private static final String HEADER = "state,report,coveredYear,submittedOn,submittedBy,notSubmittedOn,"
      + "source.document,source.locator,quote,note\n";
  private static final Register REGISTER = MonitoringDataReader.create()
      .readRegister(Input.of(ExampleFilesTest.EXAMPLES.resolve(Path.of("csv", "states.csv")))).orThrow();
  private static final MonitoringDataReader READER = MonitoringDataReader.create().with(ReadContext.builder()
      .register(REGISTER).vocabulary(Catalogues.dataElements()).build());

  static ReadResult<ImmutableList<ReportSubmission>> read(String rows) {
    return READER.readSubmissions(Input.of("submissions.csv", HEADER + rows));
  }

  @Test
  void aTableOfSubmissionDatesGivesExactTimeliness() {
    ReadResult<ImmutableList<ReportSubmission>> r = read(
        "DEU,ANNUAL,2024,2025-04-28,,,ART7,DEU report covering 2024,,\n"
            + "LAO,ANNUAL,2024,2025-05-15,,,ART7,LAO report covering 2024,,\n"
            + "CPV,INITIAL,,,,2025-08-01,RD,para 183,\"As of August 2025, five (5) States Parties had yet to submit\","
            + "'As of August 2025'\n");
    assertEquals(List.of(), r.failures());
    assertEquals(3, r.rowsAccepted());
    MonitoringDataset d = MonitoringDataset.builder().register(REGISTER)
        .cycles(List.of(ReportingCycle.of("13MSP", 2025))).submissions(r.value()).build();
    ReportingRate annual = IndicatorEvaluator.of().reportingRate(d, d.cycles().get(0), ReportKind.ANNUAL);
    assertEquals(List.of("DEU"), annual.receivedOnTime().stream().map(x -> x.state()).toList());
    assertEquals(List.of("LAO"), annual.with(ReportOutcome.LATE).stream().map(x -> x.state()).toList());
    assertFalse(annual.noRecord().isEmpty(), "the reports the table does not list are unknown unless it is complete");
    assertTrue(annual.rate().isEmpty());
    MonitoringDataset complete = MonitoringDataset.builder().from(d).submissionsComplete(true).build();
    ReportingRate exact = IndicatorEvaluator.of().reportingRate(complete, d.cycles().get(0), ReportKind.ANNUAL);
    assertTrue(exact.noRecord().isEmpty(), "a complete table: the reports it does not list were not received");
    assertTrue(exact.rate().isPresent());
    assertEquals(Optional.of("'As of August 2025'"), r.value().get(2).note());
  }

  @Test
  void aRowThatSaysNothingOrTwoThingsOfTheReportIsRefusedWithItsLine() {
    ReadResult<ImmutableList<ReportSubmission>> r = read(
        "DEU,ANNUAL,2024,,,,ART7,x,,\n"
            + "LAO,ANNUAL,2024,2025-04-01,2025-04-30,,ART7,y,,\n"
            + "IRQ,ANNUAL,,2025-04-01,,,ART7,z,,\n"
            + "LAO,INITIAL,2010,2011-01-01,,,ART7,w,,\n");
    assertEquals(4, r.rowsFailed());
    List<Failure> f = r.failures();
    assertEquals(FailureKind.MISSING_FIELD, f.get(0).kind());
    assertTrue(f.get(0).message().startsWith("submissions.csv, line 2"), f.get(0).message());
    assertTrue(f.get(0).message().contains("expected one of submittedOn, submittedBy or notSubmittedOn"),
        f.get(0).message());
    assertEquals(FailureKind.INVALID_VALUE, f.get(1).kind());
    assertTrue(f.get(1).message().contains("line 3") && f.get(1).message().contains("2025-04-01, 2025-04-30"),
        f.get(1).message());
    assertEquals(FailureKind.MISSING_FIELD, f.get(2).kind());
    assertTrue(f.get(2).message().contains("field 'coveredYear'") && f.get(2).message().contains("line 4"),
        f.get(2).message());
    assertEquals(FailureKind.INVALID_VALUE, f.get(3).kind());
    assertTrue(f.get(3).message().contains("an initial report covers no year"), f.get(3).message());
  }

  @Test
  void anUnknownStateOrReportKindIsNamed() {
    ReadResult<ImmutableList<ReportSubmission>> r = read("XKX,ANNUAL,2024,2025-04-01,,,ART7,x,,\n"
        + "DEU,YEARLY,2024,2025-04-01,,,ART7,y,,\n");
    assertEquals(FailureKind.UNKNOWN_STATE, r.failures().get(0).kind());
    assertTrue(r.failures().get(1).message().contains("'YEARLY'") && r.failures().get(1).message().contains("ANNUAL"),
        r.failures().get(1).message());
  }

  @Test
  void submissionsAreWrittenAndReadBackUnchangedInCsvAndJson() {
    ImmutableList<ReportSubmission> submissions = read(
        "DEU,ANNUAL,2024,2025-04-28,,,ART7,DEU report covering 2024,,\n"
            + "LAO,INITIAL,,,2025-08-31,,RD,para 183,,read as submitted\n"
            + "CPV,INITIAL,,,,2025-08-01,RD,para 183,\"yet to submit, as of August 2025\",\n").orThrow();
    MonitoringDataset d = MonitoringDataset.builder().register(REGISTER).submissions(submissions).build();
    MonitoringDataset fromJson = MonitoringDataReader.create()
        .readDataset(Input.of("dataset.json", DatasetJsonWriter.write(d))).orThrow();
    assertEquals(d.submissions(), fromJson.submissions());
    String csv = DatasetCsvWriter.write(d).get("submissions.csv");
    assertEquals(submissions, READER.readSubmissions(Input.of("submissions.csv", csv)).orThrow());
    assertTrue(LocalDate.of(2025, 8, 31).equals(fromJson.submissions().get(1).submittedBy().get()));
  }
}
