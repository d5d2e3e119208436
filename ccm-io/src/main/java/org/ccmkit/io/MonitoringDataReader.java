package org.ccmkit.io;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.ccmkit.indicators.data.ExtensionRequest;
import org.ccmkit.indicators.data.Fact;
import org.ccmkit.indicators.data.MonitoringDataset;
import org.ccmkit.indicators.data.PublishedValue;
import org.ccmkit.indicators.data.ReportSubmission;
import org.ccmkit.io.read.DatasetReader;
import org.ccmkit.io.read.Failure;
import org.ccmkit.io.read.FailureKind;
import org.ccmkit.io.read.Input;
import org.ccmkit.io.read.Location;
import org.ccmkit.io.read.ReadContext;
import org.ccmkit.io.read.ReadResult;
import org.ccmkit.io.read.ReaderRegistry;
import org.ccmkit.io.read.ReadLimits;
import org.ccmkit.io.table.DataTable;
import org.ccmkit.model.obligation.Obligation;
import org.ccmkit.model.state.Register;

/**
 * The entry point for reading monitoring data: a register of States with their standing, obligations, reported facts,
 * meeting participation, extension requests, published values, or a whole {@link MonitoringDataset} from a folder of
 * tables or a single file, in any format a registered {@link DatasetReader} reads (JSON, YAML, CSV built in). Every
 * read returns the value with every failure found and never throws; the caller chooses lenient or strict reading on
 * the {@link ReadResult}.
 *
 * <pre>{@code
 * MonitoringDataReader reader = MonitoringDataReader.create();
 * Register register = reader.readRegister(Input.of(Path.of("states.csv"))).orThrow();
 * ReadResult<ImmutableList<Fact>> facts = reader.with(ReadContext.empty().withRegister(register))
 *     .readFacts(Input.of(Path.of("facts.csv")));
 * }</pre>
 */
public final class MonitoringDataReader {

  private static final MonitoringDataset EMPTY = MonitoringDataset.builder()
      .register(Register.of(ImmutableList.of())).build();

  private final ReaderRegistry registry;
  private final ReadContext context;

  private MonitoringDataReader(ReaderRegistry registry, ReadContext context) {
    this.registry = registry;
    this.context = context;
  }

  /** {@return a reader using the readers registered on the class path, with an empty context} */
  public static MonitoringDataReader create() {
    return of(ReaderRegistry.load(), ReadContext.empty());
  }

  /**
   * A reader using {@code registry}, checking rows against {@code context}.
   *
   * @param registry the readers to choose from
   * @param context what the rows are read against
   * @return a reader using {@code registry}, checking rows against {@code context}
   */
  public static MonitoringDataReader of(ReaderRegistry registry, ReadContext context) {
    return new MonitoringDataReader(registry, context);
  }

  /**
   * This reader, checking rows against {@code context}.
   *
   * @param context what the rows are read against
   * @return this reader, checking rows against {@code context}
   */
  public MonitoringDataReader with(ReadContext context) {
    return new MonitoringDataReader(registry, context);
  }

  /** {@return the context rows are checked against} */
  public ReadContext context() {
    return context;
  }

  /** {@return the readers used} */
  public ReaderRegistry registry() {
    return registry;
  }

  /**
   * The rows of {@code table} held by {@code input}, converted and checked.
   *
   * @param <T> the type of the value
   * @param input the file, folder, resource or bytes to read
   * @param table the table's name
   * @return the rows of {@code table} held by {@code input}, converted and checked
   */
  public <T> ReadResult<ImmutableList<T>> read(Input input, DataTable<T> table) {
    checkNotNull(input, "MonitoringDataReader.read: input must not be null");
    checkNotNull(table, "MonitoringDataReader.read: table must not be null");
    ReadResult<Optional<DatasetReader>> reader = registry.find(input);
    if (reader.value().isEmpty()) {
      return reader.map(r -> ImmutableList.of());
    }
    return table.read(reader.value().get(), input, context);
  }

  /**
   * The register of States and their standing (the {@code states} table).
   *
   * @param input the file, folder, resource or bytes to read
   * @return the register of States and their standing (the {@code states} table)
   */
  public ReadResult<Register> readRegister(Input input) {
    return read(input, DataTable.STATES).map(Register::of);
  }

  /**
   * The obligations of States Parties; the context's register names the States.
   *
   * @param input the file, folder, resource or bytes to read
   * @return the obligations of States Parties; the context's register names the States
   */
  public ReadResult<ImmutableList<Obligation>> readObligations(Input input) {
    return read(input, DataTable.OBLIGATIONS);
  }

  /**
   * The reported facts (the long format).
   *
   * @param input the file, folder, resource or bytes to read
   * @return the reported facts (the long format)
   */
  public ReadResult<ImmutableList<Fact>> readFacts(Input input) {
    return read(input, DataTable.FACTS);
  }

  /**
   * Meeting participation, as facts whose subject is the meeting.
   *
   * @param input the file, folder, resource or bytes to read
   * @return Meeting participation, as facts whose subject is the meeting
   */
  public ReadResult<ImmutableList<Fact>> readParticipation(Input input) {
    return read(input, DataTable.PARTICIPATION);
  }

  /**
   * Extension requests.
   *
   * @param input the file, folder, resource or bytes to read
   * @return Extension requests
   */
  public ReadResult<ImmutableList<ExtensionRequest>> readExtensionRequests(Input input) {
    return read(input, DataTable.EXTENSION_REQUESTS);
  }

  /**
   * What sources say of States' Article 7 reports: submitted on a day, by a day, or not yet on a day. The reports the
   * table lists get exact timeliness; the others stay unknown unless the dataset is said to record every submission
   * ({@code MonitoringDataset.submissionsComplete(true)}).
   *
   * @param input the file, folder, resource or bytes to read
   * @return what sources say of States' Article 7 reports: submitted on a day, by a day, or not yet on a day
   */
  public ReadResult<ImmutableList<ReportSubmission>> readSubmissions(Input input) {
    return read(input, DataTable.SUBMISSIONS);
  }

  /**
   * Published values.
   *
   * @param input the file, folder, resource or bytes to read
   * @return Published values
   */
  public ReadResult<ImmutableList<PublishedValue>> readPublishedValues(Input input) {
    return read(input, DataTable.PUBLISHED_VALUES);
  }

  /**
   * A whole dataset held in one input: in JSON and YAML an object of tables; in CSV the long format of facts, the
   * register and the rest coming from the context.
   *
   * @param input the file, folder, resource or bytes to read
   * @return a whole dataset held in one input: in JSON and YAML an object of tables; in CSV the long format of facts,
   *     the register and the rest coming from the context
   */
  public ReadResult<MonitoringDataset> readDataset(Input input) {
    ReadResult<Optional<DatasetReader>> reader = registry.find(input);
    if (reader.value().isEmpty()) {
      return reader.map(r -> EMPTY);
    }
    return DataTable.readDataset(reader.value().get(), input, context);
  }

  /**
   * A whole dataset from a folder holding one file per table ({@code states.csv}, {@code facts.json}, …, in any
   * registered format; see docs/formats.md), or from a single file. Every entry of the folder is either read or
   * reported: a file no reader reads, a file that is not a table, a second file for a table, a folder (tables in
   * subfolders are not read), a FIFO or device, a broken link or a loop of links, and a link that leads out of the
   * folder (not followed unless {@link ReadLimits#followLinksOutOfFolder()} says so) are each a failure of their own.
   *
   * @param folderOrFile a folder of tables or a single file
   * @return the dataset read, with every failure found
   */
  public ReadResult<MonitoringDataset> readDataset(Path folderOrFile) {
    checkNotNull(folderOrFile, "MonitoringDataReader.readDataset: folderOrFile must not be null");
    if (!Files.exists(folderOrFile)) {
      return ReadResult.failed(EMPTY, Failure.of(FailureKind.UNREADABLE, Location.of(folderOrFile.toString()),
          Files.isSymbolicLink(folderOrFile) ? "link to nothing, or a loop of links" : "no such file or folder", null,
          "a dataset file or a folder of tables"));
    }
    if (!Files.isDirectory(folderOrFile)) {
      return readDataset(Input.of(folderOrFile));
    }
    List<Path> entries;
    Path root;
    try (Stream<Path> list = Files.list(folderOrFile)) {
      entries = list.sorted().toList();
      root = folderOrFile.toRealPath();
    } catch (IOException | RuntimeException e) {
      return ReadResult.failed(EMPTY, Failure.of(FailureKind.UNREADABLE, Location.of(folderOrFile.toString()),
          "cannot list the folder", e.getMessage(), "a readable folder"));
    }
    List<Failure> failures = new ArrayList<>();
    Map<String, Input> inputs = new HashMap<>();
    for (Path entry : entries) {
      String name = entry.getFileName().toString();
      Optional<Failure> refused = refused(entry, name, root);
      if (refused.isPresent()) {
        failures.add(refused.get());
        continue;
      }
      Input input = Input.of(entry);
      String base = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
      if (registry.forInput(input).isEmpty()) {
        failures.add(registry.find(input).failures().get(0));
      } else if (!DatasetReader.TABLES.contains(base)) {
        failures.add(Failure.of(FailureKind.UNKNOWN_FIELD, Location.of(name), "file is not a table of a dataset; "
            + "it is not read", base, "one of " + DatasetReader.TABLES
                + DataTable.suggestion(base).map(x -> "; " + x).orElse("")));
      } else if (inputs.containsKey(base)) {
        failures.add(Failure.of(FailureKind.DUPLICATE, Location.of(name), "second file for the same table; it is "
            + "not read", name, "one file per table (" + inputs.get(base).name() + " is read)"));
      } else {
        inputs.put(base, input);
      }
    }
    if (!inputs.containsKey("states") && context.register().isEmpty()) {
      failures.add(Failure.of(FailureKind.MISSING_FIELD, Location.of(folderOrFile.toString()),
          "folder has no register (states table) and none was given", null, "a file such as states.csv"));
    }
    // Each file is read in the order of the tables and converted as it is read, its header checked by its table.
    return DataTable.readFiles(inputs, input -> registry.forInput(input).get(), context).withFailures(failures);
  }

  /** Why a folder entry is not read, checked before it is opened; empty for a regular file inside the folder. */
  private Optional<Failure> refused(Path entry, String name, Path root) {
    Location at = Location.of(name);
    if (Files.isSymbolicLink(entry)) {
      Path target;
      try {
        target = entry.toRealPath();
      } catch (IOException | RuntimeException e) {
        return Optional.of(Failure.of(FailureKind.UNREADABLE, at, "link to nothing, or a loop of links; it is not "
            + "read", name, "a file, or a link to a file in the folder"));
      }
      if (!target.startsWith(root) && !context.limits().followLinksOutOfFolder()) {
        return Optional.of(Failure.of(FailureKind.UNREADABLE, at, "link that leads out of the folder; it is not "
            + "followed", name, "a file in the folder (ReadLimits.followLinksOutOfFolder to follow such links)"));
      }
    }
    if (Files.isDirectory(entry)) {
      return Optional.of(Failure.of(FailureKind.WRONG_SHAPE, at, "a folder inside the dataset's folder; tables in "
          + "subfolders are not read", name, "the tables as files of the folder itself"));
    }
    if (!Files.isRegularFile(entry)) {
      return Optional.of(Failure.of(FailureKind.UNREADABLE, at, "not a regular file (a FIFO, a device or a socket); "
          + "it is not read", name, "a regular file"));
    }
    return Optional.empty();
  }
}
