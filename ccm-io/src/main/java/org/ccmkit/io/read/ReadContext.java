package org.ccmkit.io.read;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import org.ccmkit.model.plan.ActionPlan;
import java.util.Optional;
import org.ccmkit.indicators.data.MonitoringDataset;
import org.ccmkit.model.calendar.Meeting;
import org.ccmkit.model.calendar.ReportingCycle;
import org.ccmkit.model.plan.Vocabulary;
import org.ccmkit.model.state.Register;
import org.immutables.value.Value;

/**
 * What a reader checks rows against, beyond their own shape: the register whose States are known (a State code it
 * does not list is a {@link FailureKind#UNKNOWN_STATE} failure), the vocabulary of data elements
 * ({@link FailureKind#UNKNOWN_DATA_ELEMENT}), the known meetings and reporting cycles ({@link
 * FailureKind#UNKNOWN_CYCLE}), and the limits to keep to. Each is optional: what is not given is not checked (a cycle
 * is then only checked to be a meeting's short name). When a dataset is read, the tables it holds take the place of
 * the context's.
 */
@Value.Immutable
public abstract class ReadContext {

  /** Implemented in this package only (by the generated immutable class). */
  ReadContext() {}

  /** {@return the register whose States are known} */
  public abstract Optional<Register> register();

  /** {@return the data elements that are known} */
  public abstract Optional<Vocabulary> vocabulary();

  /**
   * {@return the meetings that are known; none given means meetings are only checked by the shape of their short name}
   */
  public abstract ImmutableList<Meeting> meetings();

  /**
   * {@return the reporting cycles that are known; none given means cycles are only checked to be meetings' short names}
   */
  public abstract ImmutableList<ReportingCycle> cycles();

  /**
   * The indicator ids that are known (a published value naming another is an {@link FailureKind#UNKNOWN_REFERENCE});
   * none given means indicator ids are not checked.
   *
   * @return the indicator ids that are known (a published value naming another is an {@link
   *     FailureKind#UNKNOWN_REFERENCE}); none given means indicator ids are not checked
   */
  public abstract ImmutableSet<String> indicators();

  /** {@return the limits to keep to} */
  @Value.Default
  public ReadLimits limits() {
    return ReadLimits.defaults();
  }

  /** {@return a builder} */
  public static ImmutableReadContext.Builder builder() {
    return ImmutableReadContext.builder();
  }

  /** {@return No register, vocabulary, meetings or cycles; default limits} */
  public static ReadContext empty() {
    return builder().build();
  }

  /**
   * A context that checks rows against a dataset already held (its register, meetings and reporting cycles) and a
   * vocabulary of data elements; for example a user's facts against {@code Datasets.publishedRecord().dataset()} and
   * {@code Catalogues.dataElements()}.
   *
   * @param dataset the monitoring dataset
   * @param vocabulary the data elements known
   * @return a context that checks rows against a dataset already held (its register, meetings and reporting cycles)
   *     and a vocabulary of data elements; for example a user's facts against {@code
   *     Datasets.publishedRecord().dataset()} and {@code Catalogues.dataElements()}
   */
  public static ReadContext of(MonitoringDataset dataset, Vocabulary vocabulary) {
    Preconditions.checkNotNull(dataset, "ReadContext.of: dataset must not be null");
    Preconditions.checkNotNull(vocabulary, "ReadContext.of: vocabulary must not be null");
    return builder().register(dataset.register()).vocabulary(vocabulary).meetings(dataset.meetings())
        .cycles(dataset.cycles()).build();
  }

  /**
   * This context, knowing the indicators of {@code plans}.
   *
   * @param plans the plans
   * @return this context, knowing the indicators of {@code plans}
   */
  public ReadContext withPlans(Iterable<ActionPlan> plans) {
    ImmutableSet.Builder<String> ids = ImmutableSet.builder();
    plans.forEach(p -> p.indicators().forEach(i -> ids.add(i.id())));
    return builder().from(this).indicators(ids.build()).build();
  }

  /**
   * This context with {@code register}.
   *
   * @param register the depositary's register
   * @return this context with {@code register}
   */
  public ReadContext withRegister(Register register) {
    return builder().from(this).register(register).build();
  }

  /**
   * This context with {@code meetings} instead of its own.
   *
   * @param meetings the meetings
   * @return this context with {@code meetings} instead of its own
   */
  public ReadContext withMeetings(Iterable<Meeting> meetings) {
    return builder().from(this).meetings(meetings).build();
  }

  /**
   * This context with {@code cycles} instead of its own.
   *
   * @param cycles the reporting cycles
   * @return this context with {@code cycles} instead of its own
   */
  public ReadContext withCycles(Iterable<ReportingCycle> cycles) {
    return builder().from(this).cycles(cycles).build();
  }

  /** {@return what rows are checked against: register, vocabulary, meetings and cycles, where given} */
  @Override
  public String toString() {
    return "ReadContext: " + register().map(r -> r.standings().size() + " States").orElse("no register") + ", "
        + vocabulary().map(v -> v.elements().size() + " data elements").orElse("no vocabulary") + ", "
        + meetings().size() + " meetings, " + cycles().size() + " cycles";
  }
}
