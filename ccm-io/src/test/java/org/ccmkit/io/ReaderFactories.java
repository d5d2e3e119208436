package org.ccmkit.io;

import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import org.ccmkit.io.read.ReadLimits;

/**
 * The Jackson factories the built-in readers parse with, for the benchmark harnesses of other test packages, which
 * measure the parser as the readers configure it (the configuration itself is package-private).
 */
public final class ReaderFactories {

  private ReaderFactories() {}

  /**
   * The CSV factory {@link CsvDatasetReader} parses with.
   *
   * @param limits the limits on what is read
   * @return the CSV factory {@link CsvDatasetReader} parses with
   */
  public static CsvFactory csv(ReadLimits limits) {
    return SafeJackson.csvFactory(limits);
  }
}
