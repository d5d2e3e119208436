package org.ccmkit.io.benchmark;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.ccmkit.indicators.data.Fact;
import org.ccmkit.io.read.Input;
import org.ccmkit.io.read.ReadResult;
import org.ccmkit.io.MonitoringDataReader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cost of reading a long-format fact table of 10^6 rows ({@link FactFiles}: 200 States, 20 cycles, 250 data
 * elements) from a file, in CSV and in JSON, through {@link MonitoringDataReader#readFacts}: parsing, checking each
 * row and building the facts, with the duplicate and conflict checks of the facts table. The forked JVM has
 * {@code -Xmx512m}, so a run that completes shows the read fits in that heap; the peak heap of the run is printed at
 * its end. One operation reads the whole file: rows per second are 10^6 divided by its time. Run with the command in
 * {@code ccm-io/BENCHMARKS.md}; never run by the tests.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m"})
@State(Scope.Benchmark)
public class FactReadingBenchmark {

  /** The rows of the file. */
  public static final int ROWS = 1_000_000;

  /** The file's format. */
  @Param({"csv", "json"})
  public String format;

  private Path dir;
  private Input input;
  private final MonitoringDataReader reader = MonitoringDataReader.create();

  /** Writes the file once for the run. */
  @Setup(Level.Trial)
  public void write() throws IOException {
    dir = Files.createTempDirectory("ccmkit-fact-reading");
    Path file = dir.resolve("facts." + format);
    input = Input.of(format.equals("csv") ? FactFiles.csv(file, ROWS) : FactFiles.json(file, ROWS));
  }

  /** Reads the whole file; fails the run if a row is lost or refused. */
  @Benchmark
  public ReadResult<ImmutableList<Fact>> readFacts() {
    ReadResult<ImmutableList<Fact>> r = reader.readFacts(input);
    if (r.rowsAccepted() != ROWS) {
      throw new IllegalStateException("expected " + ROWS + " facts: " + r);
    }
    return r;
  }

  /** Prints the peak heap of the run and removes the file. */
  @TearDown(Level.Trial)
  public void report() throws IOException {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    System.out.printf("%npeak heap used (sum of the heap pools' peaks) reading facts.%s: %d MB of %d MB%n", format,
        peak >> 20, Runtime.getRuntime().maxMemory() >> 20);
    try (var files = Files.list(dir)) {
      for (Path f : files.toList()) {
        Files.delete(f);
      }
    }
    Files.delete(dir);
  }
}
