package org.ccmkit.io;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.google.common.collect.ImmutableList;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ccmkit.indicators.data.Fact;
import org.ccmkit.io.read.Failure;
import org.ccmkit.io.read.FailureKind;
import org.ccmkit.io.read.FlatRow;
import org.ccmkit.io.read.Input;
import org.ccmkit.io.read.Location;
import org.ccmkit.io.read.ReadContext;
import org.ccmkit.io.read.ReadResult;
import org.ccmkit.io.read.RowSink;
import org.ccmkit.io.table.DataTable;
import org.ccmkit.model.calendar.ReportingCycle;
import org.ccmkit.model.plan.ActionPlan;
import org.ccmkit.model.plan.DataElement;
import org.ccmkit.model.plan.Indicator;
import org.ccmkit.model.plan.ThematicArea;
import org.ccmkit.model.plan.ValueType;
import org.ccmkit.model.plan.Vocabulary;
import org.ccmkit.model.state.PartyBasis;
import org.ccmkit.model.state.Register;
import org.ccmkit.model.state.State;

/**
 * The workbook an implementation support unit fills to code States' Article 7 reports for a plan's indicators in one
 * reporting cycle, and reads back as facts. {@link #write} makes an instructions sheet and one sheet per thematic
 * area: a row per State Party of the cycle (code and name, from the register), a column per data element the area's
 * indicators are counted from, under it the element's description and the Article 7 item it comes from, drop-down
 * lists for yes/no values and validation of counts, percentages and dates, and two columns for the source of each
 * row (the report, and where in it). {@link #read} turns a filled copy into facts of the long format, through the facts
 * table's checks: every cell it does not understand is a failure naming its sheet and cell.
 *
 * <p>Meeting-level data elements ({@code meeting.…}) have no State rows and are left out; the instructions say so.
 */
public final class DataEntryWorkbook {

  /** The first column: the State's code. */
  static final String STATE = "state";
  /** The second column: the State's name, for the reader of the sheet; not read back. */
  static final String NAME = "name";
  static final String DOCUMENT = "source.document";
  static final String LOCATOR = "source.locator";
  /** The label in column A of the row of descriptions. */
  static final String DESCRIPTIONS = "(description)";
  /** The label in column A of the row of Article 7 items. */
  static final String ARTICLE7 = "(Article 7 item)";
  /** The instructions sheet's name. */
  static final String INSTRUCTIONS = "Instructions";

  private static final List<String> YES_NO = List.of("yes", "no");

  private final ActionPlan plan;
  private final ReportingCycle cycle;
  private final Register register;
  private final Vocabulary vocabulary;
  private final Map<String, List<DataElement>> sheets = new LinkedHashMap<>();

  private DataEntryWorkbook(ActionPlan plan, ReportingCycle cycle, Register register, Vocabulary vocabulary) {
    this.plan = plan;
    this.cycle = cycle;
    this.register = register;
    this.vocabulary = vocabulary;
    Set<String> used = new LinkedHashSet<>();
    for (Map.Entry<ThematicArea, java.util.Collection<Indicator>> area : plan.indicatorsByArea().asMap().entrySet()) {
      Set<String> keys = new LinkedHashSet<>();
      for (Indicator i : area.getValue()) {
        keys.addAll(i.dataElements());
        i.population().qualifier().ifPresent(keys::add);
      }
      List<DataElement> elements = new ArrayList<>();
      for (String key : keys) {
        if (!key.startsWith("meeting.") && vocabulary.element(key).isPresent()) {
          elements.add(vocabulary.element(key).get());
        }
      }
      if (!elements.isEmpty()) {
        sheets.put(sheetName(area.getKey(), used), elements);
      }
    }
  }

  /**
   * The workbook of {@code plan} for {@code cycle}: its rows are the States Parties of {@code register} on the day the
   * cycle's reports are due (instrument deposited), its columns the data elements of {@code vocabulary} the plan's
   * indicators use.
   *
   * @param plan the action plan
   * @param cycle the reporting cycle
   * @param register the depositary's register
   * @param vocabulary the data elements known
   * @return the workbook of {@code plan} for {@code cycle}: its rows are the States Parties of {@code register} on the
   *     day the cycle's reports are due (instrument deposited), its columns the data elements of {@code vocabulary}
   *     the plan's indicators use
   */
  public static DataEntryWorkbook of(ActionPlan plan, ReportingCycle cycle, Register register,
      Vocabulary vocabulary) {
    checkNotNull(plan, "DataEntryWorkbook.of: plan must not be null");
    checkNotNull(cycle, "DataEntryWorkbook.of: cycle must not be null");
    checkNotNull(register, "DataEntryWorkbook.of: register must not be null");
    checkNotNull(vocabulary, "DataEntryWorkbook.of: vocabulary must not be null");
    return new DataEntryWorkbook(plan, cycle, register, vocabulary);
  }

  /** {@return the sheets, by name, with the data elements of each in column order} */
  public ImmutableList<String> sheetNames() {
    return ImmutableList.copyOf(sheets.keySet());
  }

  /**
   * The data elements of sheet {@code sheet}, in column order (from column C).
   *
   * @param sheet the sheet
   * @return the data elements of sheet {@code sheet}, in column order (from column C)
   */
  public ImmutableList<DataElement> elements(String sheet) {
    checkArgument(sheets.containsKey(sheet), "DataEntryWorkbook.elements: no sheet '%s'; the sheets are %s", sheet,
        sheets.keySet());
    return ImmutableList.copyOf(sheets.get(sheet));
  }

  /** {@return the States of the rows, in order (from row 4)} */
  public ImmutableList<State> states() {
    return register.statesParties(cycle.reportsDue(), PartyBasis.INSTRUMENT_DEPOSITED);
  }

  /** {@return the workbook's bytes, to be saved as an {@code .xlsx} file} */
  public byte[] write() {
    try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      CellStyle bold = book.createCellStyle();
      Font font = book.createFont();
      font.setBold(true);
      bold.setFont(font);
      CellStyle wrap = book.createCellStyle();
      wrap.setWrapText(true);
      instructions(book.createSheet(INSTRUCTIONS), bold);
      List<State> states = states();
      for (Map.Entry<String, List<DataElement>> s : sheets.entrySet()) {
        Sheet sheet = book.createSheet(s.getKey());
        List<DataElement> elements = s.getValue();
        Row header = sheet.createRow(0);
        Row descriptions = sheet.createRow(1);
        Row items = sheet.createRow(2);
        header.createCell(0).setCellValue(STATE);
        header.createCell(1).setCellValue(NAME);
        descriptions.createCell(0).setCellValue(DESCRIPTIONS);
        items.createCell(0).setCellValue(ARTICLE7);
        for (int e = 0; e < elements.size(); e++) {
          DataElement element = elements.get(e);
          header.createCell(e + 2).setCellValue(element.key());
          descriptions.createCell(e + 2).setCellValue(element.description() + " (" + words(element.valueType())
              + ")");
          descriptions.getCell(e + 2).setCellStyle(wrap);
          items.createCell(e + 2).setCellValue(element.article7().map(Object::toString).orElse("–"));
        }
        header.createCell(elements.size() + 2).setCellValue(DOCUMENT);
        header.createCell(elements.size() + 3).setCellValue(LOCATOR);
        descriptions.createCell(elements.size() + 2).setCellValue("the report the row is coded from, e.g. "
            + "'Art. 7 report " + cycle.coveredYear() + "'");
        descriptions.createCell(elements.size() + 3).setCellValue("where in it, e.g. 'Form F'");
        header.forEach(c -> c.setCellStyle(bold));
        for (int r = 0; r < states.size(); r++) {
          Row row = sheet.createRow(r + 3);
          row.createCell(0).setCellValue(states.get(r).code());
          row.createCell(1).setCellValue(states.get(r).name());
        }
        validations(sheet, elements, states.size());
        sheet.createFreezePane(2, 3);
        sheet.setColumnWidth(1, 30 * 256);
        for (int e = 0; e < elements.size(); e++) {
          sheet.setColumnWidth(e + 2, 24 * 256);
        }
      }
      book.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the data-entry workbook to memory", e);
    }
  }

  private void instructions(Sheet sheet, CellStyle bold) {
    List<String> lines = List.of(
        plan.title() + " (" + plan.id() + "): data entry for the " + cycle.meeting() + " cycle",
        "Reports due " + cycle.reportsDue() + ", covering the calendar year " + cycle.coveredYear() + ".",
        "",
        "One sheet per thematic area. Each row is a State Party on " + cycle.reportsDue() + " (code and name);"
            + " each column from C is a data element the area's indicators are counted from.",
        "Row 2 describes each data element and its kind of value; row 3 names the Article 7 item it comes from.",
        "Yes/no columns have a drop-down: choose yes or no. Counts are whole numbers of 0 or more, percentages "
            + "0 to 100, dates are dates.",
        "Leave a cell empty where the report does not say: an empty cell is 'not known', never 'no' or 0.",
        "Give each row that has a value its source: the report (source.document) and where in it (source.locator).",
        "Do not rename sheets or columns, nor add columns: reading the workbook back reports every cell it does not "
            + "understand, by sheet and cell.",
        "Meeting-level data elements (meeting.…) are not in this workbook: they are not reported by States.");
    for (int i = 0; i < lines.size(); i++) {
      sheet.createRow(i).createCell(0).setCellValue(lines.get(i));
    }
    sheet.getRow(0).getCell(0).setCellStyle(bold);
    sheet.setColumnWidth(0, 120 * 256);
  }

  private static void validations(Sheet sheet, List<DataElement> elements, int rows) {
    if (rows == 0) {
      return;
    }
    DataValidationHelper helper = sheet.getDataValidationHelper();
    for (int e = 0; e < elements.size(); e++) {
      DataValidationConstraint constraint;
      switch (elements.get(e).valueType()) {
        case BOOLEAN:
          constraint = helper.createExplicitListConstraint(YES_NO.toArray(new String[0]));
          break;
        case COUNT:
          constraint = helper.createIntegerConstraint(DataValidationConstraint.OperatorType.GREATER_OR_EQUAL, "0",
              null);
          break;
        case PERCENT:
          constraint = helper.createDecimalConstraint(DataValidationConstraint.OperatorType.BETWEEN, "0", "100");
          break;
        case QUANTITY:
          constraint = helper.createDecimalConstraint(DataValidationConstraint.OperatorType.GREATER_OR_EQUAL, "0",
              null);
          break;
        case DATE:
          constraint = helper.createDateConstraint(DataValidationConstraint.OperatorType.GREATER_OR_EQUAL,
              "DATE(2008,12,3)", null, "yyyy-mm-dd");
          break;
        default:
          continue;
      }
      DataValidation v = helper.createValidation(constraint, new CellRangeAddressList(3, rows + 2, e + 2, e + 2));
      v.setShowErrorBox(true);
      v.createErrorBox("Not a value of this column", "Expected " + words(elements.get(e).valueType()));
      sheet.addValidationData(v);
    }
  }

  /**
   * The facts a filled copy of this workbook holds, checked as the facts table checks them (States against the
   * register, values against their data elements' types), each located by sheet and cell ({@code V!D7 (value)}).
   * A sheet, a column or a row the workbook does not have, or a value that is not one of its column's, is a failure.
   *
   * @param input the file, folder, resource or bytes to read
   * @return the facts a filled copy of this workbook holds, checked as the facts table checks them (States against the
   *     register, values against their data elements' types), each located by sheet and cell ({@code V!D7 (value)})
   */
  public ReadResult<ImmutableList<Fact>> read(Input input) {
    checkNotNull(input, "DataEntryWorkbook.read: input must not be null");
    ReadContext context = ReadContext.builder().register(register).vocabulary(vocabulary).build();
    // The workbook's cells become rows of the facts table, one a filled cell, converted as any facts file is.
    return DataTable.FACTS.read(new Cells(input), input, context);
  }

  /** A reader of the workbook's filled cells as the rows of a long-format facts table. */
  private final class Cells implements org.ccmkit.io.read.DatasetReader {
    private final Input input;

    Cells(Input input) {
      this.input = input;
    }

    @Override
    public String format() {
      return "data-entry workbook";
    }

    @Override
    public com.google.common.collect.ImmutableSet<String> fileExtensions() {
      return com.google.common.collect.ImmutableSet.of(input.extension());
    }

    @Override
    public com.google.common.collect.ImmutableSet<String> mediaTypes() {
      return com.google.common.collect.ImmutableSet.of();
    }

    @Override
    public void readRows(Input in, String table, org.ccmkit.io.read.ReadLimits limits, RowSink facts) {
      List<String> columns = List.of("subject", "cycle", "element", "value", DOCUMENT, LOCATOR);
      if (!facts.header(columns, columns.stream().map(c -> Location.of(in.name()).withField(c)).toList())) {
        return;
      }
      Set<String> seen = new LinkedHashSet<>();
      XlsxDatasetReader.readSheets(in, limits, facts, name -> {
        if (name.equals(INSTRUCTIONS)) {
          return null;
        }
        seen.add(name);
        if (!sheets.containsKey(name)) {
          facts.fail(Failure.of(FailureKind.UNKNOWN_FIELD, Location.of(in.name()), "sheet is not one of the "
              + "workbook's; it is not read", name, "the sheets " + sheets.keySet()));
          return null;
        }
        return new AreaSheet(in.name(), name, sheets.get(name), columns, facts);
      });
      for (String name : sheets.keySet()) {
        if (!seen.contains(name)) {
          facts.fail(Failure.of(FailureKind.MISSING_FIELD, Location.of(in.name()), "the workbook has lost a sheet",
              name, "the sheets " + sheets.keySet()));
        }
      }
    }
  }

  /** One area's sheet: each filled cell of a State's row becomes a fact row, located at its cell. */
  private final class AreaSheet implements RowSink {
    private final String source;
    private final String sheet;
    private final List<DataElement> elements;
    private final FlatRow.Header factHeader;
    private final RowSink facts;
    private List<String> header;
    private int factRow;

    AreaSheet(String source, String sheet, List<DataElement> elements, List<String> columns, RowSink facts) {
      this.source = source;
      this.sheet = sheet;
      this.elements = elements;
      this.factHeader = FlatRow.Header.of(columns);
      this.facts = facts;
    }

    @Override
    public boolean header(List<String> columns, List<Location> cells) {
      header = columns;
      List<String> expected = new ArrayList<>(List.of(STATE, NAME));
      elements.forEach(e -> expected.add(e.key()));
      expected.add(DOCUMENT);
      expected.add(LOCATOR);
      if (!columns.equals(expected)) {
        facts.fail(Failure.of(FailureKind.WRONG_SHAPE, cells.isEmpty() ? Location.of(source) : cells.get(0),
            "the sheet's columns are not the workbook's", String.join(", ", columns),
            "the columns " + String.join(", ", expected)));
        return false;
      }
      return true;
    }

    @Override
    public void row(org.ccmkit.io.read.Row row) {
      JsonNode state = row.get(STATE);
      if (state != null && (state.asText().equals(DESCRIPTIONS) || state.asText().equals(ARTICLE7))) {
        return;
      }
      int sheetRow = sheetRow(row);
      for (DataElement element : elements) {
        JsonNode value = row.get(element.key());
        if (value == null) {
          continue;
        }
        factRow++;
        String letters = letter(row, element.key());
        Location at = Location.builder().source(source).table("facts").row(factRow).build();
        JsonNode[] cells = {state, text(cycle.meeting()), text(element.key()), value(element, value),
            row.get(DOCUMENT), row.get(LOCATOR)};
        facts.row(new CellRow(FlatRow.ofSheet(at, factHeader, cells, sheet, sheetRow), sheet, sheetRow,
            letters, letter(row, STATE), letter(row, DOCUMENT), letter(row, LOCATOR)));
      }
    }

    @Override
    public void reject(List<Failure> failures) {
      facts.reject(failures);
    }

    @Override
    public void fail(Failure failure) {
      facts.fail(failure);
    }
  }

  /** A fact row whose fields are named by the cells they come from: the value by its own cell. */
  private static final class CellRow implements org.ccmkit.io.read.Row {
    private final FlatRow row;
    private final Map<String, String> labels = new LinkedHashMap<>();

    CellRow(FlatRow row, String sheet, int sheetRow, String value, String state, String document, String locator) {
      this.row = row;
      labels.put("subject", sheet + "!" + state + sheetRow + " (state)");
      labels.put("value", sheet + "!" + value + sheetRow + " (value)");
      labels.put("element", sheet + "!" + value + "1 (element)");
      labels.put("cycle", sheet + " (cycle)");
      labels.put(DOCUMENT, sheet + "!" + document + sheetRow + " (" + DOCUMENT + ")");
      labels.put(LOCATOR, sheet + "!" + locator + sheetRow + " (" + LOCATOR + ")");
    }

    @Override
    public Location location() {
      return row.location();
    }

    @Override
    public JsonNode get(String field) {
      return row.get(field);
    }

    @Override
    public ImmutableList<String> fields() {
      return row.fields();
    }

    @Override
    public String label(String field) {
      return labels.getOrDefault(field, field);
    }

    @Override
    public boolean isFlat() {
      return true;
    }
  }

  /** A yes/no cell's choice as the facts table reads it; other cells as they are. */
  private static JsonNode value(DataElement element, JsonNode value) {
    if (element.valueType() == ValueType.BOOLEAN && value.isTextual()) {
      String v = value.asText().trim().toLowerCase(java.util.Locale.ROOT);
      if (v.equals("yes")) {
        return JsonNodeFactory.instance.booleanNode(true);
      }
      if (v.equals("no")) {
        return JsonNodeFactory.instance.booleanNode(false);
      }
    }
    return value;
  }

  private static JsonNode text(String s) {
    return JsonNodeFactory.instance.textNode(s);
  }

  /** The sheet row of {@code row}, from the label of its State cell ({@code V!A7 (state)}). */
  private static int sheetRow(org.ccmkit.io.read.Row row) {
    return Integer.parseInt(cell(row, STATE).replaceAll("^[A-Z]+", ""));
  }

  /** The column letters of {@code field} in {@code row}. */
  private static String letter(org.ccmkit.io.read.Row row, String field) {
    return cell(row, field).replaceAll("\\d+$", "");
  }

  /** The cell of {@code field} in {@code row}, from its label {@code sheet!C7 (field)}: {@code C7}. */
  private static String cell(org.ccmkit.io.read.Row row, String field) {
    String label = row.label(field);
    int end = label.lastIndexOf(" (");
    return label.substring(label.lastIndexOf('!', end) + 1, end);
  }

  private static String words(ValueType type) {
    switch (type) {
      case BOOLEAN:
        return "yes or no";
      case COUNT:
        return "a whole number";
      case QUANTITY:
        return "a number";
      case PERCENT:
        return "a percentage, 0 to 100";
      case DATE:
        return "a date";
      default:
        return "text";
    }
  }

  /** A sheet name for the area: its numeral and title, within a spreadsheet's 31 characters, unique. */
  private static String sheetName(ThematicArea area, Set<String> used) {
    String name = WorkbookUtil.createSafeSheetName(area.numeral().map(n -> n + " ").orElse("") + area.title());
    String unique = name;
    for (int i = 2; !used.add(unique); i++) {
      unique = name.substring(0, Math.min(name.length(), 28)) + " " + i;
    }
    return unique;
  }
}
