package org.ccmkit.io.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.ccmkit.io.MonitoringDataReader;
import org.ccmkit.indicators.data.Fact;
import org.ccmkit.indicators.data.FactValue;
import org.ccmkit.indicators.data.MonitoringDataset;
import org.ccmkit.io.read.Input;
import org.ccmkit.io.read.ReadResult;
import org.ccmkit.io.write.DatasetCsvWriter;
import org.ccmkit.io.write.DatasetJsonWriter;
import org.ccmkit.io.write.DatasetXlsxWriter;
import org.ccmkit.model.SourceRef;
import org.ccmkit.model.plan.ValueType;
import org.ccmkit.model.state.Register;
import org.ccmkit.model.state.Standing;
import org.ccmkit.model.state.State;

/**
 * Write then read is the identity in JSON, CSV and XLSX for hostile but valid values: text that a spreadsheet would
 * take for a formula ({@code =SUM(A1)}, {@code -2}, {@code @cmd}, a leading tab or carriage return), quotes, commas,
 * semicolons, line breaks, letters outside the Basic Multilingual Plane (emoji, CJK extension B), right-to-left text
 * and combining marks; numbers at the readers' limits (30 digits before and after the point, the largest count);
 * dates from the day the Convention opened for signature to 9999-12-31.
 */
class HostileRoundTripProperties {

  private static final MonitoringDataReader READER = MonitoringDataReader.create();

  private static final Register REGISTER = Register.of(List.of(
      Standing.builder().state(State.of("LAO", "Lao People's Democratic Republic")).build(),
      Standing.builder().state(State.of("CPV", "Cabo Verde")).build()));

  /** Text that is not blank, from characters that break formats, spreadsheets and naive encoders. */
  static Arbitrary<String> hostileText() {
    Arbitrary<String> piece = Arbitraries.oneOf(
        Arbitraries.of("=SUM(A1:A9)", "+1", "-2", "@cmd", "\t", "\r", "'", "'=", "\"", ",", ";", "\n", " ", "|",
            "# heading", "<b>", "&amp;", "\\", "*", "_x0001_"),
        Arbitraries.of("😀", "𠀀", "שלום", "e\u0301", "Ω", "\u200b", "ß", "日本", "\uFEFF"),
        Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(6));
    return piece.list().ofMinSize(1).ofMaxSize(6).map(l -> String.join("", l)).filter(s -> !s.isBlank());
  }

  static Arbitrary<BigDecimal> extremeNumber() {
    return Arbitraries.oneOf(
        Arbitraries.of(new BigDecimal("999999999999999999999999999999"), new BigDecimal("0.000000000000000000000000000001"),
            new BigDecimal("999999999999999999999999999999.999999999999999999999999999999"), BigDecimal.ZERO,
            new BigDecimal("0.000"), new BigDecimal("1E+29").setScale(0), new BigDecimal("12.50")),
        Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("1E+29")).ofScale(3));
  }

  static Arbitrary<FactValue> value() {
    return Arbitraries.oneOf(
        Arbitraries.of(true, false).map(FactValue::of),
        Arbitraries.longs().between(0, Long.MAX_VALUE).map(FactValue::count),
        extremeNumber().map(n -> FactValue.of(ValueType.QUANTITY, n)),
        Arbitraries.of(LocalDate.of(2008, 12, 3), LocalDate.of(9999, 12, 31), LocalDate.of(2024, 2, 29))
            .map(FactValue::of),
        hostileText().map(FactValue::of));
  }

  @Provide
  Arbitrary<MonitoringDataset> datasets() {
    Arbitrary<Fact> fact = Combinators.combine(Arbitraries.of("LAO", "CPV"), Arbitraries.of("10MSP", "13MSP", "3RC"),
        value(), hostileText(), hostileText().optional(), hostileText().optional()).as((subject, cycle, value,
            locator, quote, note) -> Fact.builder().subject(subject).cycle(cycle).element("general.note-0")
            .value(value).source(SourceRef.of("RD", locator)).quote(quote).note(note).build());
    return fact.list().ofMaxSize(8).map(facts -> {
      List<Fact> distinct = new ArrayList<>();
      for (int i = 0; i < facts.size(); i++) {
        distinct.add(Fact.builder().from(facts.get(i)).element("general.note-" + i).build());
      }
      return MonitoringDataset.builder().register(REGISTER).facts(distinct).build();
    });
  }

  @Property(tries = 200)
  void jsonWrittenThenReadIsTheIdentity(@ForAll("datasets") MonitoringDataset dataset) {
    String json = DatasetJsonWriter.write(dataset);
    ReadResult<MonitoringDataset> read = READER.readDataset(Input.of("dataset.json", json));
    assertTrue(read.failures().isEmpty(), () -> read.failures() + "\n" + json);
    assertEquals(dataset, read.value(), json);
  }

  @Property(tries = 100)
  void csvWrittenThenReadIsTheIdentity(@ForAll("datasets") MonitoringDataset dataset) throws IOException {
    Path folder = Files.createTempDirectory("ccmkit-hostile-csv");
    try {
      DatasetCsvWriter.write(dataset, folder);
      ReadResult<MonitoringDataset> read = READER.readDataset(folder);
      assertTrue(read.failures().isEmpty(), () -> read.failures() + "\n" + DatasetCsvWriter.write(dataset));
      assertEquals(dataset, read.value(), () -> DatasetCsvWriter.write(dataset).toString());
    } finally {
      delete(folder);
    }
  }

  @Property(tries = 40)
  void xlsxWrittenThenReadIsTheIdentity(@ForAll("datasets") MonitoringDataset dataset) {
    byte[] book = DatasetXlsxWriter.write(dataset);
    ReadResult<MonitoringDataset> read = READER.readDataset(Input.of("dataset.xlsx", book));
    assertTrue(read.failures().isEmpty(), () -> read.failures().toString());
    assertEquals(dataset, read.value());
  }

  @Property(tries = 100)
  void aCellAFormulaWouldStartWithIsGuardedAndReadBackUnchanged(@ForAll("datasets") MonitoringDataset dataset)
      throws IOException {
    String facts = DatasetCsvWriter.write(dataset).get("facts.csv");
    // The cells as a spreadsheet sees them: CSV unquoted, nothing unguarded.
    try (var cells = new com.fasterxml.jackson.dataformat.csv.CsvMapper()
        .enable(com.fasterxml.jackson.dataformat.csv.CsvParser.Feature.WRAP_AS_ARRAY)
        .readerFor(String[].class).<String[]>readValues(facts)) {
      while (cells.hasNext()) {
        for (String cell : cells.next()) {
          assertTrue(cell.isEmpty() || "=+-@\t\r".indexOf(cell.charAt(0)) < 0, () -> "unguarded cell " + cell);
        }
      }
    }
    assertEquals(dataset.facts(), READER.with(org.ccmkit.io.read.ReadContext.empty().withRegister(REGISTER))
        .readFacts(Input.of("facts.csv", facts)).value());
  }

  private static void delete(Path folder) {
    try (Stream<Path> files = Files.walk(folder)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.delete(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
