package org.ccmkit.io.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ccmkit.indicators.data.Fact;
import org.ccmkit.indicators.data.FactValue;
import org.ccmkit.indicators.data.MonitoringDataset;
import org.ccmkit.io.Datasets;
import org.ccmkit.io.CsvDatasetReader;
import org.ccmkit.io.JsonDatasetReader;
import org.ccmkit.io.YamlDatasetReader;
import org.ccmkit.io.read.DatasetReader;
import org.ccmkit.io.read.Failure;
import org.ccmkit.io.read.ReadContext;
import org.ccmkit.io.read.ReadResult;
import org.ccmkit.io.read.Row;
import org.ccmkit.io.read.RowSink;
import org.ccmkit.io.read.TableRows;
import org.ccmkit.io.read.TablesSink;
import org.ccmkit.io.write.DatasetJsonWriter;
import org.ccmkit.model.SourceRef;
import org.junit.jupiter.api.Test;

/**
 * A JSON or YAML document of several tables is read as a stream: each table's rows reach their table as the parser
 * reads them, and a table whose register, meetings and cycles came before it is converted row by row, so that memory
 * grows with the values read, not with the text. Shown without a clock: the bytes taken from the input when a table's
 * first row arrives ({@link CountedInput}), and the rows held unconverted. The result is the one of parsing every table
 * first and assembling after, whatever the order of the tables.
 */
class StreamingTablesTest {

  /** The published record with 20,000 facts of its States Parties: the document is a few megabytes, mostly facts. */
  private static final MonitoringDataset DATASET = withFacts(Datasets.publishedRecord().dataset(), 20_000);
  private static final String DOCUMENT = DatasetJsonWriter.write(DATASET);

  private static MonitoringDataset withFacts(MonitoringDataset record, int n) {
    List<String> states = record.register().standings().stream().map(s -> s.state().code()).toList();
    List<Fact> facts = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      facts.add(Fact.of(states.get(i % states.size()), "13MSP", "test.e" + i / states.size(),
          FactValue.of(i % 2 == 0), SourceRef.of("RD", "para " + (i % 300 + 1))));
    }
    return MonitoringDataset.builder().from(record).facts(facts).build();
  }

  @Test
  void eachTablesRowsReachItAsTheyAreReadNotAfterTheDocument() {
    for (DatasetReader reader : List.of(new JsonDatasetReader(), new YamlDatasetReader())) {
      CountedInput input = CountedInput.of("dataset." + reader.format(), DOCUMENT);
      Map<String, Long> firstRowAt = new LinkedHashMap<>();
      reader.readTables(input.input(), ReadContext.empty().limits(), new TablesSink() {
        @Override
        public RowSink table(String table) {
          return new RowSink() {
            @Override
            public void row(Row row) {
              firstRowAt.putIfAbsent(table, input.bytesRead());
            }

            @Override
            public void reject(List<Failure> failures) {}

            @Override
            public void fail(Failure failure) {}
          };
        }

        @Override
        public void fail(Failure failure) {}

        @Override
        public void all(ReadResult<TableRows> tables) {
          throw new AssertionError(reader + " parsed the document whole");
        }
      });
      long factsStart = DOCUMENT.indexOf("\"facts\"");
      // The parser reads ahead by its buffers (tens of kilobytes), not by the document.
      assertTrue(firstRowAt.get("facts") < factsStart + 100_000, reader + ": " + firstRowAt + ", facts start at "
          + factsStart + " of " + input.size());
      assertTrue(firstRowAt.get("states") < 100_000, reader + ": " + firstRowAt);
      assertTrue(input.size() > 2_000_000, "the document is " + input.size() + " bytes");
    }
  }

  @Test
  void aDocumentWithItsTablesInOrderIsConvertedAsItIsReadWithNoRowHeld() {
    for (DatasetReader reader : List.of(new JsonDatasetReader(), new YamlDatasetReader())) {
      CountedInput input = CountedInput.of("dataset." + reader.format(), DOCUMENT);
      StreamingAssembler assembler = new StreamingAssembler(ReadContext.empty());
      reader.readTables(input.input(), ReadContext.empty().limits(), assembler);
      ReadResult<MonitoringDataset> streamed = assembler.result();
      assertEquals(0, assembler.mostRowsHeld(), reader.toString());
      assertEquals(DATASET.facts().size(), streamed.value().facts().size(), streamed.toString());
      assertSameAsParsingFirst(reader, DOCUMENT, streamed);
    }
  }

  @Test
  void aDocumentWithFactsBeforeTheRegisterHoldsThemAndReadsAsBefore() {
    // The facts come first, with an unknown State and a duplicate; the register after them decides which are known.
    String document = "{\"facts\": ["
        + "{\"subject\": \"LAO\", \"cycle\": \"13MSP\", \"element\": \"art4.national-strategy\", \"value\": true, "
        + "\"source\": {\"document\": \"RD\", \"locator\": \"para 86\"}},\n"
        + "{\"subject\": \"XXX\", \"cycle\": \"13MSP\", \"element\": \"art4.national-strategy\", \"value\": true, "
        + "\"source\": {\"document\": \"RD\", \"locator\": \"para 86\"}},\n"
        + "{\"subject\": \"LAO\", \"cycle\": \"13MSP\", \"element\": \"art4.national-strategy\", \"value\": true, "
        + "\"source\": {\"document\": \"RD\", \"locator\": \"para 86\"}}],\n"
        + "\"states\": [{\"iso3\": \"LAO\", \"name\": \"Lao People's Democratic Republic\"}]}\n";
    DatasetReader reader = new JsonDatasetReader();
    StreamingAssembler assembler = new StreamingAssembler(ReadContext.empty());
    reader.readTables(CountedInput.of("dataset.json", document).input(), ReadContext.empty().limits(), assembler);
    ReadResult<MonitoringDataset> streamed = assembler.result();
    assertEquals(3, assembler.mostRowsHeld());
    assertEquals(1, streamed.value().facts().size(), streamed.toString());
    assertEquals(2, streamed.rowsFailed(), streamed.toString());
    assertSameAsParsingFirst(reader, document, streamed);
  }

  @Test
  void aFolderIsConvertedFileByFileAsItIsReadWithNoRowHeld() {
    String states = "iso3,name\nLAO,Lao People's Democratic Republic\nCPV,Cabo Verde\n";
    StringBuilder facts = new StringBuilder("subject,cycle,element,value,source.document,source.locator\n");
    for (int i = 0; i < 5_000; i++) {
      facts.append(i % 2 == 0 ? "LAO" : "CPV").append(",13MSP,test.e").append(i / 2).append(",true,RD,para 1\n");
    }
    facts.append("XXX,13MSP,test.e0,true,RD,para 1\n");
    DatasetReader csv = new CsvDatasetReader();
    ReadContext context = ReadContext.empty();
    StreamingAssembler assembler = new StreamingAssembler(context, java.util.Set.of("states", "facts"));
    csv.readRows(CountedInput.of("states.csv", states).input(), "states", context.limits(), assembler.table("states"));
    csv.readRows(CountedInput.of("facts.csv", facts.toString()).input(), "facts", context.limits(),
        assembler.table("facts"));
    ReadResult<MonitoringDataset> streamed = assembler.result();
    // No meetings or cycles file: the facts are checked against the register read before them, as they are read.
    assertEquals(0, assembler.mostRowsHeld());
    assertEquals(5_000, streamed.value().facts().size(), streamed.toString());
    assertEquals(1, streamed.rowsFailed(), streamed.toString());
    // As the rows of both files parsed first and assembled after.
    ReadResult<MonitoringDataset> first = csv.readRows(CountedInput.of("states.csv", states).input(), "states",
        context.limits()).combinedWith(csv.readRows(CountedInput.of("facts.csv", facts.toString()).input(), "facts",
        context.limits()), (s, f) -> TableRows.of(com.google.common.collect.ImmutableListMultimap.<String, Row>builder()
        .putAll("states", s).putAll("facts", f).build(), java.util.Set.of("states", "facts")))
        .thenRead(t -> DataTable.assemble(t, context));
    assertEquals(first.value(), streamed.value());
    assertEquals(first.failures(), streamed.failures());
    assertEquals(first.summary(), streamed.summary());
  }

  @Test
  void aFolderFilesUnknownColumnIsReportedNotSkipped(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws java.io.IOException {
    java.nio.file.Files.writeString(dir.resolve("states.csv"), "iso3,name,colour\nLAO,Lao People's Democratic "
        + "Republic,blue\n");
    java.nio.file.Files.writeString(dir.resolve("facts.csv"), "subject,cycle,element,value,source.document,"
        + "source.locator,quote,qoute\nLAO,13MSP,art4.national-strategy,true,RD,para 86,,x\n");
    ReadResult<MonitoringDataset> r = org.ccmkit.io.MonitoringDataReader.create().readDataset(dir);
    assertEquals(2, r.rowsAccepted(), r.toString());
    assertEquals(List.of("states.csv colour", "facts.csv qoute"), r.failures().stream()
        .map(f -> f.location().source() + " " + f.location().field().orElse("")).toList(), r.failures().toString());
    assertTrue(r.failures().stream().allMatch(f -> f.kind() == org.ccmkit.io.read.FailureKind.UNKNOWN_FIELD),
        r.failures().toString());
    // Two letters swapped are one slip: the column meant is suggested.
    assertTrue(r.failures().get(1).expected().orElse("").endsWith("did you mean 'quote'?"), r.failures().toString());
  }

  @Test
  void aWorkbookIsConvertedSheetBySheetAsItIsReadAndItsSheetsHeadersAreChecked() {
    byte[] workbook = org.ccmkit.io.Workbooks.of(List.of("states", "facts"), List.of(
        List.of(List.of("iso3", "name", "colour"), List.of("LAO", "Lao People's Democratic Republic", "blue")),
        List.of(List.of("subject", "cycle", "element", "value", "source.document", "source.locator", "qoute"),
            List.of("LAO", "13MSP", "art4.national-strategy", true, "RD", "para 86", "x"),
            List.of("LAO", "13MSP", "art4.area-released", 12, "RD", "para 88", "y"))));
    DatasetReader xlsx = new org.ccmkit.io.XlsxDatasetReader();
    StreamingAssembler assembler = new StreamingAssembler(ReadContext.empty());
    xlsx.readTables(org.ccmkit.io.read.Input.of("dataset.xlsx", workbook), ReadContext.empty().limits(), assembler);
    ReadResult<MonitoringDataset> r = assembler.result();
    // The workbook names its sheets before any is read: with no meetings or cycles sheet, the facts are converted as
    // they are read, against the register of the sheet before them.
    assertEquals(0, assembler.mostRowsHeld());
    assertEquals(2, r.value().facts().size(), r.toString());
    assertEquals(List.of("states!C1 colour", "facts!G1 qoute"), r.failures().stream()
        .map(f -> f.location().field().orElse("") + " " + f.value().orElse("")).toList(), r.failures().toString());
    assertTrue(r.failures().stream().allMatch(f -> f.kind() == org.ccmkit.io.read.FailureKind.UNKNOWN_FIELD),
        r.failures().toString());
    assertEquals(r.failures(), org.ccmkit.io.MonitoringDataReader.create()
        .readDataset(org.ccmkit.io.read.Input.of("dataset.xlsx", workbook)).failures());
  }

  /** The streamed read gives what parsing every table first and assembling after gives: values, failures, counts. */
  private static void assertSameAsParsingFirst(DatasetReader reader, String document,
      ReadResult<MonitoringDataset> streamed) {
    ReadResult<MonitoringDataset> first = reader.readTables(CountedInput.of("dataset." + reader.format(), document)
        .input(), ReadContext.empty().limits()).thenRead(t -> DataTable.assemble(t, ReadContext.empty()));
    assertEquals(first.value(), streamed.value(), reader.toString());
    assertEquals(first.failures(), streamed.failures(), reader.toString());
    assertEquals(first.summary(), streamed.summary(), reader.toString());
    assertEquals(first.notes(), streamed.notes(), reader.toString());
  }
}
