package org.ccmkit.io.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.ccmkit.io.Datasets;
import org.ccmkit.io.MonitoringDataReader;
import org.ccmkit.io.read.Input;
import org.ccmkit.io.read.ReadContext;
import org.ccmkit.io.read.ReadResult;

/**
 * How long each finding of the point 6 takes to be reported, measured and printed, never asserted (the unit
 * tests, {@code LimitFindingsTest}, check each finding's kind and location and that it comes before any costly work,
 * without a clock). Each finding's input is the one of its test; each is read {@code runs} times (default 15) after two
 * reads to warm up, and the harness prints the median and the longest time of each, and the failure reported.
 * {@code java -cp ... org.ccmkit.io.benchmark.LimitFindingsHarness 15}; see ccm-io/BENCHMARKS.md. Needs
 * {@code mkfifo} (the FIFO findings) and {@code /dev/zero}.
 */
public final class LimitFindingsHarness {

  private static final MonitoringDataReader READER = MonitoringDataReader.create().with(ReadContext.empty()
      .withRegister(Datasets.publishedRecord().dataset().register()));
  private static final String HEADER = "subject,cycle,element,type,value,source.document,source.locator\n";
  private static final String ROW = "LAO,13MSP,art4.national-strategy,BOOLEAN,true,RD,para 86\n";

  private LimitFindingsHarness() {}

  /**
   * Runs the harness.
   *
   * @param args the runs of each finding (default 15)
   * @throws Exception if a temporary file or FIFO cannot be made
   */
  public static void main(String[] args) throws Exception {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 15;
    Path dir = Files.createTempDirectory("ccmkit-findings");
    String digits = "9".repeat(1_000_000);
    Map<String, Supplier<ReadResult<?>>> findings = new LinkedHashMap<>();
    findings.put("a number cell of 10^6 digits (CSV)", () -> READER.readFacts(Input.of("facts.csv",
        HEADER + "LAO,13MSP,art4.area-released,QUANTITY," + digits + ",RD,para 88\n")));
    findings.put("a quoted number of 10^6 digits (JSON)", () -> READER.readFacts(Input.of("facts.json",
        "[{\"subject\": \"LAO\", \"cycle\": \"13MSP\", \"element\": \"art4.area-released\", \"type\": \"QUANTITY\", "
            + "\"value\": \"" + digits + "\", \"source\": {\"document\": \"RD\", \"locator\": \"para 88\"}}]")));
    String scalar = "- subject: " + "L".repeat(5_000_000) + "\n";
    findings.put("a 5 MB YAML scalar", () -> READER.readFacts(Input.of("facts.yaml", scalar)));
    Path fifo = fifo(dir.resolve("facts.csv"));
    findings.put("a FIFO passed as a file", () -> READER.readFacts(Input.of(fifo)));
    Path folder = Files.createDirectory(dir.resolve("folder"));
    Files.writeString(folder.resolve("facts.csv"), HEADER + ROW);
    fifo(folder.resolve("states.csv"));
    Files.createSymbolicLink(folder.resolve("cycles.csv"), folder.resolve("cycles.csv"));
    Files.createDirectory(folder.resolve("meetings.csv"));
    Files.createSymbolicLink(folder.resolve("submissions.csv"), Path.of("/dev/zero"));
    Files.createDirectories(folder.resolve("more"));
    Files.writeString(folder.resolve("more/obligations.csv"), "state,obligation\n");
    findings.put("a folder: FIFO, link loop, folder named like a table, link to /dev/zero, subfolder",
        () -> READER.readDataset(folder));
    Path linked = Files.createDirectory(dir.resolve("linked"));
    Path outside = Files.writeString(dir.resolve("outside.csv"), "root:x:0:0:root:/root:/bin/bash\n");
    Files.writeString(linked.resolve("facts.csv"), HEADER + ROW);
    Files.createSymbolicLink(linked.resolve("states.csv"), outside);
    findings.put("a link out of the folder", () -> READER.readDataset(linked));
    findings.put("YAML 012 and 0x10", () -> READER.readFacts(Input.of("facts.yaml", ""
        + "- {subject: LAO, cycle: 13MSP, element: art4.cluster-munitions, type: COUNT, value: 012,"
        + " source: {document: RD, locator: para 1}}\n"
        + "- {subject: LAO, cycle: 13MSP, element: art4.submunitions, type: COUNT, value: 0x10,"
        + " source: {document: RD, locator: para 2}}\n")));
    findings.put("a YAML tag", () -> READER.readRegister(Input.of("states.yaml",
        "- iso3: !!java.lang.Runtime LAO\n  name: Lao People's Democratic Republic\n")));
    findings.put("a nesting depth of 100", () -> READER.readFacts(Input.of("facts.json",
        "[\n{\"subject\": " + "[".repeat(100) + "]".repeat(100) + "}]")));

    System.out.printf("%-82s %10s %10s  %s%n", "finding", "median ms", "max ms", "failure reported (first)");
    for (Map.Entry<String, Supplier<ReadResult<?>>> finding : findings.entrySet()) {
      ReadResult<?> r = null;
      for (int warm = 0; warm < 2; warm++) {
        r = finding.getValue().get();
      }
      List<Double> millis = new ArrayList<>();
      for (int run = 0; run < runs; run++) {
        long start = System.nanoTime();
        r = finding.getValue().get();
        millis.add((System.nanoTime() - start) / 1e6);
      }
      double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
      System.out.printf("%-82s %10.1f %10.1f  %s%n", finding.getKey(), median(sorted), sorted[sorted.length - 1],
          r.failures().isEmpty() ? "none" : r.failures().get(0).kind() + " at " + r.failures().get(0).location());
    }
    delete(dir);
  }

  private static double median(double[] sorted) {
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  private static Path fifo(Path path) throws IOException, InterruptedException {
    Process p = new ProcessBuilder("mkfifo", path.toString()).redirectErrorStream(true).start();
    if (p.waitFor() != 0) {
      throw new IOException("mkfifo " + path + " failed: " + Arrays.toString(p.getInputStream().readAllBytes()));
    }
    return path;
  }

  /** Deletes the folder and what it holds, links themselves and not their targets. */
  private static void delete(Path dir) throws IOException {
    try (var paths = Files.walk(dir)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
