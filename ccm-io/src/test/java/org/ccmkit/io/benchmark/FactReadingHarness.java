package org.ccmkit.io.benchmark;

import com.google.common.collect.ImmutableList;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ccmkit.indicators.data.Fact;
import org.ccmkit.io.read.Input;
import org.ccmkit.io.read.ReadResult;
import org.ccmkit.io.MonitoringDataReader;

/**
 * A plain harness for the reading benchmark, for a quick look without JMH: generates a fact file of the rows given
 * (default 10^6) in CSV and in JSON (or the formats named by the third argument, {@code csv}, {@code json} or
 * {@code csv,json}), reads each {@code runs} times and prints rows per second, the bytes allocated a row and the peak
 * heap. {@code java -Xmx512m -cp ... org.ccmkit.io.benchmark.FactReadingHarness 1000000 3 csv}; the figures in the
 * README come from {@link FactReadingBenchmark}.
 */
public final class FactReadingHarness {

  private FactReadingHarness() {}

  /** Runs the harness. */
  public static void main(String[] args) throws Exception {
    int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    String formats = args.length > 2 ? args[2] : "csv,json";
    Path dir = Files.createTempDirectory("ccmkit-bench");
    java.util.List<Path> files = new java.util.ArrayList<>();
    for (String format : formats.split(",")) {
      Path file = dir.resolve("facts." + format);
      files.add(format.equals("csv") ? FactFiles.csv(file, rows) : FactFiles.json(file, rows));
    }
    MonitoringDataReader reader = MonitoringDataReader.create();
    for (Path file : files) {
      for (int r = 0; r < runs; r++) {
        long allocatedBefore = allocated();
        long cpuBefore = cpu();
        long gcBefore = gcMillis();
        long start = System.nanoTime();
        ReadResult<ImmutableList<Fact>> facts = reader.readFacts(Input.of(file));
        double seconds = (System.nanoTime() - start) / 1e9;
        long bytes = allocated() - allocatedBefore;
        double cpuSeconds = (cpu() - cpuBefore) / 1e9;
        long gc = gcMillis() - gcBefore;
        System.out.printf("%s: %s in %.2f s, %.0f rows/s, %d MB, %d bytes allocated a row; the reading thread's CPU "
                + "time %.2f s, the collector's pauses %d ms%n", file.getFileName(), facts.summary(), seconds,
            facts.rowsRead() / seconds, Files.size(file) >> 20, bytes / Math.max(1, facts.rowsRead()), cpuSeconds, gc);
        if (facts.hasFailures()) {
          System.out.println(facts.failures().get(0));
        }
        System.gc();
        Runtime rt = Runtime.getRuntime();
        System.out.printf("  heap held after a collection, the %d facts still referenced: %d MB%n",
            facts.value().size(), (rt.totalMemory() - rt.freeMemory()) >> 20);
      }
    }
    printPeak();
    for (Path file : files) {
      Files.delete(file);
    }
    Files.delete(dir);
  }

  /** {@return the CPU time of this thread so far, in nanoseconds: less disturbed by other processes than the clock} */
  static long cpu() {
    return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
  }

  /** {@return the time the collectors have taken so far, in milliseconds} */
  static long gcMillis() {
    long total = 0;
    for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      total += Math.max(0, gc.getCollectionTime());
    }
    return total;
  }

  /** {@return the bytes this thread has allocated so far} */
  static long allocated() {
    return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
  }

  private static void printPeak() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    System.out.printf("peak heap (sum of the pools' peaks): %d MB%n", peak >> 20);
  }
}
