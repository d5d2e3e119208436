package org.ccmkit.io;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.ccmkit.indicators.data.Bound;
import org.ccmkit.io.sdmx.SdmxCsv;
import org.ccmkit.io.sdmx.ImmutableSdmxObservation;
import org.ccmkit.io.sdmx.SdmxObservation;
import org.ccmkit.io.read.Failure;
import org.ccmkit.io.read.FailureKind;
import org.ccmkit.io.read.Input;
import org.ccmkit.io.read.Location;
import org.ccmkit.io.read.ReadLimits;
import org.ccmkit.io.read.ReadResult;

/**
 * Reads an SDMX-CSV 2.0 file of the {@value SdmxCsv#DATAFLOW} dataflow, as {@link org.ccmkit.io.write.SdmxCsvWriter} writes it, back into
 * {@link SdmxObservation}s. The header must be exactly {@link SdmxCsv#HEADER}; a row with a bad cell is rejected with
 * a failure naming the file, line, column, the offending value and what was expected, and the other rows are read
 * ({@code rowsRead = rowsAccepted + rowsFailed}).
 *
 * <pre>{@code
 * List<SdmxObservation> back = SdmxCsvReader.read(Input.of(Path.of("lap-23.2.csv"))).orThrow();
 * }</pre>
 */
public final class SdmxCsvReader {

  private static final CsvMapper CSV = SafeJackson.csvMapper(ReadLimits.defaults());
  private static final String TABLE = "sdmx";

  private SdmxCsvReader() {}

  /**
   * The observations of {@code input}, with every failure found.
   *
   * @param input the file, folder, resource or bytes to read
   * @return the observations of {@code input}, with every failure found
   */
  public static ReadResult<ImmutableList<SdmxObservation>> read(Input input) {
    checkArgument(input != null, "SdmxCsvReader.read: input must not be null");
    ReadResult<Optional<String>> text = input.text(ReadLimits.defaults());
    if (text.value().isEmpty()) {
      return text.map(t -> ImmutableList.of());
    }
    List<Failure> failures = new ArrayList<>();
    ImmutableList.Builder<SdmxObservation> out = ImmutableList.builder();
    int read = 0;
    int accepted = 0;
    int line = 1;
    try (MappingIterator<List<String>> rows = CSV.readerForListOf(String.class)
        .with(CsvParser.Feature.WRAP_AS_ARRAY).readValues(text.value().get())) {
      List<String> header = rows.hasNextValue() ? rows.nextValue() : List.of();
      if (!header.equals(SdmxCsv.HEADER)) {
        return ReadResult.failed(ImmutableList.of(), Failure.of(FailureKind.WRONG_SHAPE,
            Location.of(input.name(), 1, 1).withTable(TABLE), "the header is not SDMX-CSV of " + SdmxCsv.DATAFLOW,
            String.join(",", header), String.join(",", SdmxCsv.HEADER)));
      }
      line += lines(header);
      while (rows.hasNextValue()) {
        List<String> cells = rows.nextValue();
        read++;
        Row row = new Row(input.name(), line, read, cells);
        Optional<SdmxObservation> o = row.observation();
        if (o.isPresent()) {
          out.add(o.get());
          accepted++;
        }
        failures.addAll(row.failures);
        line += lines(cells);
      }
    } catch (IOException | RuntimeException e) {
      read++;
      failures.add(Failure.of(FailureKind.MALFORMED, Location.of(input.name(), line, 1).withTable(TABLE)
              .withRow(read), "the CSV syntax is broken",
          e.getMessage() == null ? null : e.getMessage().lines().findFirst().orElse(""),
          "SDMX-CSV: comma-separated, double quotes around cells with commas or quotes"));
    }
    return ReadResult.of(out.build(), failures, read, accepted, read - accepted);
  }

  /** The lines a row takes: one, and one more for each line break inside a quoted cell. */
  private static int lines(List<String> cells) {
    return 1 + cells.stream().mapToInt(c -> (int) c.chars().filter(ch -> ch == '\n').count()).sum();
  }

  /** One data row and the failures of its cells. */
  private static final class Row {
    private final String source;
    private final int line;
    private final int row;
    private final List<String> cells;
    private final List<Failure> failures = new ArrayList<>();

    Row(String source, int line, int row, List<String> cells) {
      this.source = source;
      this.line = line;
      this.row = row;
      this.cells = cells;
    }

    Optional<SdmxObservation> observation() {
      if (cells.size() != SdmxCsv.HEADER.size()) {
        failures.add(Failure.of(FailureKind.WRONG_SHAPE, Location.of(source, line, 1).withTable(TABLE).withRow(row),
            "the row has " + cells.size() + " cells", String.join(",", cells),
            SdmxCsv.HEADER.size() + " cells, one per column of the header"));
        return Optional.empty();
      }
      fixed("STRUCTURE", SdmxCsv.STRUCTURE);
      fixed("STRUCTURE_ID", SdmxCsv.DATAFLOW);
      fixed("ACTION", SdmxCsv.ACTION);
      ImmutableSdmxObservation.Builder b = SdmxObservation.builder();
      required("INDICATOR", Function.identity(), "an indicator id such as LAP-23.2").ifPresent(b::indicator);
      required("REF_AREA", v -> check(v, v.equals(SdmxCsv.AGGREGATE) || v.matches("[A-Z]{3}")),
          "an ISO 3166-1 alpha-3 code or " + SdmxCsv.AGGREGATE).ifPresent(b::refArea);
      required("TIME_PERIOD", v -> Integer.parseInt(check(v, v.matches("\\d{4}"))), "a year such as 2025")
          .ifPresent(b::timePeriod);
      required("OBS_VALUE", v -> v.equals(SdmxCsv.MISSING_VALUE) ? Optional.<BigDecimal>empty()
          : Optional.of(new BigDecimal(check(v, v.matches("-?\\d+(\\.\\d+)?")))), "a number or NaN")
          .ifPresent(b::value);
      optional("UNIT_MEASURE", SdmxObservation.Unit::valueOf, "one of " + Arrays.toString(SdmxObservation.Unit.values()))
          .ifPresent(b::unit);
      required("OBS_STATUS", SdmxObservation.Status::valueOf,
          "one of " + Arrays.toString(SdmxObservation.Status.values())).ifPresent(b::status);
      optional("MISSING_REASON", Function.identity(), "why the value is missing").ifPresent(b::missingReason);
      optional("BOUND", Bound::valueOf, "one of " + Arrays.toString(Bound.values())).ifPresent(b::bound);
      optional("PERIOD_COVERED", Function.identity(), "the cycles covered").ifPresent(b::periodCovered);
      optional("NUMERATOR", Long::parseLong, "a whole number").ifPresent(b::numerator);
      optional("DENOMINATOR", Long::parseLong, "a whole number").ifPresent(b::denominator);
      optional("SOURCE", Function.identity(), "a source").ifPresent(b::source);
      required("CYCLE", Function.identity(), "a meeting such as 13MSP").ifPresent(b::cycle);
      required("EVAL_DATE", LocalDate::parse, "an ISO date such as 2025-04-30").ifPresent(b::evaluationDate);
      required("CATALOGUE", Function.identity(), "the catalogue's id").ifPresent(b::catalogue);
      required("DATASET_DIGEST", Function.identity(), "sha256:…").ifPresent(b::datasetDigest);
      required("PRODUCER", Function.identity(), "what produced the file").ifPresent(b::producer);
      if (!failures.isEmpty()) {
        return Optional.empty();
      }
      try {
        return Optional.of(b.build());
      } catch (IllegalArgumentException | IllegalStateException e) {
        failures.add(Failure.of(FailureKind.INVALID_VALUE, Location.of(source, line, 1).withTable(TABLE).withRow(row),
            "the row's cells do not fit together: " + e.getMessage(), String.join(",", cells),
            "a value exactly when OBS_STATUS is not MISSING, a MISSING_REASON exactly when it is"));
        return Optional.empty();
      }
    }

    private void fixed(String column, String expected) {
      String v = cell(column);
      if (!v.equals(expected)) {
        fail(column, v, expected);
      }
    }

    private <T> Optional<T> required(String column, Function<String, T> parse, String expected) {
      String v = cell(column);
      if (v.isEmpty()) {
        failures.add(Failure.of(FailureKind.MISSING_FIELD, at(column), "the cell is empty", "", expected));
        return Optional.empty();
      }
      return parse(column, v, parse, expected);
    }

    private <T> Optional<T> optional(String column, Function<String, T> parse, String expected) {
      String v = cell(column);
      return v.isEmpty() ? Optional.empty() : parse(column, v, parse, expected);
    }

    private <T> Optional<T> parse(String column, String v, Function<String, T> parse, String expected) {
      try {
        return Optional.of(parse.apply(v));
      } catch (IllegalArgumentException | DateTimeParseException | ArithmeticException e) {
        fail(column, v, expected);
        return Optional.empty();
      }
    }

    private void fail(String column, String value, String expected) {
      failures.add(Failure.of(FailureKind.INVALID_VALUE, at(column), "not a valid " + column, value, expected));
    }

    private Location at(String column) {
      return Location.of(source, line, SdmxCsv.HEADER.indexOf(column) + 1).withTable(TABLE).withRow(row)
          .withField(column);
    }

    private String cell(String column) {
      return cells.get(SdmxCsv.HEADER.indexOf(column));
    }

    private static String check(String v, boolean ok) {
      if (!ok) {
        throw new IllegalArgumentException(v);
      }
      return v;
    }
  }
}
