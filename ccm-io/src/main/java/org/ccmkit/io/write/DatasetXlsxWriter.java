package org.ccmkit.io.write;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ccmkit.indicators.data.MonitoringDataset;
import com.google.common.collect.ImmutableListMultimap;
import org.ccmkit.io.table.DataTable;

/**
 * Writes a monitoring dataset as an XLSX workbook of one sheet a table ({@code states}, {@code facts}, …), each with a
 * header row and the columns of the CSV files: the workbook {@code MonitoringDataReader.readDataset} reads back into an
 * equal dataset. Every cell is a text cell holding what the CSV file holds, so that numbers keep their digits and scale
 * (a spreadsheet's numbers are binary floating point) and dates stay dates of the calendar, not serial numbers.
 */
public final class DatasetXlsxWriter {

  /** The longest text a spreadsheet cell holds. */
  static final int MAX_CELL_TEXT = 32_767;

  private DatasetXlsxWriter() {}

  /**
   * The workbook's bytes.
   *
   * @param dataset the monitoring dataset
   * @return the workbook's bytes
   */
  public static byte[] write(MonitoringDataset dataset) {
    checkNotNull(dataset, "DatasetXlsxWriter.write: dataset must not be null");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      write(dataset, out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the workbook to memory", e);
    }
    return out.toByteArray();
  }

  /**
   * Writes the workbook to {@code file}.
   *
   * @param dataset the monitoring dataset
   * @param file the file
   */
  public static void write(MonitoringDataset dataset, Path file) {
    checkNotNull(dataset, "DatasetXlsxWriter.write: dataset must not be null");
    checkNotNull(file, "DatasetXlsxWriter.write: file must not be null");
    try (OutputStream out = Files.newOutputStream(file)) {
      write(dataset, out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  private static void write(MonitoringDataset dataset, OutputStream out) throws IOException {
    ImmutableListMultimap<String, Object> rows = DataTable.rowsOf(dataset, true);
    try (XSSFWorkbook book = new XSSFWorkbook()) {
      for (String table : DataTable.written(true)) {
        List<String> columns = DataTable.named(table).get().columns();
        Sheet sheet = book.createSheet(table);
        row(sheet, 0, table, columns);
        List<List<String>> cells = DatasetCsvWriter.cells(columns, rows.get(table));
        for (int r = 0; r < cells.size(); r++) {
          row(sheet, r + 1, table, cells.get(r));
        }
      }
      book.write(out);
    }
  }

  /**
   * Text as a workbook stores it: OOXML reads {@code _x000D_} as a carriage return, so a literal {@code _xHHHH_} in the
   * data has its underscore escaped ({@code _x005F_}) to read back as written.
   */
  static String escaped(String text) {
    return text.replaceAll("_(x[0-9A-Fa-f]{4}_)", "_x005F_$1");
  }

  private static void row(Sheet sheet, int index, String table, List<String> cells) {
    Row row = sheet.createRow(index);
    for (int c = 0; c < cells.size(); c++) {
      String text = cells.get(c);
      if (text.isEmpty()) {
        continue;
      }
      if (text.length() > MAX_CELL_TEXT) {
        throw new IllegalArgumentException("DatasetXlsxWriter: a cell of the " + table + " table, row " + index
            + ", holds " + text.length() + " characters; a spreadsheet cell holds at most " + MAX_CELL_TEXT);
      }
      row.createCell(c).setCellValue(escaped(text));
    }
  }
}
