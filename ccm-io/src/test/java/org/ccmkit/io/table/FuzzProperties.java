package org.ccmkit.io.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.ccmkit.io.MonitoringDataReader;
import org.ccmkit.io.Catalogues;
import org.ccmkit.io.read.Failure;
import org.ccmkit.io.read.Input;
import org.ccmkit.io.read.ReadContext;
import org.ccmkit.io.read.ReadLimits;
import org.ccmkit.io.read.ReadResult;

/**
 * Whatever the bytes, every reader returns a value and failures: no exception escapes, every row is accepted or
 * failed, the rows accepted are the rows in the value, and every failure names the input it was found in.
 */
class FuzzProperties {

  private static final List<String> EXTENSIONS = List.of("json", "yaml", "csv");
  private static final ReadContext CONTEXT = ReadContext.builder().vocabulary(Catalogues.dataElements())
      .limits(ReadLimits.builder().maxNestingDepth(16).maxRows(500).build()).build();
  private static final MonitoringDataReader READER = MonitoringDataReader.create().with(CONTEXT);
  private static final List<Seed> SEEDS = seeds();

  /** A valid file to mutate: its name (which says the format and table) and its text. */
  record Seed(String name, String text) {}

  @Provide
  Arbitrary<byte[]> bytes() {
    return Arbitraries.bytes().array(byte[].class).ofMaxSize(600);
  }

  @Provide
  Arbitrary<String> syntax() {
    return Arbitraries.strings().withChars("{}[],:\"'\\\n\r\t -#&*!|>?%@`~;=.0123456789aeftlnrsu\uFEFF\u00e9")
        .ofMaxLength(300);
  }

  @Provide
  Arbitrary<String> tableFiles() {
    return Arbitraries.of(DataTable.names().asList()).flatMap(t -> Arbitraries.of(EXTENSIONS).map(e -> t + "." + e));
  }

  @Provide
  Arbitrary<Input> mutants() {
    return Combinators.combine(Arbitraries.of(SEEDS), Arbitraries.longs())
        .as((seed, random) -> Input.of(seed.name(), mutate(seed.text(), new Random(random))));
  }

  @Property(tries = 300)
  void arbitraryBytesGiveAValueAndFailures(@ForAll("bytes") byte[] bytes, @ForAll("tableFiles") String name) {
    checkTable(Input.of(name, bytes));
    checkDataset(Input.of(name, bytes));
  }

  @Property(tries = 300)
  void arbitrarySyntaxGivesAValueAndFailures(@ForAll("syntax") String text, @ForAll("tableFiles") String name) {
    checkTable(Input.of(name, text));
    checkDataset(Input.of(name, text));
  }

  @Property(tries = 400)
  void mutatedValidFilesGiveAValueAndFailures(@ForAll("mutants") Input input) {
    checkTable(input);
    checkDataset(input);
  }

  private static void checkTable(Input input) {
    String table = input.name().substring(0, input.name().indexOf('.'));
    ReadResult<? extends ImmutableList<?>> r = READER.read(input, DataTable.named(table).get());
    assertEquals(r.rowsRead(), r.rowsAccepted() + r.rowsFailed());
    if (!table.equals("obligation-extensions")) {
      assertEquals(r.rowsAccepted(), r.value().size(), r::toString);
    }
    named(input, r);
  }

  private static void checkDataset(Input input) {
    ReadResult<?> r = READER.readDataset(input);
    assertEquals(r.rowsRead(), r.rowsAccepted() + r.rowsFailed());
    named(input, r);
  }

  /** A Java name: a package-qualified class, or an exception's or error's simple name. */
  private static final java.util.regex.Pattern JAVA_NAME = java.util.regex.Pattern.compile(
      "\\b(java|javax|com|org|net|sun|jdk)\\.[a-z0-9_]+\\.|\\b[A-Z][A-Za-z]*(Exception|Error)\\b|\\bclass [a-z]");

  private static void named(Input input, ReadResult<?> r) {
    for (Failure f : r.failures()) {
      assertEquals(input.name(), f.location().source());
      assertTrue(f.message().startsWith(input.name()), f::message);
      assertFalse(f.reason().isBlank());
      assertFalse(JAVA_NAME.matcher(f.reason()).find(), () -> "a Java name in the reason: " + f.message());
      f.expected().ifPresent(e -> assertFalse(JAVA_NAME.matcher(e).find(), () -> "a Java name: " + f.message()));
    }
  }

  @Provide
  Arbitrary<Input> workbookMutants() {
    return Combinators.combine(Arbitraries.of(SEEDS.stream().filter(s -> s.name().endsWith(".csv")).toList()),
        Arbitraries.longs(), Arbitraries.integers().between(0, 3)).as((seed, random, bytes) -> {
          Random r = new Random(random);
          String table = seed.name().substring(0, seed.name().indexOf('.'));
          List<List<Object>> rows = new java.util.ArrayList<>();
          for (String line : mutate(seed.text(), r).split("\n", -1)) {
            List<Object> cells = new java.util.ArrayList<>();
            for (String cell : line.split(",", -1)) {
              // Cells of every kind a spreadsheet holds: numbers, yes/no, a formula error, text.
              cells.add(cell.matches("-?\\d{1,9}(\\.\\d{1,6})?") ? (Object) Double.parseDouble(cell)
                  : cell.equals("true") ? (Object) Boolean.TRUE : cell.equals("#ERR") ? new org.ccmkit.io
                  .Workbooks.Formula("1/0") : cell.isEmpty() ? null : cell.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]", "?"));
            }
            rows.add(cells);
          }
          byte[] book = org.ccmkit.io.Workbooks.of(List.of(table), List.of(rows));
          for (int i = 0; i < bytes; i++) {
            book[r.nextInt(book.length)] = (byte) r.nextInt(256);
          }
          return Input.of(table + ".xlsx", book);
        });
  }

  @Property(tries = 150)
  void mutatedWorkbooksGiveAValueAndFailures(@ForAll("workbookMutants") Input input) {
    checkTable(input);
    checkDataset(input);
  }

  /** One to five of: a byte changed, a range deleted, syntax inserted, a line repeated, two lines swapped. */
  static String mutate(String text, Random r) {
    StringBuilder s = new StringBuilder(text);
    String inserts = "{}[],:\"'\n\r\t#&*!|- 0.5e9\uFEFF\u00e9\\";
    for (int n = 1 + r.nextInt(5); n > 0; n--) {
      if (s.length() == 0) {
        s.append(inserts.charAt(r.nextInt(inserts.length())));
        continue;
      }
      int at = r.nextInt(s.length());
      switch (r.nextInt(5)) {
        case 0:
          s.setCharAt(at, (char) r.nextInt(0x3000));
          break;
        case 1:
          s.delete(at, Math.min(s.length(), at + 1 + r.nextInt(40)));
          break;
        case 2:
          s.insert(at, inserts.charAt(r.nextInt(inserts.length())));
          break;
        case 3: {
          int start = s.lastIndexOf("\n", at) + 1;
          int end = s.indexOf("\n", at);
          String line = s.substring(start, end < 0 ? s.length() : end + 1);
          s.insert(start, line);
          break;
        }
        default: {
          String[] lines = s.toString().split("\n", -1);
          int i = r.nextInt(lines.length);
          int j = r.nextInt(lines.length);
          String t = lines[i];
          lines[i] = lines[j];
          lines[j] = t;
          s = new StringBuilder(String.join("\n", lines));
        }
      }
    }
    return s.toString();
  }

  private static List<Seed> seeds() {
    Path examples = ExampleFilesTest.EXAMPLES;
    try (Stream<Path> files = Stream.concat(Files.list(examples.resolve("csv")),
        Stream.of(examples.resolve("dataset.json"), examples.resolve("dataset.yaml")))) {
      return files.sorted().map(p -> new Seed(seedName(p), read(p))).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Dataset documents are mutated as the facts table of their format, and read as tables and as datasets. */
  private static String seedName(Path p) {
    String name = p.getFileName().toString();
    return name.startsWith("dataset.") ? "facts" + name.substring("dataset".length()) : name;
  }

  private static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
