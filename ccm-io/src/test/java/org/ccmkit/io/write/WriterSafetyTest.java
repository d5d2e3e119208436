package org.ccmkit.io.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.ccmkit.indicators.data.Fact;
import org.ccmkit.indicators.data.FactValue;
import org.ccmkit.indicators.data.MonitoringDataset;
import org.ccmkit.io.CsvDatasetReader;
import org.ccmkit.io.read.Failure;
import org.ccmkit.io.read.FailureKind;
import org.ccmkit.io.read.Input;
import org.ccmkit.io.MonitoringDataReader;
import org.ccmkit.model.SourceRef;
import org.ccmkit.model.plan.ValueType;
import org.ccmkit.model.state.Register;
import org.ccmkit.model.state.Standing;
import org.ccmkit.model.state.State;
import org.junit.jupiter.api.Test;

/**
 * Writers that are safe to open and that write only what reads back: formulas guarded, Markdown escaped, a missing
 * argument named, and a value the readers would refuse or change refused when written, naming the field.
 */
class WriterSafetyTest {

  private static final Register REGISTER = Register.of(List.of(
      Standing.builder().state(State.of("LAO", "Lao People's Democratic Republic")).build()));

  private static MonitoringDataset with(Fact fact) {
    return MonitoringDataset.builder().register(REGISTER).facts(List.of(fact)).build();
  }

  private static org.ccmkit.indicators.data.ImmutableFact.Builder fact() {
    return Fact.builder().subject("LAO").cycle("13MSP").element("general.note-0").value(FactValue.of(true))
        .source(SourceRef.of("RD", "para 86"));
  }

  @Test
  void aCellStartingAFormulaIsGuardedWithAnApostropheThatTheReaderRemoves() {
    for (String v : List.of("=HYPERLINK(\"http://x\")", "+1", "-2", "@SUM(A1)", "\tx", "\rx", "'=x", "''+y")) {
      String written = CsvDatasetReader.guard(v);
      assertTrue(written.startsWith("'"), written);
      assertEquals(v, CsvDatasetReader.unguard(written));
    }
    assertEquals("'plain", CsvDatasetReader.guard("'plain"));
    assertEquals("'plain", CsvDatasetReader.unguard("'plain"));
    String csv = DatasetCsvWriter.write(with(fact().value(FactValue.of("=1+2")).build())).get("facts.csv");
    assertTrue(csv.contains("'=1+2"), csv);
  }

  @Test
  void markdownEscapesHeadingsTableCellsAndRawHtmlFromTheData() {
    assertEquals("\\# not a heading &lt;script&gt;alert(1)&lt;/script&gt; \\*bold\\* \\[link\\](x)",
        Markdown.inline("# not a heading <script>alert(1)</script> *bold* [link](x)"));
    assertEquals("a \\| b NOT_EVALUABLE", Markdown.cell("a | b\nNOT_EVALUABLE"));
  }

  @Test
  void aWriterCallWithoutItsArgumentNamesTheArgument() {
    NullPointerException dataset = assertThrows(NullPointerException.class, () -> DatasetJsonWriter.write(null));
    assertEquals("DatasetJsonWriter.write: dataset must not be null", dataset.getMessage());
    NullPointerException folder = assertThrows(NullPointerException.class,
        () -> DatasetCsvWriter.write(with(fact().build()), (Path) null));
    assertEquals("DatasetCsvWriter.write: folder must not be null", folder.getMessage());
    NullPointerException report = assertThrows(NullPointerException.class, () -> ProgressReportWriter.markdown(null));
    assertEquals("ProgressReportWriter.markdown: report must not be null", report.getMessage());
    NullPointerException book = assertThrows(NullPointerException.class, () -> DatasetXlsxWriter.write(null));
    assertEquals("DatasetXlsxWriter.write: dataset must not be null", book.getMessage());
  }

  @Test
  void aValueTheReadersWouldRefuseOrChangeIsRefusedWhenWritten() {
    IllegalArgumentException blank = assertThrows(IllegalArgumentException.class,
        () -> DatasetJsonWriter.write(with(fact().quote("").build())));
    assertTrue(blank.getMessage().contains("field 'quote' of LAO is blank"), blank.getMessage());
    IllegalArgumentException huge = assertThrows(IllegalArgumentException.class, () -> DatasetCsvWriter.write(
        with(fact().value(FactValue.of(ValueType.QUANTITY, new java.math.BigDecimal("1E+40"))).build())));
    assertTrue(huge.getMessage().contains("more than 30 digits"), huge.getMessage());
    IllegalArgumentException early = assertThrows(IllegalArgumentException.class, () -> DatasetCsvWriter.write(
        with(fact().value(FactValue.of(java.time.LocalDate.of(2007, 5, 1))).build())));
    assertTrue(early.getMessage().contains("2007-05-01 is before the Convention"), early.getMessage());
  }

  @Test
  void textThatUtf8CannotEncodeIsRefusedAtReadWithItsLocation() {
    Failure f = MonitoringDataReader.create().readFacts(Input.of("facts.json", "[\n{\"subject\": \"LAO\", "
        + "\"quote\": \"broken \\ud800 text\"}]")).failures().get(0);
    assertEquals(FailureKind.ENCODING, f.kind());
    assertEquals(java.util.OptionalInt.of(2), f.location().line());
    assertEquals(Optional.of("\\ud800"), f.value());
  }
}
