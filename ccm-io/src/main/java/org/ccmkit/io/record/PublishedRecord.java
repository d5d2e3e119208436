package org.ccmkit.io.record;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import org.ccmkit.indicators.data.MonitoringDataset;

/**
 * The monitoring record of 2022–2025 as the documents published it: a {@link MonitoringDataset} the evaluator can
 * work on (register, obligations the documents establish, meetings, the 10MSP–13MSP cycles, extension requests and
 * every published indicator value), plus what does not fit an indicator: statements about named States, meeting-level
 * participation figures and the ISU contribution table. Every entry carries its source.
 *
 * @param dataset the dataset to evaluate
 * @param statements what the documents say of named States
 * @param meetingFigures participation figures per meeting
 * @param isuContributions the ISU contribution table by year
 */
public record PublishedRecord(MonitoringDataset dataset, ImmutableList<StateStatement> statements,
    ImmutableList<MeetingFigure> meetingFigures, ImmutableList<IsuContribution> isuContributions) {

  /**
   * The statements of one kind, e.g. {@link StatementKind#INITIAL_REPORT_OVERDUE}, in the order the documents give
   * them.
   *
   * @param kind the kind
   * @return the statements of one kind, in the order the documents give them
   */
  public ImmutableList<StateStatement> statements(StatementKind kind) {
    checkArgument(kind != null, "kind must be one of StatementKind's constants, was null");
    return statements.stream().filter(s -> s.kind() == kind).collect(ImmutableList.toImmutableList());
  }

  /** {@return a summary: the dataset's, then how many statements, meeting figures and ISU contributions it holds} */
  @Override
  public String toString() {
    return "PublishedRecord: " + dataset + "; " + statements.size() + " statements about named States, "
        + meetingFigures.size() + " meeting figures, " + isuContributions.size() + " ISU contributions";
  }
}
