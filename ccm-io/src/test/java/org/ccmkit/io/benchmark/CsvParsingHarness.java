package org.ccmkit.io.benchmark;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ccmkit.io.ReaderFactories;
import org.ccmkit.io.read.ReadLimits;

/**
 * The two ways Jackson reads CSV, side by side on the fact file of {@link FactReadingHarness}, parsing only (no
 * conversion): token streaming ({@code CsvParser.nextToken}, cell by cell, as {@code CsvDatasetReader} reads) and
 * {@code MappingIterator<String[]>} ({@code CsvParser.Feature.WRAP_AS_ARRAY}, one array a line). Both use the
 * factory and constraints the reader uses, and touch every cell's text. Each way is run {@code runs} times,
 * alternating, and each run prints its time and the bytes it allocated a line.
 * {@code java -Xmx512m -cp ... org.ccmkit.io.benchmark.CsvParsingHarness 1000000 6}; see ccm-io/BENCHMARKS.md.
 */
public final class CsvParsingHarness {

  private CsvParsingHarness() {}

  /**
   * Runs the harness.
   *
   * @param args the rows of the file (default 10^6) and the runs of each way (default 6)
   * @throws IOException if the file cannot be written or read
   */
  public static void main(String[] args) throws IOException {
    int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 6;
    Path dir = Files.createTempDirectory("ccmkit-csv-parsing");
    Path csv = FactFiles.csv(dir.resolve("facts.csv"), rows);
    CsvFactory factory = ReaderFactories.csv(ReadLimits.defaults());
    CsvMapper mapper = new CsvMapper(factory);
    for (int r = 0; r < runs; r++) {
      report("tokens", rows, () -> tokens(factory, csv));
      report("MappingIterator<String[]>", rows, () -> arrays(mapper, csv));
    }
    Files.delete(csv);
    Files.delete(dir);
  }

  private interface Parse {
    long run() throws IOException;
  }

  private static void report(String way, int rows, Parse parse) throws IOException {
    long allocatedBefore = FactReadingHarness.allocated();
    long start = System.nanoTime();
    long chars = parse.run();
    double seconds = (System.nanoTime() - start) / 1e9;
    long bytes = FactReadingHarness.allocated() - allocatedBefore;
    System.out.printf("%-26s %.3f s, %.0f lines/s, %d bytes allocated a line (%d characters of cells)%n", way,
        seconds, (rows + 1) / seconds, bytes / (rows + 1), chars);
  }

  /** Token by token, as the reader does: the characters of every cell's text, counted. */
  private static long tokens(CsvFactory factory, Path csv) throws IOException {
    long chars = 0;
    try (BufferedReader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
        CsvParser p = factory.createParser(in)) {
      p.setSchema(CsvSchema.emptySchema().withoutEscapeChar());
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t == JsonToken.VALUE_STRING) {
          chars += p.getValueAsString("").length();
        }
      }
    }
    return chars;
  }

  /** One {@code String[]} a line through a {@link MappingIterator}. */
  private static long arrays(CsvMapper mapper, Path csv) throws IOException {
    long chars = 0;
    try (BufferedReader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
        MappingIterator<String[]> it = mapper.readerFor(String[].class)
            .with(CsvSchema.emptySchema().withoutEscapeChar()).with(CsvParser.Feature.WRAP_AS_ARRAY)
            .readValues(in)) {
      while (it.hasNextValue()) {
        for (String cell : it.nextValue()) {
          chars += cell.length();
        }
      }
    }
    return chars;
  }
}
