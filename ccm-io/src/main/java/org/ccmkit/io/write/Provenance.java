package org.ccmkit.io.write;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.hash.Hashing;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Collectors;
import org.ccmkit.indicators.data.MonitoringDataset;
import org.ccmkit.indicators.report.ProgressReport;
import org.ccmkit.indicators.report.Series;
import org.ccmkit.indicators.result.Evaluation;
import org.ccmkit.io.Catalogues;
import org.ccmkit.model.calendar.ReportingCycle;
import org.ccmkit.model.plan.ActionPlan;
import org.immutables.value.Value;

/**
 * What produced an output, written at its head so that a figure read in a meeting document or received by a
 * statistical office can be traced and reproduced: the ccmkit version, the catalogue (its id and the date of the
 * document it is transcribed from), a SHA-256 digest of the dataset, and the cycles evaluated with the date each
 * cycle's populations are computed on. No clock is read: the dates are the cycles' own.
 *
 * <pre>{@code
 * Provenance p = Provenance.of(Catalogues.lausanne(), record.dataset(), report.cycle());
 * ProgressReportWriter.markdown(report, p);
 * }</pre>
 */
@Value.Immutable
public abstract class Provenance {

  /** Implemented in this package only (by the generated immutable class). */
  Provenance() {}

  /** The shipped catalogues' documents: the LAP's informal draft of 5 October 2020, the draft VCAP of 22 June 2026. */
  private static final Map<String, LocalDate> SHIPPED_CATALOGUE_DATES = Map.of(
      "LAP", LocalDate.of(2020, 10, 5), "VCAP", LocalDate.of(2026, 6, 22));

  /** {@return the ccmkit version that produced the output, e.g. {@code 0.1.0-SNAPSHOT}} */
  public abstract String libraryVersion();

  /** {@return the catalogue's (the action plan's) id, e.g. {@code LAP}} */
  public abstract String catalogueId();

  /**
   * The date of the document the catalogue is transcribed from; known for the shipped catalogues, empty for a
   * catalogue read from a user's file unless the caller gives it.
   *
   * @return the date of the document the catalogue is transcribed from; known for the shipped catalogues, empty for a
   *     catalogue read from a user's file unless the caller gives it
   */
  public abstract Optional<LocalDate> catalogueDate();

  /**
   * {@return the dataset's digest: {@code sha256:} and the hex SHA-256 of the dataset as {@link DatasetJsonWriter} writes it}
   */
  public abstract String datasetDigest();

  /**
   * {@return the cycles evaluated, in order; each cycle's populations are computed on its {@link ReportingCycle#date()}}
   */
  public abstract ImmutableList<ReportingCycle> cycles();

  /** {@return a builder} */
  public static ImmutableProvenance.Builder builder() {
    return ImmutableProvenance.builder();
  }

  /**
   * The provenance of results of {@code plan} evaluated on {@code dataset} for {@code cycles}.
   *
   * @param plan the action plan
   * @param dataset the monitoring dataset
   * @param cycles the reporting cycles
   * @return the provenance of results of {@code plan} evaluated on {@code dataset} for {@code cycles}
   */
  public static Provenance of(ActionPlan plan, MonitoringDataset dataset, Iterable<ReportingCycle> cycles) {
    checkArgument(plan != null, "Provenance: plan must not be null");
    checkArgument(dataset != null, "Provenance: dataset must not be null (plan %s)", plan.id());
    checkArgument(cycles != null, "Provenance: cycles must not be null (plan %s)", plan.id());
    return builder().libraryVersion(libraryVersionOfThisBuild()).catalogueId(plan.id())
        .catalogueDate(shippedCatalogueDate(plan)).datasetDigest(digest(dataset)).addAllCycles(cycles).build();
  }

  /**
   * The provenance of results of {@code plan} evaluated on {@code dataset} for one cycle.
   *
   * @param plan the action plan
   * @param dataset the monitoring dataset
   * @param cycle the reporting cycle
   * @return the provenance of results of {@code plan} evaluated on {@code dataset} for one cycle
   */
  public static Provenance of(ActionPlan plan, MonitoringDataset dataset, ReportingCycle cycle) {
    checkArgument(cycle != null, "Provenance: cycle must not be null");
    return of(plan, dataset, ImmutableList.of(cycle));
  }

  /**
   * The provenance of a progress report: its cycle, and the previous cycle it compares with.
   *
   * @param plan the action plan
   * @param dataset the monitoring dataset
   * @param report the kind of report
   * @return the provenance of a progress report: its cycle, and the previous cycle it compares with
   */
  public static Provenance of(ActionPlan plan, MonitoringDataset dataset, ProgressReport report) {
    checkArgument(report != null, "Provenance: report must not be null");
    ImmutableList.Builder<ReportingCycle> cycles = ImmutableList.builder();
    report.previousCycle().ifPresent(cycles::add);
    return of(plan, dataset, cycles.add(report.cycle()).build());
  }

  /**
   * The provenance of a series: every cycle it holds.
   *
   * @param plan the action plan
   * @param dataset the monitoring dataset
   * @param series the series
   * @return the provenance of a series: every cycle it holds
   */
  public static Provenance of(ActionPlan plan, MonitoringDataset dataset, Series series) {
    checkArgument(series != null, "Provenance: series must not be null");
    return of(plan, dataset, series.evaluations().stream().map(Evaluation::cycle).toList());
  }

  /** {@return the version of ccmkit on the class path, as the build recorded it} */
  public static String libraryVersionOfThisBuild() {
    return Version.VERSION;
  }

  /**
   * The SHA-256 digest of {@code dataset} as {@link DatasetJsonWriter} writes it: {@code sha256:} and 64 hex digits.
   *
   * @param dataset the monitoring dataset
   * @return the SHA-256 digest of {@code dataset} as {@link DatasetJsonWriter} writes it: {@code sha256:} and 64 hex
   *     digits
   */
  public static String digest(MonitoringDataset dataset) {
    checkArgument(dataset != null, "Provenance.digest: dataset must not be null");
    return "sha256:" + Hashing.sha256().hashString(DatasetJsonWriter.write(dataset), StandardCharsets.UTF_8);
  }

  /** {@return the cycles in words: {@code 13MSP (populations on 2025-04-30)}, several joined by {@code ; }} */
  public String cyclesInWords() {
    return cycles().stream().map(c -> c.meeting() + " (populations on " + c.date() + ")")
        .collect(Collectors.joining("; "));
  }

  /** {@return the catalogue in words: {@code LAP (document of 2020-10-05)} or {@code LAP (document date not given)}} */
  public String catalogueInWords() {
    return catalogueId() + catalogueDate().map(d -> " (document of " + d + ")").orElse(" (document date not given)");
  }

  /**
   * The provenance as named fields, in order: {@code producer}, {@code catalogue}, {@code catalogueDate} (where
   * known), {@code datasetDigest}, {@code cycles}, {@code evaluationDates}: what JSON writes as its {@code meta}.
   *
   * @return the provenance as named fields, in order: {@code producer}, {@code catalogue}, {@code catalogueDate}
   *     (where known), {@code datasetDigest}, {@code cycles}, {@code evaluationDates}: what JSON writes as its {@code
   *     meta}
   */
  public Map<String, String> fields() {
    Map<String, String> f = new LinkedHashMap<>();
    f.put("producer", "ccmkit " + libraryVersion());
    f.put("catalogue", catalogueId());
    catalogueDate().ifPresent(d -> f.put("catalogueDate", d.toString()));
    f.put("datasetDigest", datasetDigest());
    f.put("cycles", cycles().stream().map(ReportingCycle::meeting).collect(Collectors.joining(";")));
    f.put("evaluationDates", cycles().stream().map(c -> c.date().toString()).collect(Collectors.joining(";")));
    return java.util.Collections.unmodifiableMap(f);
  }

  /** {@return the provenance as a Markdown block quote, ending with a blank line} */
  public String markdown() {
    return "> Produced by ccmkit " + libraryVersion() + " from catalogue " + catalogueInWords() + " and dataset `"
        + datasetDigest() + "`; cycles " + cyclesInWords() + ".\n\n";
  }

  /** {@return the provenance as CSV comment lines ({@code # name: value}), for writers whose readers skip them} */
  public String csvComments() {
    return fields().entrySet().stream().map(e -> "# " + e.getKey() + ": " + e.getValue() + "\n")
        .collect(Collectors.joining());
  }

  /** Validates the attributes on construction; a failure names the field and the value. */
  @Value.Check
  protected void check() {
    checkArgument(!libraryVersion().isBlank(), "Provenance.libraryVersion must not be blank");
    checkArgument(!catalogueId().isBlank(), "Provenance.catalogueId must not be blank");
    checkArgument(datasetDigest().matches("sha256:[0-9a-f]{64}"),
        "Provenance.datasetDigest must be 'sha256:' and 64 hex digits, was '%s'", datasetDigest());
    checkArgument(!cycles().isEmpty(), "Provenance.cycles must name at least one cycle (catalogue %s)",
        catalogueId());
  }

  /** The shipped catalogue's document date, where {@code plan} is the shipped catalogue of its id. */
  private static Optional<LocalDate> shippedCatalogueDate(ActionPlan plan) {
    LocalDate date = SHIPPED_CATALOGUE_DATES.get(plan.id());
    boolean shipped = date != null && Catalogues.plans().stream().anyMatch(p -> p.equals(plan));
    return shipped ? Optional.of(date) : Optional.empty();
  }

  private static final class Version {
    static final String VERSION = load();

    private static String load() {
      try (InputStream in = Provenance.class.getResourceAsStream("ccmkit.properties")) {
        if (in == null) {
          throw new IllegalStateException("ccm-io is built without org/ccmkit/io/write/ccmkit.properties");
        }
        Properties p = new Properties();
        p.load(in);
        return p.getProperty("version");
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read ccm-io's version", e);
      }
    }
  }
}
