package org.ccmkit.io.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.ccmkit.io.MonitoringDataReader;
import org.ccmkit.indicators.data.Fact;
import org.ccmkit.io.Catalogues;
import org.ccmkit.io.Datasets;
import org.ccmkit.io.read.Failure;
import org.ccmkit.io.read.FailureKind;
import org.ccmkit.io.read.Input;
import org.ccmkit.io.read.ReadContext;
import org.ccmkit.io.read.ReadResult;
import org.ccmkit.io.Workbooks;
import org.junit.jupiter.api.Test;

/**
 * One table, four formats: the same facts written as CSV, JSON, YAML and XLSX read to the same values, with their
 * failures in the same rows and fields; a semicolon file is read and says so; a misspelt data element gets a
 * suggestion; a bad spreadsheet cell is named by its sheet and cell.
 */
class FormatsTest {

  private static final MonitoringDataReader READER = MonitoringDataReader.create();

  private static final String CSV = "subject,cycle,element,type,value,source.document,source.locator\n"
      + "LAO,13MSP,art4.national-strategy,BOOLEAN,true,RD,para 86\n"
      + "LAO,13MSP,art4.area-released,QUANTITY,many,RD,para 88\n"
      + "CPV,13MSP,art7.initial-report-overdue,COUNT,3,RD,para 183\n";

  private static final String JSON = "[\n"
      + "{\"subject\": \"LAO\", \"cycle\": \"13MSP\", \"element\": \"art4.national-strategy\", \"type\": \"BOOLEAN\", "
      + "\"value\": true, \"source\": {\"document\": \"RD\", \"locator\": \"para 86\"}},\n"
      + "{\"subject\": \"LAO\", \"cycle\": \"13MSP\", \"element\": \"art4.area-released\", \"type\": \"QUANTITY\", "
      + "\"value\": \"many\", \"source\": {\"document\": \"RD\", \"locator\": \"para 88\"}},\n"
      + "{\"subject\": \"CPV\", \"cycle\": \"13MSP\", \"element\": \"art7.initial-report-overdue\", \"type\": \"COUNT\", "
      + "\"value\": 3, \"source\": {\"document\": \"RD\", \"locator\": \"para 183\"}}\n"
      + "]\n";

  private static final String YAML = ""
      + "- {subject: LAO, cycle: 13MSP, element: art4.national-strategy, type: BOOLEAN, value: true,"
      + " source: {document: RD, locator: para 86}}\n"
      + "- {subject: LAO, cycle: 13MSP, element: art4.area-released, type: QUANTITY, value: many,"
      + " source: {document: RD, locator: para 88}}\n"
      + "- {subject: CPV, cycle: 13MSP, element: art7.initial-report-overdue, type: COUNT, value: 3,"
      + " source: {document: RD, locator: para 183}}\n";

  private static byte[] xlsx() {
    return Workbooks.of(List.of("facts"), List.of(List.of(
        List.of("subject", "cycle", "element", "type", "value", "source.document", "source.locator"),
        List.of("LAO", "13MSP", "art4.national-strategy", "BOOLEAN", true, "RD", "para 86"),
        List.of("LAO", "13MSP", "art4.area-released", "QUANTITY", "many", "RD", "para 88"),
        List.of("CPV", "13MSP", "art7.initial-report-overdue", "COUNT", 3, "RD", "para 183"))));
  }

  @Test
  void aTableReadFromCsvJsonYamlAndXlsxGivesEqualValuesAndFailuresInEqualRows() {
    ReadResult<ImmutableList<Fact>> csv = READER.readFacts(Input.of("facts.csv", CSV));
    ReadResult<ImmutableList<Fact>> json = READER.readFacts(Input.of("facts.json", JSON));
    ReadResult<ImmutableList<Fact>> yaml = READER.readFacts(Input.of("facts.yaml", YAML));
    ReadResult<ImmutableList<Fact>> xlsx = READER.readFacts(Input.of("facts.xlsx", xlsx()));
    assertEquals(2, csv.value().size(), csv.toString());
    for (ReadResult<ImmutableList<Fact>> r : List.of(json, yaml, xlsx)) {
      assertEquals(csv.value(), r.value(), r.toString());
      assertEquals(csv.summary(), r.summary());
      Failure f = r.failures().get(0);
      assertEquals(FailureKind.WRONG_TYPE, f.kind());
      assertEquals(OptionalInt.of(2), f.location().row());
      assertEquals(Optional.of("many"), f.value());
    }
    assertEquals(Optional.of("value"), csv.failures().get(0).location().field());
    assertEquals(Optional.of("/1/value"), json.failures().get(0).location().field());
    assertEquals(Optional.of("facts!E3 (value)"), xlsx.failures().get(0).location().field());
  }

  @Test
  void aSemicolonFileIsReadAndSaysSo() {
    ReadResult<ImmutableList<Fact>> r = READER.readFacts(Input.of("facts.csv", CSV.replace(',', ';')));
    assertEquals(READER.readFacts(Input.of("facts.csv", CSV)).value(), r.value());
    assertEquals(List.of("facts.csv: columns separated by semicolons (detected from the header line)"), r.notes());
  }

  @Test
  void aHeaderOfOneColumnHoldingSemicolonsIsADelimiterProblem() {
    MonitoringDataReader commas = MonitoringDataReader.of(
        org.ccmkit.io.read.ReaderRegistry.of(List.of(org.ccmkit.io.CsvDatasetReader.withDelimiter(','))),
        ReadContext.empty());
    Failure f = commas.readFacts(Input.of("facts.csv", CSV.replace(',', ';'))).failures().get(0);
    assertEquals(FailureKind.MALFORMED, f.kind());
    assertTrue(f.reason().contains("separated by semicolons, not by commas"), f.message());
  }

  @Test
  void aMisspeltDataElementGetsASuggestion() {
    MonitoringDataReader checked = READER.with(ReadContext.of(Datasets.publishedRecord().dataset(),
        Catalogues.dataElements()));
    Failure f = checked.readFacts(Input.of("facts.csv", CSV.replace("art4.national-strategy",
        "art4.national-stratgy"))).failures(FailureKind.UNKNOWN_DATA_ELEMENT).get(0);
    assertTrue(f.expected().get().endsWith("did you mean 'art4.national-strategy'?"), f.message());
  }

  @Test
  void aStateCodeInLowerCaseIsSaidToDifferOnlyInCase() {
    MonitoringDataReader checked = READER.with(ReadContext.of(Datasets.publishedRecord().dataset(),
        Catalogues.dataElements()));
    Failure f = checked.readFacts(Input.of("facts.csv", CSV.replace("CPV,", "cpv,")))
        .failures(FailureKind.UNKNOWN_STATE).get(0);
    assertTrue(f.expected().get().contains("'cpv' differs from 'CPV' only in case"), f.message());
  }

  @Test
  void anXlsxWithABadCellNamesItsSheetAndCell() {
    byte[] book = Workbooks.of(List.of("facts"), List.of(List.of(
        List.of("subject", "cycle", "element", "value", "source.document", "source.locator"),
        List.of("LAO", "13MSP", "art4.national-strategy", new Workbooks.Formula("1/0"), "RD", "para 86"))));
    Failure f = READER.readFacts(Input.of("data.xlsx", book)).failures().get(0);
    assertEquals(FailureKind.WRONG_TYPE, f.kind());
    assertEquals(Optional.of("facts!D2"), f.location().field());
    assertEquals(Optional.of("#DIV/0!"), f.value());
  }

  @Test
  void aDamagedSheetIsReportedInWordsAfterTheRowsBeforeTheDamage() throws java.io.IOException {
    // The workbook of xlsx(), its sheet cut off inside its third row, as a copy broken in transfer would be.
    java.io.ByteArrayOutputStream cut = new java.io.ByteArrayOutputStream();
    try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(xlsx()));
        java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(cut)) {
      for (java.util.zip.ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        byte[] part = in.readAllBytes();
        if (e.getName().startsWith("xl/worksheets/")) {
          String xml = new String(part, java.nio.charset.StandardCharsets.UTF_8);
          int third = xml.indexOf("<row r=\"3\"");
          assertTrue(third > 0, xml);
          part = xml.substring(0, third + 4).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
        out.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
        out.write(part);
        out.closeEntry();
      }
    }
    ReadResult<ImmutableList<Fact>> r = READER.readFacts(Input.of("facts.xlsx", cut.toByteArray()));
    assertEquals(1, r.value().size(), r.toString());
    assertEquals("art4.national-strategy", r.value().get(0).element());
    assertEquals(1, r.failures().size(), r.failures().toString());
    Failure f = r.failures().get(0);
    assertEquals(FailureKind.MALFORMED, f.kind());
    assertEquals(Optional.of("facts"), f.location().table());
    assertTrue(f.reason().startsWith("the sheet 'facts' is damaged after its row 2: its XML breaks off or is not well "
        + "formed at line "), f.reason());
    assertTrue(f.reason().endsWith("of the sheet's part; the rows before it are read"), f.reason());
  }

  @Test
  void spreadsheetDatesAndCachedFormulasAreReadAsTheirValues() {
    byte[] book = Workbooks.of(List.of("submissions"), List.of(List.of(
        List.of("state", "report", "submittedOn", "source.document", "source.locator"),
        List.of("CPV", "INITIAL", java.time.LocalDate.of(2025, 8, 1), "RD", "para 183"))));
    var r = READER.readSubmissions(Input.of("data.xlsx", book));
    assertTrue(r.failures().isEmpty(), r.toString());
    assertEquals(Optional.of(java.time.LocalDate.of(2025, 8, 1)), r.value().get(0).submittedOn());
    byte[] sum = Workbooks.of(List.of("facts"), List.of(List.of(
        List.of("subject", "cycle", "element", "type", "value", "source.document", "source.locator"),
        List.of("LAO", "13MSP", "art4.area-released", "COUNT", new Workbooks.Formula("2+3"), "RD", "para 88"))));
    var facts = READER.readFacts(Input.of("sum.xlsx", sum));
    assertEquals("5", facts.value().get(0).value().asText(), facts.toString());
  }
}
