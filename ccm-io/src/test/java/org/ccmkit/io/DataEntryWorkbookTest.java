package org.ccmkit.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ccmkit.indicators.data.Fact;
import org.ccmkit.indicators.data.FactValue;
import org.ccmkit.indicators.data.MonitoringDataset;
import org.ccmkit.io.Catalogues;
import org.ccmkit.io.Datasets;
import org.ccmkit.io.read.Failure;
import org.ccmkit.io.read.FailureKind;
import org.ccmkit.io.read.Input;
import org.ccmkit.io.read.ReadResult;
import org.ccmkit.model.SourceRef;
import org.ccmkit.model.plan.DataElement;
import org.ccmkit.model.plan.ValueType;
import org.junit.jupiter.api.Test;

/**
 * The data-entry workbook for the Lausanne Action Plan at the 13MSP cycle: written with the States Parties of the
 * record's register as rows and the plan's data elements as columns, filled as an implementation support unit would
 * fill it, and read back as the facts entered; a cell it does not understand is named by sheet and cell.
 */
class DataEntryWorkbookTest {

  private static final MonitoringDataset RECORD = Datasets.publishedRecord().dataset();
  private static final DataEntryWorkbook BOOK = DataEntryWorkbook.of(Catalogues.lausanne(),
      RECORD.cycle("13MSP").get(), RECORD.register(), Catalogues.dataElements());

  @Test
  void theWorkbookHasAnInstructionsSheetAndOneSheetPerThematicAreaWithTheStatesPartiesAsRows() throws IOException {
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(BOOK.write()))) {
      assertEquals("Instructions", book.getSheetName(0));
      assertEquals(BOOK.sheetNames().size() + 1, book.getNumberOfSheets());
      Sheet first = book.getSheet(BOOK.sheetNames().get(0));
      assertEquals("state", first.getRow(0).getCell(0).getStringCellValue());
      DataElement element = BOOK.elements(BOOK.sheetNames().get(0)).get(0);
      assertEquals(element.key(), first.getRow(0).getCell(2).getStringCellValue());
      assertTrue(first.getRow(1).getCell(2).getStringCellValue().startsWith(element.description()));
      assertEquals(BOOK.states().size() + 3, first.getPhysicalNumberOfRows());
      assertTrue(BOOK.states().size() >= 110, "States Parties on 30 April 2025: " + BOOK.states().size());
      assertTrue(first.getDataValidations().size() > 0);
    }
  }

  @Test
  void aFilledCopyReadsBackAsTheFactsEntered() throws IOException {
    String sheet = BOOK.sheetNames().get(0);
    List<DataElement> elements = BOOK.elements(sheet);
    int yesNo = indexOf(elements, ValueType.BOOLEAN);
    String lao = "LAO";
    byte[] filled = fill(sheet, lao, yesNo, "yes", "Art. 7 report 2024", "Form A");
    ReadResult<ImmutableList<Fact>> r = BOOK.read(Input.of("filled.xlsx", filled));
    assertTrue(r.failures().isEmpty(), r.toString());
    assertEquals(List.of(Fact.of(lao, "13MSP", elements.get(yesNo).key(), FactValue.of(true),
        SourceRef.of("Art. 7 report 2024", "Form A"))), r.value());
  }

  @Test
  void aCellTheWorkbookDoesNotUnderstandIsNamedBySheetAndCell() throws IOException {
    String sheet = BOOK.sheetNames().get(0);
    int yesNo = indexOf(BOOK.elements(sheet), ValueType.BOOLEAN);
    ReadResult<ImmutableList<Fact>> r = BOOK.read(Input.of("filled.xlsx",
        fill(sheet, "LAO", yesNo, "maybe", "Art. 7 report 2024", "Form A")));
    Failure f = r.failures().get(0);
    assertEquals(FailureKind.WRONG_TYPE, f.kind());
    int row = BOOK.states().stream().map(s -> s.code()).toList().indexOf("LAO") + 4;
    assertEquals(Optional.of(sheet + "!" + SheetReader.letters(yesNo + 2) + row + " (value)"), f.location().field());
    assertEquals(Optional.of("maybe"), f.value());
  }

  private static int indexOf(List<DataElement> elements, ValueType type) {
    for (int i = 0; i < elements.size(); i++) {
      if (elements.get(i).valueType() == type) {
        return i;
      }
    }
    throw new AssertionError("no " + type + " element");
  }

  /** The workbook with one value entered for {@code state}, and the row's source. */
  private static byte[] fill(String sheetName, String state, int element, String value, String document,
      String locator) throws IOException {
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(BOOK.write()));
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = book.getSheet(sheetName);
      int columns = BOOK.elements(sheetName).size();
      for (Row row : sheet) {
        if (row.getRowNum() >= 3 && row.getCell(0).getStringCellValue().equals(state)) {
          row.createCell(element + 2).setCellValue(value);
          row.createCell(columns + 2).setCellValue(document);
          row.createCell(columns + 3).setCellValue(locator);
        }
      }
      book.write(out);
      return out.toByteArray();
    }
  }
}
