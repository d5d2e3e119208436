package org.ccmkit.examples;

import com.google.common.collect.ImmutableList;
import org.ccmkit.indicators.data.Fact;
import org.ccmkit.indicators.data.MonitoringDataset;
import org.ccmkit.io.Catalogues;
import org.ccmkit.io.Datasets;
import org.ccmkit.io.read.Failure;
import org.ccmkit.io.read.Input;
import org.ccmkit.io.read.ReadContext;
import org.ccmkit.io.read.ReadException;
import org.ccmkit.io.read.ReadResult;
import org.ccmkit.io.read.Strictness;
import org.ccmkit.io.MonitoringDataReader;

/**
 * Reads a user's CSV of reported facts that has errors in it, checked against the embedded record's register, its
 * reporting cycles and the shared vocabulary of data elements, and prints what was accepted and every failure with its
 * file, line, column and offending value. Every row ends up either accepted or in a failure, and the result proves it.
 *
 * <p>Then the same read in strict mode: one {@link ReadException} that lists all the failures.
 */
public final class ReadUserData {

  /** The user's file shipped with the example, on the class path: eight rows, five of them wrong. */
  static final String FILE = "facts-with-errors.csv";

  private ReadUserData() {}

  /**
   * Reads the example file, or the CSV or JSON file named in the first argument.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    Input input = args.length > 0 ? Input.of(java.nio.file.Path.of(args[0]))
        : Input.of(ReadUserData.class.getResource(FILE));
    System.out.print(render(input));
  }

  /**
   * What reading {@code input} found, as text.
   *
   * @param input the file, folder, resource or bytes to read
   * @return what reading {@code input} found, as text
   */
  public static String render(Input input) {
    MonitoringDataset record = Datasets.publishedRecord().dataset();
    MonitoringDataReader reader = MonitoringDataReader.create()
        .with(ReadContext.of(record, Catalogues.dataElements()));

    ReadResult<ImmutableList<Fact>> lenient = reader.readFacts(input);
    StringBuilder out = new StringBuilder();
    out.append(lenient.summary()).append('\n');
    out.append(String.format("rows read %d = accepted %d + failed %d%n", lenient.rowsRead(), lenient.rowsAccepted(),
        lenient.rowsFailed()));
    out.append("\naccepted:\n");
    lenient.value().forEach(f -> out.append("  ").append(f).append('\n'));
    out.append("\nfailures:\n");
    for (Failure f : lenient.failures()) {
      out.append("  ").append(f.kind()).append(": ").append(f.message()).append('\n');
    }
    out.append("\nstrict:\n");
    try {
      reader.readFacts(input).get(Strictness.STRICT);
      out.append("  no failures\n");
    } catch (ReadException e) {
      out.append("  ").append(e.getClass().getSimpleName()).append(" with ").append(e.failures().size())
          .append(" failures\n");
    }
    return out.toString();
  }
}
