package org.ccmkit.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Workbooks built in tests: sheets of rows whose cells are text, numbers, booleans, dates or formulas. */
public final class Workbooks {

  private Workbooks() {}

  /** A formula cell: its text after {@code =}. */
  public record Formula(String text) {}

  /** The bytes of a workbook with one sheet of {@code rows} (the first the header) for each name in {@code sheets}. */
  public static byte[] of(List<String> sheets, List<List<List<Object>>> rows) {
    try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      CreationHelper helper = wb.getCreationHelper();
      CellStyle date = wb.createCellStyle();
      date.setDataFormat(helper.createDataFormat().getFormat("yyyy-mm-dd"));
      for (int s = 0; s < sheets.size(); s++) {
        Sheet sheet = wb.createSheet(sheets.get(s));
        List<List<Object>> table = rows.get(s);
        for (int r = 0; r < table.size(); r++) {
          Row row = sheet.createRow(r);
          for (int c = 0; c < table.get(r).size(); c++) {
            Object v = table.get(r).get(c);
            if (v == null) {
              continue;
            }
            Cell cell = row.createCell(c);
            if (v instanceof Number) {
              cell.setCellValue(((Number) v).doubleValue());
            } else if (v instanceof Boolean) {
              cell.setCellValue((Boolean) v);
            } else if (v instanceof java.time.LocalDate) {
              cell.setCellValue((java.time.LocalDate) v);
              cell.setCellStyle(date);
            } else if (v instanceof Formula) {
              cell.setCellFormula(((Formula) v).text());
            } else {
              cell.setCellValue(v.toString());
            }
          }
        }
      }
      wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
