package org.ccmkit.indicators.data;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableTable;
import com.google.common.collect.Multimaps;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.ccmkit.model.calendar.Meeting;
import org.ccmkit.model.calendar.ReportingCycle;
import org.ccmkit.model.obligation.Obligation;
import org.ccmkit.model.state.Register;
import org.immutables.value.Value;

/**
 * Everything the evaluator evaluates: the register of States and their standing, their obligations, the reporting
 * cycles, the facts reported in each cycle, extension requests, the values documents published, and State attributes
 * (such as region) to stratify by. Immutable; indexes are built once, on first use.
 */
@Value.Immutable
public abstract class MonitoringDataset {

  /** The States and their standing. States not party may be listed with no instrument. */
  public abstract Register register();

  /** The obligations of States Parties. */
  public abstract ImmutableList<Obligation> obligations();

  /** The meetings. */
  public abstract ImmutableList<Meeting> meetings();

  /** The reporting cycles the data covers, in order. */
  public abstract ImmutableList<ReportingCycle> cycles();

  /** The reported facts. */
  public abstract ImmutableList<Fact> facts();

  /** Extension requests. */
  public abstract ImmutableList<ExtensionRequest> extensionRequests();

  /** Values documents published for indicators. */
  public abstract ImmutableList<PublishedValue> publishedValues();

  /** State attributes: (ISO code, attribute name) → value, e.g. ({@code LAO}, {@code region}) → {@code Asia}. */
  @Value.Default
  public ImmutableTable<String, String, String> stateAttributes() {
    return ImmutableTable.of();
  }

  /** A builder. */
  public static ImmutableMonitoringDataset.Builder builder() {
    return ImmutableMonitoringDataset.builder();
  }

  /** The cycle of the meeting with short name {@code meeting}. */
  public Optional<ReportingCycle> cycle(String meeting) {
    return cycles().stream().filter(c -> c.meeting().equals(meeting)).findFirst();
  }

  /** The facts indexed by cycle (the meeting's short name). */
  @Value.Lazy
  public ImmutableListMultimap<String, Fact> factsByCycle() {
    return Multimaps.index(facts(), Fact::cycle);
  }

  /** The obligations indexed by State code. */
  @Value.Lazy
  public ImmutableListMultimap<String, Obligation> obligationsByState() {
    return Multimaps.index(obligations(), o -> o.state().code());
  }

  /**
   * The facts by cycle, data element and subject, deduplicated and sorted by source, as the evaluator reads them.
   */
  @Value.Lazy
  public FactIndex factIndex() {
    return FactIndex.of(facts());
  }

  /** The extension requests by {@linkplain ExtensionRequest#id() id}. */
  @Value.Lazy
  public ImmutableMap<String, ExtensionRequest> extensionRequestsById() {
    ImmutableMap.Builder<String, ExtensionRequest> b = ImmutableMap.builder();
    extensionRequests().forEach(r -> b.put(r.id(), r));
    return b.buildOrThrow();
  }

  /**
   * The extension requests {@code state} submitted under {@code article} at meetings held up to the year of
   * {@code date} (a meeting's month is not known), in the order the dataset gives them.
   */
  public ImmutableList<ExtensionRequest> extensionRequests(String state, int article, LocalDate date) {
    return extensionRequests().stream()
        .filter(r -> r.state().equals(state) && r.article() == article)
        .filter(r -> meetings().stream().filter(m -> m.id().equals(r.meeting())).findFirst()
            .map(m -> m.year() <= date.getYear()).orElse(true))
        .collect(ImmutableList.toImmutableList());
  }

  /** The published values indexed by indicator id. */
  @Value.Lazy
  public ImmutableListMultimap<String, PublishedValue> publishedByIndicator() {
    ImmutableListMultimap.Builder<String, PublishedValue> b = ImmutableListMultimap.builder();
    publishedValues().forEach(p -> p.indicator().ifPresent(i -> b.put(i, p)));
    return b.build();
  }

  /** Validates the attributes on construction; a failure names the field and the value. */
  @Value.Check
  protected void check() {
    Set<String> cycleIds = new HashSet<>();
    cycles().forEach(c -> checkArgument(cycleIds.add(c.meeting()), "MonitoringDataset lists cycle %s twice",
        c.meeting()));
    Set<String> requestIds = new HashSet<>();
    extensionRequests().forEach(r -> checkArgument(requestIds.add(r.id()),
        "MonitoringDataset lists extension request %s twice", r.id()));
    for (Obligation o : obligations()) {
      checkArgument(register().standing(o.state().code()).isPresent(),
          "MonitoringDataset obligation of %s (%s) is for a State the register does not list", o.state().code(),
          o.description());
    }
  }
}
