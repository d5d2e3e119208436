package org.ccmkit.indicators.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A population result whose subjects are built on first use is the result built with them, once they are read. */
class DeferredPopulationResultTest {

  private static final ImmutableList<SubjectEntry> SUBJECTS = ImmutableList.of(entry("AFG"), entry("LAO"),
      entry("LBN"));

  private static SubjectEntry entry(String subject) {
    return SubjectEntry.builder().subject(subject).outcome(SubjectOutcome.COUNTED)
        .addReasons(Reason.of("State Party")).build();
  }

  @Test
  void countCodesAndMembershipAreKnownWithoutBuildingTheSubjects() {
    AtomicInteger built = new AtomicInteger();
    PopulationResult p = PopulationResult.deferred(PopulationCode.NUMERATOR, 3,
        () -> ImmutableList.of("AFG", "LAO", "LBN"), () -> {
          built.incrementAndGet();
          return SUBJECTS;
        });
    assertEquals(3, p.count());
    assertEquals(List.of("AFG", "LAO", "LBN"), p.subjectCodes());
    assertTrue(p.contains("LAO"));
    assertFalse(p.contains("KHM"));
    assertEquals(PopulationCode.NUMERATOR.code() + " (3): [AFG, LAO, LBN]", p.toString());
    assertEquals(0, built.get());
    assertSame(SUBJECTS, p.subjects());
    assertSame(SUBJECTS, p.subjects());
    assertEquals(1, built.get());
  }

  @Test
  void subjectsReadFirstGiveTheCodesWithoutAskingTheSourceAgainAndCodesAreKeptOnceBuilt() {
    AtomicInteger codesAsked = new AtomicInteger();
    AtomicInteger built = new AtomicInteger();
    PopulationResult p = PopulationResult.deferred(PopulationCode.DENOMINATOR, 3, () -> {
      codesAsked.incrementAndGet();
      return ImmutableList.of("AFG", "LAO", "LBN");
    }, () -> {
      built.incrementAndGet();
      return SUBJECTS;
    });
    assertSame(SUBJECTS, p.subjects());
    ImmutableList<String> codes = p.subjectCodes();
    assertEquals(List.of("AFG", "LAO", "LBN"), codes);
    assertSame(codes, p.subjectCodes());
    assertSame(SUBJECTS, p.subjects());
    assertEquals(0, codesAsked.get());
    assertEquals(1, built.get());
    assertEquals(PopulationResult.of(PopulationCode.DENOMINATOR, SUBJECTS), p);
  }

  @Test
  void anEmptyPopulationIsOneSharedValueForEachCodeEqualToAnyOtherEmptyOne() {
    PopulationResult empty = PopulationResult.of(PopulationCode.NO_DATA, ImmutableList.of());
    assertSame(empty, PopulationResult.of(PopulationCode.NO_DATA, List.of()));
    assertEquals(PopulationResult.deferred(PopulationCode.NO_DATA, 0, ImmutableList::of, ImmutableList::of), empty);
    assertFalse(empty.equals(PopulationResult.of(PopulationCode.NUMERATOR, ImmutableList.of())));
    assertEquals(List.of(), empty.subjectCodes());
    assertEquals(0, empty.count());
  }

  @Test
  void theResultsOfOneSourceEachAskItForTheirOwnSubjectsByCode() {
    AtomicInteger codesAsked = new AtomicInteger();
    AtomicInteger subjectsAsked = new AtomicInteger();
    PopulationResult.Source source = new PopulationResult.Source() {
      @Override
      public ImmutableList<String> subjectCodes(PopulationCode code) {
        codesAsked.incrementAndGet();
        return code == PopulationCode.NUMERATOR ? ImmutableList.of("LAO") : ImmutableList.of("AFG", "LAO", "LBN");
      }

      @Override
      public ImmutableList<SubjectEntry> subjects(PopulationCode code) {
        subjectsAsked.incrementAndGet();
        return code == PopulationCode.NUMERATOR ? SUBJECTS.subList(1, 2) : SUBJECTS;
      }
    };
    PopulationResult denominator = PopulationResult.deferred(PopulationCode.DENOMINATOR, 3, source);
    PopulationResult numerator = PopulationResult.deferred(PopulationCode.NUMERATOR, 1, source);
    assertEquals(1, numerator.count());
    assertEquals(List.of("LAO"), numerator.subjectCodes());
    assertEquals(List.of("AFG", "LAO", "LBN"), denominator.subjectCodes());
    assertEquals(List.of("AFG", "LAO", "LBN"), denominator.subjectCodes());
    assertEquals(2, codesAsked.get());
    assertEquals(0, subjectsAsked.get());
    assertEquals(PopulationResult.of(PopulationCode.NUMERATOR, SUBJECTS.subList(1, 2)), numerator);
    assertEquals(PopulationResult.of(PopulationCode.DENOMINATOR, SUBJECTS), denominator);
    assertSame(SUBJECTS, denominator.subjects());
    assertEquals(2, subjectsAsked.get());
    IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
        () -> PopulationResult.deferred(PopulationCode.NUMERATOR, 1, (PopulationResult.Source) null));
    assertEquals("PopulationResult.source must not be null (code " + PopulationCode.NUMERATOR + ")",
        none.getMessage());
  }

  @Test
  void equalsAndHashesAsTheResultBuiltWithTheSameSubjects() {
    PopulationResult eager = PopulationResult.of(PopulationCode.DENOMINATOR, SUBJECTS);
    PopulationResult deferred = PopulationResult.deferred(PopulationCode.DENOMINATOR, 3,
        () -> ImmutableList.of("AFG", "LAO", "LBN"), () -> SUBJECTS);
    assertEquals(eager, deferred);
    assertEquals(deferred, eager);
    assertEquals(eager.hashCode(), deferred.hashCode());
    assertFalse(deferred.equals(PopulationResult.of(PopulationCode.NUMERATOR, SUBJECTS)));
    assertFalse(deferred.equals(PopulationResult.of(PopulationCode.DENOMINATOR, SUBJECTS.subList(0, 2))));
  }

  @Test
  void manyThreadsReadingAtOnceBuildTheSubjectsOnce() throws Exception {
    AtomicInteger built = new AtomicInteger();
    PopulationResult p = PopulationResult.deferred(PopulationCode.INITIAL_POPULATION, 3,
        () -> ImmutableList.of("AFG", "LAO", "LBN"), () -> {
          built.incrementAndGet();
          return ImmutableList.copyOf(SUBJECTS);
        });
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<ImmutableList<SubjectEntry>>> reads = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        reads.add(pool.submit(() -> {
          start.await();
          return p.subjects();
        }));
      }
      start.countDown();
      ImmutableList<SubjectEntry> first = reads.get(0).get();
      for (Future<ImmutableList<SubjectEntry>> r : reads) {
        assertSame(first, r.get());
      }
    } finally {
      pool.shutdown();
    }
    assertEquals(1, built.get());
  }

  @Test
  void subjectsOtherThanPromisedAreRefusedWhenBuilt() {
    PopulationResult tooFew = PopulationResult.deferred(PopulationCode.NUMERATOR, 4,
        () -> ImmutableList.of("AFG", "LAO", "LBN", "LSO"), () -> SUBJECTS);
    IllegalStateException few = assertThrows(IllegalStateException.class, tooFew::subjects);
    assertEquals("PopulationResult " + PopulationCode.NUMERATOR + " was to have 4 subjects, was given 3", few.getMessage());
    PopulationResult unsorted = PopulationResult.deferred(PopulationCode.NUMERATOR, 3,
        () -> ImmutableList.of("AFG", "LAO", "LBN"), () -> SUBJECTS.reverse());
    IllegalStateException order = assertThrows(IllegalStateException.class, unsorted::subjects);
    assertEquals("PopulationResult " + PopulationCode.NUMERATOR
        + " was given its subjects out of order or twice: LBN before LAO",
        order.getMessage());
    IllegalArgumentException negative = assertThrows(IllegalArgumentException.class,
        () -> PopulationResult.deferred(PopulationCode.NUMERATOR, -1, ImmutableList::of, ImmutableList::of));
    assertEquals("PopulationResult.count must not be negative, was -1 (code " + PopulationCode.NUMERATOR + ")", negative.getMessage());
  }
}
