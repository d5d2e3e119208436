package org.ccmkit.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.google.common.collect.ImmutableList;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.ccmkit.io.read.Failure;
import org.ccmkit.io.read.FailureKind;
import org.ccmkit.io.read.FlatRow;
import org.ccmkit.io.read.Location;
import org.ccmkit.io.read.ReadLimits;
import org.ccmkit.io.read.RowSink;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads one sheet's XML as a stream of events into rows: the first non-empty row is the header, each further row is
 * handed to the sink as soon as its end tag is read. A cell holding a spreadsheet error ({@code #DIV/0!}), a formula
 * with no cached value, or text or a number longer than the limits rejects its row with a failure naming the cell.
 */
final class SheetReader extends DefaultHandler {

  private final String source;
  private final String sheet;
  private final String table;
  private final SharedStrings strings;
  private final StylesTable styles;
  private final ReadLimits limits;
  private final RowSink sink;

  private FlatRow.Header header;
  private int[] headerIndex;
  private int sheetRow;
  private int dataRows;
  private final TreeMap<Integer, JsonNode> cells = new TreeMap<>();
  private final List<Failure> cellFailures = new ArrayList<>();

  private String cellRef;
  private String cellType;
  private int cellStyle;
  private boolean hasFormula;
  private final StringBuilder text = new StringBuilder();
  private boolean inValue;
  private String value;
  private boolean stopped;

  SheetReader(String source, String sheet, String table, SharedStrings strings, StylesTable styles,
      ReadLimits limits, RowSink sink) {
    this.source = source;
    this.sheet = sheet;
    this.table = table;
    this.strings = strings;
    this.styles = styles;
    this.limits = limits;
    this.sink = sink;
  }

  void read(InputStream in) throws Exception {
    XMLReader xml = XMLHelper.newXMLReader();
    xml.setContentHandler(this);
    // This handler's own error handling (a fatal error throws, nothing is printed) in place of POI's, which writes
    // "[Fatal Error]" or "FATAL XMLHelper" lines to the user's standard error before the failure reaches them.
    xml.setErrorHandler(this);
    try {
      xml.parse(new InputSource(in));
    } catch (Stop stop) {
      // the sink refused the header, or the row limit was reached: the failure is recorded
    } catch (SAXParseException damaged) {
      sink.fail(Failure.of(FailureKind.MALFORMED, Location.of(source).withTable(table), "the sheet '" + sheet
          + "' is damaged " + (sheetRow > 0 ? "after its row " + sheetRow : "before its first row") + ": its XML "
          + "breaks off or is not well formed at line " + damaged.getLineNumber() + ", column "
          + damaged.getColumnNumber() + " of the sheet's part; the rows before it are read", null,
          "a workbook saved whole by a spreadsheet program; open it and save it again, or export the sheet as CSV"));
      stopped = true;
      return;
    }
    if (header == null && !stopped) {
      sink.fail(Failure.of(FailureKind.EMPTY, Location.of(source).withTable(table), "the sheet '" + sheet
          + "' has no header row", null, "a first row naming the columns"));
    }
  }

  /** Ends the parse early. */
  private static final class Stop extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Stop() {
      super(null, null, false, false);
    }
  }

  @Override
  public void startElement(String uri, String localName, String qName, Attributes attributes) {
    switch (localName) {
      case "row":
        String r = attributes.getValue("r");
        sheetRow = r == null ? sheetRow + 1 : Integer.parseInt(r);
        cells.clear();
        cellFailures.clear();
        break;
      case "c":
        cellRef = attributes.getValue("r");
        cellType = attributes.getValue("t");
        String s = attributes.getValue("s");
        cellStyle = s == null ? -1 : Integer.parseInt(s);
        hasFormula = false;
        value = null;
        break;
      case "f":
        hasFormula = true;
        break;
      case "v":
      case "t":
        inValue = true;
        text.setLength(0);
        break;
      default:
        break;
    }
  }

  @Override
  public void characters(char[] ch, int start, int length) {
    if (inValue) {
      if (text.length() + length > limits.maxStringLength()) {
        cellFailure(FailureKind.LIMIT_EXCEEDED, "cell text is longer than the limit",
            "more than " + limits.maxStringLength() + " characters",
            "at most " + limits.maxStringLength() + " characters (ReadLimits.maxStringLength)");
        inValue = false;
        return;
      }
      text.append(ch, start, length);
    }
  }

  @Override
  public void endElement(String uri, String localName, String qName) {
    switch (localName) {
      case "v":
        inValue = false;
        value = text.toString();
        break;
      case "t":
        if (inValue) {
          inValue = false;
          value = value == null ? text.toString() : value + text;
        }
        break;
      case "c":
        cell();
        break;
      case "row":
        row();
        break;
      default:
        break;
    }
  }

  private void cell() {
    int column = column(cellRef);
    if (column < 0) {
      return;
    }
    JsonNode node = null;
    String t = cellType == null ? "n" : cellType;
    if (value == null) {
      if (hasFormula) {
        cellFailure(FailureKind.WRONG_TYPE, "formula has no computed value (the workbook was not recalculated)",
            null, "a value, or a formula the spreadsheet has computed");
      }
    } else {
      switch (t) {
        case "s":
          node = text(strings.getItemAt(Integer.parseInt(value.trim())).getString());
          break;
        case "inlineStr":
        case "str":
          node = text(value);
          break;
        case "b":
          node = JsonNodeFactory.instance.booleanNode(value.trim().equals("1"));
          break;
        case "e":
          cellFailure(FailureKind.WRONG_TYPE, "cell holds a spreadsheet error", value, "a value");
          break;
        default:
          node = number(value.trim());
          break;
      }
    }
    if (node != null) {
      cells.put(column, node);
    }
  }

  private JsonNode text(String s) {
    return s.isEmpty() ? null : JsonNodeFactory.instance.textNode(s);
  }

  private JsonNode number(String v) {
    if (v.length() > limits.maxNumberLength()) {
      cellFailure(FailureKind.LIMIT_EXCEEDED, "number is longer than the limit", v,
          "at most " + limits.maxNumberLength() + " characters (ReadLimits.maxNumberLength)");
      return null;
    }
    BigDecimal d;
    try {
      d = new BigDecimal(v);
    } catch (NumberFormatException e) {
      cellFailure(FailureKind.MALFORMED, "number cell does not hold a number", v, "a number");
      return null;
    }
    if (cellStyle >= 0 && cellStyle < styles.getNumCellStyles()) {
      XSSFCellStyle style = styles.getStyleAt(cellStyle);
      if (DateUtil.isADateFormat(style.getDataFormat(), style.getDataFormatString())) {
        if (!DateUtil.isValidExcelDate(d.doubleValue())) {
          cellFailure(FailureKind.WRONG_TYPE, "date cell holds no valid date", v, "a date");
          return null;
        }
        LocalDate date = DateUtil.getLocalDateTime(d.doubleValue()).toLocalDate();
        return JsonNodeFactory.instance.textNode(date.toString());
      }
    }
    BigDecimal whole = d.stripTrailingZeros();
    if (whole.scale() <= 0 && whole.precision() - whole.scale() <= 18) {
      return JsonNodeFactory.instance.numberNode(whole.longValueExact());
    }
    return JsonNodeFactory.instance.numberNode(d);
  }

  private void cellFailure(FailureKind kind, String reason, String offending, String expected) {
    cellFailures.add(Failure.of(kind, Location.of(source).withTable(table).withField(cellLabel()), reason, offending,
        expected));
  }

  private String cellLabel() {
    return sheet + "!" + (cellRef == null ? "?" + sheetRow : cellRef);
  }

  private void row() {
    if (cells.isEmpty() && cellFailures.isEmpty()) {
      return;
    }
    if (header == null) {
      header();
      return;
    }
    if (dataRows >= limits.maxRows()) {
      sink.fail(Failure.of(FailureKind.LIMIT_EXCEEDED, Location.of(source).withTable(table), "table has too many rows",
          "more than " + limits.maxRows(), "at most " + limits.maxRows() + " rows (ReadLimits.maxRows)"));
      stopped = true;
      throw new Stop();
    }
    dataRows++;
    Location at = Location.builder().source(source).table(table).row(dataRows).build();
    List<Failure> failures = new ArrayList<>();
    for (Failure f : cellFailures) {
      failures.add(Failure.builder().from(f).location(Location.builder().from(at).field(f.location().field()).build())
          .build());
    }
    JsonNode[] row = new JsonNode[header.columns().size()];
    for (var e : cells.entrySet()) {
      int position = e.getKey() < headerIndex.length ? headerIndex[e.getKey()] : -1;
      if (position < 0) {
        failures.add(Failure.of(FailureKind.WRONG_SHAPE, at.withField(sheet + "!" + letters(e.getKey()) + sheetRow),
            "cell outside the columns the header names", e.getValue().asText(), "cells under the header's columns "
                + header.columns()));
      } else {
        row[position] = e.getValue();
      }
    }
    if (!failures.isEmpty()) {
      sink.reject(ImmutableList.copyOf(failures));
    } else {
      sink.row(FlatRow.ofSheet(at, header, row, sheet, sheetRow));
    }
  }

  private void header() {
    List<String> columns = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    List<Location> locations = new ArrayList<>();
    int last = cells.lastKey();
    headerIndex = new int[last + 1];
    for (int c = 0; c <= last; c++) {
      JsonNode n = cells.get(c);
      if (n == null) {
        headerIndex[c] = -1;
        continue;
      }
      headerIndex[c] = columns.size();
      String column = n.asText().trim();
      columns.add(column);
      labels.add(letters(c));
      locations.add(Location.of(source).withTable(table).withField(sheet + "!" + letters(c) + sheetRow));
    }
    for (Failure f : cellFailures) {
      sink.fail(f);
    }
    if (!sink.header(columns, locations)) {
      stopped = true;
      throw new Stop();
    }
    header = FlatRow.Header.of(columns, labels);
  }

  /** The 0-based column of a cell reference such as {@code C17}, or -1. */
  static int column(String ref) {
    if (ref == null) {
      return -1;
    }
    int c = 0;
    int i = 0;
    while (i < ref.length() && Character.isLetter(ref.charAt(i))) {
      c = c * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
      i++;
    }
    return i == 0 ? -1 : c - 1;
  }

  /** The letters of the 0-based column {@code c}: 0 is A, 26 is AA. */
  static String letters(int c) {
    StringBuilder s = new StringBuilder();
    for (int n = c + 1; n > 0; n = (n - 1) / 26) {
      s.insert(0, (char) ('A' + (n - 1) % 26));
    }
    return s.toString();
  }
}
