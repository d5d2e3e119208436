package org.ccmkit.io.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.ccmkit.io.MonitoringDataReader;
import org.ccmkit.indicators.data.MonitoringDataset;
import org.ccmkit.io.read.Input;
import org.ccmkit.io.read.ReadResult;
import org.ccmkit.io.write.DatasetCsvWriter;
import org.ccmkit.io.write.DatasetJsonWriter;

/** What is written reads back as the same dataset, in JSON and in CSV. */
class RoundTripProperties {

  private static final MonitoringDataReader READER = MonitoringDataReader.create();

  @Provide
  Arbitrary<MonitoringDataset> datasets() {
    return DatasetArbitraries.datasets(12);
  }

  @Property(tries = 300)
  void jsonWrittenThenReadIsTheSameDataset(@ForAll("datasets") MonitoringDataset dataset) {
    String json = DatasetJsonWriter.write(dataset);
    ReadResult<MonitoringDataset> read = READER.readDataset(Input.of("dataset.json", json));
    assertTrue(read.failures().isEmpty(), () -> read.failures() + "\n" + json);
    assertEquals(dataset, read.value(), json);
    assertEquals(read.rowsRead(), read.rowsAccepted());
  }

  @Property(tries = 200)
  void csvWrittenThenReadIsTheSameDataset(@ForAll("datasets") MonitoringDataset dataset) throws IOException {
    Path folder = Files.createTempDirectory("ccmkit-csv");
    try {
      DatasetCsvWriter.write(dataset, folder);
      ReadResult<MonitoringDataset> read = READER.readDataset(folder);
      assertTrue(read.failures().isEmpty(), () -> read.failures() + "\n" + DatasetCsvWriter.write(dataset));
      assertEquals(dataset, read.value(), () -> DatasetCsvWriter.write(dataset).toString());
    } finally {
      delete(folder);
    }
  }

  @Property(tries = 100)
  void csvTablesWrittenInMemoryReadBackTableByTable(@ForAll("datasets") MonitoringDataset dataset) {
    var files = DatasetCsvWriter.write(dataset);
    var register = READER.readRegister(Input.of("states.csv", files.get("states.csv")));
    assertTrue(register.failures().isEmpty(), () -> register.failures().toString());
    assertEquals(dataset.register(), register.value());
  }

  private static void delete(Path folder) {
    try (Stream<Path> files = Files.walk(folder)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.delete(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
