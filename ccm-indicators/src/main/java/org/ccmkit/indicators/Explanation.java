package org.ccmkit.indicators;

import com.google.common.collect.ImmutableList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ccmkit.indicators.data.FactIndex;
import org.ccmkit.indicators.data.MonitoringDataset;
import org.ccmkit.indicators.data.SubjectSet;
import org.ccmkit.indicators.result.PopulationCode;
import org.ccmkit.indicators.result.PopulationResult;
import org.ccmkit.indicators.result.Reason;
import org.ccmkit.indicators.result.SubjectEntry;
import org.ccmkit.indicators.result.SubjectOutcome;

/**
 * Why each subject of an evaluation is where it is: the evaluation's populations, whose codes and counts are known from
 * the sets (the evaluation makes their results from them when they are first read), and whose subject entries this
 * builds, all at once and once, the first time any is read, from any thread, so that a subject's entry is the same
 * object in every population it is in.
 */
abstract class Explanation implements PopulationResult.Deferred {

  /** The entries of each population, once built; read without the lock, written under it. */
  private volatile Map<PopulationCode, ImmutableList<SubjectEntry>> built;

  Explanation() {}

  /** {@return the dataset's facts, which number the subjects} */
  abstract FactIndex index();

  /**
   * The explanation of an indicator without a population: {@code reporting} are those that reported any of {@code
   * elements} in the cycle of {@code meeting}, of whom {@code counted} are counted.
   */
  static Explanation ofReporting(SubjectSet reporting, SubjectSet counted, List<String> elements, String meeting,
      SubjectEntries entries, MonitoringDataset dataset) {
    return new OfReporting(reporting, counted, elements, meeting, entries, dataset);
  }

  /** The populations of an indicator without a population: whoever reported, and those counted. */
  private static final ImmutableList<PopulationCode> REPORTING =
      ImmutableList.of(PopulationCode.INITIAL_POPULATION, PopulationCode.NUMERATOR);

  /** The subjects of population {@code code}, as a set of the dataset's. */
  abstract SubjectSet subjectsOf(PopulationCode code);



  /** Builds the entries of every population. */
  abstract Map<PopulationCode, ImmutableList<SubjectEntry>> build();

  /** {@code reasons} and then {@code more}. */
  static ImmutableList<Reason> with(ImmutableList<Reason> reasons, Reason more) {
    return ImmutableList.<Reason>builderWithExpectedSize(reasons.size() + 1).addAll(reasons).add(more).build();
  }

  @Override
  public ImmutableList<String> subjectCodes(PopulationCode code) {
    return index().codesOf(subjectsOf(code));
  }

  @Override
  public ImmutableList<SubjectEntry> subjects(PopulationCode code) {
    Map<PopulationCode, ImmutableList<SubjectEntry>> entries = built;
    if (entries == null) {
      synchronized (this) {
        entries = built;
        if (entries == null) {
          entries = build();
          built = entries;
        }
      }
    }
    return entries.get(code);
  }

  /** Without a population: whoever reported, counted or not. */
  private static final class OfReporting extends Explanation {

    private final SubjectSet reporting;
    private final SubjectSet counted;
    private final List<String> elements;
    private final String meeting;
    private final SubjectEntries entries;
    private final MonitoringDataset dataset;

    OfReporting(SubjectSet reporting, SubjectSet counted, List<String> elements, String meeting,
        SubjectEntries entries, MonitoringDataset dataset) {
      this.reporting = reporting;
      this.counted = counted;
      this.elements = elements;
      this.meeting = meeting;
      this.entries = entries;
      this.dataset = dataset;
    }

    @Override
    SubjectSet subjectsOf(PopulationCode code) {
      return code == PopulationCode.NUMERATOR ? counted : reporting;
    }

    @Override
    public int count(PopulationCode code) {
      return subjectsOf(code).size();
    }

    @Override
    FactIndex index() {
      return dataset.factIndex();
    }

    @Override
    public ImmutableList<PopulationCode> codes() {
      return REPORTING;
    }

    @Override
    Map<PopulationCode, ImmutableList<SubjectEntry>> build() {
      FactIndex index = dataset.factIndex();
      ImmutableList<Reason> reported =
          ImmutableList.of(Reason.of("Reported " + String.join(" or ", elements) + " in the " + meeting + " cycle"));
      ImmutableList.Builder<SubjectEntry> all = ImmutableList.builderWithExpectedSize(reporting.size());
      ImmutableList.Builder<SubjectEntry> numerator = ImmutableList.builderWithExpectedSize(counted.size());
      reporting.forEach(i -> {
        String subject = index.subjects().get(i);
        Optional<String> name = dataset.register().standing(subject).map(s -> s.state().name());
        SubjectEntry entry = entries.of(subject, name, i,
            counted.contains(i) ? SubjectOutcome.COUNTED : SubjectOutcome.NOT_COUNTED, reported);
        all.add(entry);
        if (counted.contains(i)) {
          numerator.add(entry);
        }
      });
      Map<PopulationCode, ImmutableList<SubjectEntry>> built = new EnumMap<>(PopulationCode.class);
      built.put(PopulationCode.INITIAL_POPULATION, all.build());
      built.put(PopulationCode.NUMERATOR, numerator.build());
      return built;
    }
  }
}
