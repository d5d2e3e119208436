package org.ccmkit.io.benchmark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Long-format fact files of a given number of rows for the reading benchmark, generated without randomness: 200 State
 * codes ({@code AAA}, {@code AAB}, …), 20 cycles ({@code 1MSP} to {@code 20MSP}) and as many data elements
 * ({@code bench.e0}, …) as the rows need, each (subject, cycle, element) once; values are counts 0–9, every fifth row a
 * quantity with a decimal part, every seventh a quote with a comma in it (so the CSV quotes it).
 */
final class FactFiles {

  static final int STATES = 200;
  static final int CYCLES = 20;

  private FactFiles() {}

  /** The CSV header. */
  static final String HEADER = "subject,cycle,element,value,source.document,source.locator,quote";

  static String subject(int i) {
    int s = i % STATES;
    return "" + (char) ('A' + s / 26 / 26 % 26) + (char) ('A' + s / 26 % 26) + (char) ('A' + s % 26);
  }

  static String cycle(int i) {
    return (i / STATES % CYCLES + 1) + "MSP";
  }

  static String element(int i) {
    return "bench.e" + i / (STATES * CYCLES);
  }

  static String value(int i) {
    return i % 5 == 0 ? (i % 10) + ".5" : String.valueOf(i % 10);
  }

  static String quote(int i) {
    return i % 7 == 0 ? "as reported, in part" : "";
  }

  /** A CSV file of {@code rows} facts at {@code file}. */
  static Path csv(Path file, int rows) {
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write(HEADER);
      out.write('\n');
      for (int i = 0; i < rows; i++) {
        String quote = quote(i);
        out.write(subject(i) + "," + cycle(i) + "," + element(i) + "," + value(i) + ",RD,para " + (i % 300 + 1) + ","
            + (quote.isEmpty() ? "" : "\"" + quote + "\"") + "\n");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  /** A JSON list of {@code rows} facts at {@code file}. */
  static Path json(Path file, int rows) {
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("[\n");
      for (int i = 0; i < rows; i++) {
        String quote = quote(i);
        out.write("{\"subject\": \"" + subject(i) + "\", \"cycle\": \"" + cycle(i) + "\", \"element\": \"" + element(i)
            + "\", \"value\": " + value(i) + ", \"source\": {\"document\": \"RD\", \"locator\": \"para "
            + (i % 300 + 1) + "\"}" + (quote.isEmpty() ? "" : ", \"quote\": \"" + quote + "\"") + "}"
            + (i == rows - 1 ? "\n" : ",\n"));
      }
      out.write("]\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }
}
