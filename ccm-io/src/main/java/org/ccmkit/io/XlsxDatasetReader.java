package org.ccmkit.io;

import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.ccmkit.io.read.DatasetReader;
import org.ccmkit.io.read.Failure;
import org.ccmkit.io.read.FailureKind;
import org.ccmkit.io.read.Input;
import org.ccmkit.io.read.InputException;
import org.ccmkit.io.read.Location;
import org.ccmkit.io.read.ReadLimits;
import org.ccmkit.io.read.ReadResult;
import org.ccmkit.io.read.Row;
import org.ccmkit.io.read.RowSink;
import org.ccmkit.io.read.TableRows;
import org.ccmkit.io.read.TablesSink;

/**
 * The built-in XLSX reader (Excel workbooks), streaming: each sheet is parsed as a stream of XML events through Apache
 * POI's event API, a row at a time, never held as a document. A table is a sheet named after it ({@code facts},
 * {@code states}, …); a workbook of one sheet, whatever its name, is the table asked for (the long format of facts on
 * one sheet). The first non-empty row names the columns, as in CSV. Cells are read as what they hold: text, a number
 * (as written, without a float's noise), a yes/no value, a date (a number in a date format, read as its ISO date), and
 * for a formula its cached value (the value the spreadsheet last computed; a formula never computed is a failure).
 * Failures name the sheet and the cell: {@code facts!C17 (element)}.
 *
 * <p>Zip-bomb limits are this reader's own, for each read: a part of the workbook may not inflate to more than
 * {@link ReadLimits#maxInputBytes()}, nor (past 100 KB) to more than 100 times its compressed size. POI's
 * process-wide {@code ZipSecureFile} settings are neither read nor changed, so other uses of POI in the application
 * keep theirs.
 */
public final class XlsxDatasetReader implements DatasetReader {

  /** The XLSX reader (for {@link java.util.ServiceLoader}). */
  public XlsxDatasetReader() {}

  @Override
  public String format() {
    return "xlsx";
  }

  @Override
  public ImmutableSet<String> fileExtensions() {
    return ImmutableSet.of("xlsx");
  }

  @Override
  public ImmutableSet<String> mediaTypes() {
    return ImmutableSet.of("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  }

  @Override
  public void readRows(Input input, String table, ReadLimits limits, RowSink sink) {
    read(input, limits, sink, (sheets, open) -> {
      String chosen = sheets.containsKey(table) ? table : sheets.size() == 1 ? sheets.keySet().iterator().next() : null;
      if (chosen == null) {
        sink.fail(Failure.of(FailureKind.MISSING_FIELD, Location.of(input.name()).withTable(table),
            "the workbook has no sheet named after the table", table, "a sheet named '" + table + "'; the sheets are "
                + sheets.keySet()));
        return;
      }
      if (!chosen.equals(table)) {
        sink.note(input.name() + ": the only sheet, '" + chosen + "', is read as the " + table + " table");
      }
      open.sheet(chosen, table, sink);
    });
  }

  @Override
  public ReadResult<TableRows> readTables(Input input, ReadLimits limits) {
    return TableRows.collect(sink -> readTables(input, limits, sink));
  }

  /**
   * Streams the workbook's sheets, one table a sheet named after it, in workbook order: each sheet's rows go to its
   * table's sink as they are read, and its header is shown to the table. A sheet named after no table is a failure of
   * the workbook.
   */
  @Override
  public void readTables(Input input, ReadLimits limits, TablesSink sink) {
    RowSink workbook = new RowSink() {
      @Override
      public void row(Row row) {
        throw new IllegalStateException("a workbook's rows belong to its sheets");
      }

      @Override
      public void reject(List<Failure> failures) {
        failures.forEach(sink::fail);
      }

      @Override
      public void fail(Failure failure) {
        sink.fail(failure);
      }
    };
    read(input, limits, workbook, (sheets, open) -> {
      sink.coming(sheets.keySet().stream().filter(TABLES::contains).collect(ImmutableSet.toImmutableSet()));
      for (String sheet : sheets.keySet()) {
        if (!TABLES.contains(sheet)) {
          sink.fail(Failure.of(FailureKind.UNKNOWN_FIELD, Location.of(input.name()), "sheet is not a table of a "
              + "dataset; it is not read", sheet, "sheets named after tables: " + TABLES));
          continue;
        }
        open.sheet(sheet, sheet, sink.table(sheet));
      }
    });
  }

  /**
   * Reads every sheet of {@code input} for which {@code sinkFor} gives a sink (null skips the sheet), in workbook
   * order; failures of the workbook as a whole go to {@code workbook}.
   */
  static void readSheets(Input input, ReadLimits limits, RowSink workbook,
      java.util.function.Function<String, RowSink> sinkFor) {
    read(input, limits, workbook, (sheets, open) -> {
      for (String sheet : sheets.keySet()) {
        RowSink sink = sinkFor.apply(sheet);
        if (sink != null) {
          open.sheet(sheet, sheet, sink);
        }
      }
    });
  }

  private interface Sheets {
    void sheet(String name, String table, RowSink sink) throws Exception;
  }

  private interface Body {
    void read(Map<String, Integer> sheets, Sheets open) throws Exception;
  }

  /** Opens the workbook within the limits and runs {@code body}; every failure goes to {@code sink}. */
  private static void read(Input input, ReadLimits limits, RowSink sink, Body body) {
    ReadResult<Optional<InputStream>> opened = input.openBytes(limits);
    if (opened.value().isEmpty()) {
      opened.failures().forEach(sink::fail);
      return;
    }
    try (InputStream in = FileMagic.prepareToCheckMagic(opened.value().get());
        OPCPackage pkg = OPCPackage.open(entries(in, input.name(), limits))) {
      XSSFReader reader = new XSSFReader(pkg);
      SharedStrings strings = reader.getSharedStringsTable();
      StylesTable styles = reader.getStylesTable();
      Map<String, Integer> sheets = new LinkedHashMap<>();
      XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
      int index = 0;
      while (it.hasNext()) {
        it.next().close();
        sheets.put(it.getSheetName(), index++);
      }
      body.read(sheets, (name, table, s) -> {
        XSSFReader.SheetIterator again = (XSSFReader.SheetIterator) reader.getSheetsData();
        while (again.hasNext()) {
          try (InputStream sheet = again.next()) {
            if (again.getSheetName().equals(name)) {
              new SheetReader(input.name(), name, table, strings, styles, limits, s).read(sheet);
              return;
            }
          }
        }
      });
    } catch (InputException e) {
      sink.fail(e.failure());
    } catch (Exception | StackOverflowError e) {
      sink.fail(Failure.of(FailureKind.MALFORMED, Location.of(input.name()), "the file is not a readable XLSX "
          + "workbook", inWords(e), "an Excel workbook (.xlsx), within the size and compression limits"));
    }
  }

  /** The workbook's parts, inflated within {@code limits}; an older Excel file or a file of another kind is named. */
  private static WorkbookEntries entries(InputStream in, String source, ReadLimits limits) throws IOException {
    FileMagic magic = FileMagic.valueOf(in);
    if (magic == FileMagic.OLE2) {
      throw new InputException(Failure.of(FailureKind.MALFORMED, Location.of(source), "the file is not an XLSX "
          + "workbook", "an Excel 97-2003 workbook (.xls) or a workbook protected by a password",
          "an Excel workbook (.xlsx) without a password: open it in Excel or LibreOffice and save it as .xlsx"));
    }
    if (magic != FileMagic.OOXML) {
      throw new InputException(Failure.of(FailureKind.MALFORMED, Location.of(source), "the file is not an XLSX "
          + "workbook", "a file that is not a zip archive (it starts like " + inWords(magic) + ")",
          "an Excel workbook (.xlsx)"));
    }
    return WorkbookEntries.read(in, source, limits);
  }

  private static String inWords(FileMagic magic) {
    switch (magic) {
      case PDF:
        return "a PDF document";
      case HTML:
        return "an HTML page";
      case XML:
        return "an XML document";
      case RTF:
        return "an RTF document";
      default:
        return "no known kind of file";
    }
  }

  /** What POI says of a file it cannot open, without Java's names for things. */
  private static String inWords(Throwable e) {
    String m = e.getMessage();
    if (m == null || m.isBlank()) {
      return "no detail given";
    }
    m = m.replaceAll("\\b(?:[a-z][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9_$]*", "").replaceAll("\\b[A-Z][A-Za-z]*(Exception|Error)\\b:?", "")
        .replaceAll("\\s+", " ").trim();
    return m.length() > 200 ? m.substring(0, 200) + "…" : m;
  }
}
