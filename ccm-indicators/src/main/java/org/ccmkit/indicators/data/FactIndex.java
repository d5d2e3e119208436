package org.ccmkit.indicators.data;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The facts of a dataset arranged for counting: by cycle, then data element, then subject, each subject's facts
 * deduplicated and sorted by source, so that the order in which facts were given and any repetition of them change
 * nothing. Every subject of the dataset gets a dense index, in code order ({@link #subjects()}), and each data
 * element of each cycle its {@link ElementFacts}: the subjects reporting it and affirming it as {@link SubjectSet}s,
 * and each subject's facts and greatest number by index. Built once per dataset ({@link
 * MonitoringDataset#factIndex()}); immutable.
 */
public final class FactIndex {

  /** The data element area whose facts make a subject a delegation at the cycle's meeting. */
  public static final String MEETING_AREA = "meeting.";

  /** The order of a subject's facts: element, source, then value; total, so that sorting removes any input order. */
  static final Comparator<Fact> ORDER = Comparator.comparing(Fact::element)
      .thenComparing(f -> f.source().document())
      .thenComparing(f -> f.source().locator())
      .thenComparing(f -> f.value().type())
      .thenComparing(f -> f.value().asText())
      .thenComparing(Fact::subject)
      .thenComparing(Fact::cycle);

  private final ImmutableMap<String, ImmutableMap<String, ElementFacts>> byCycle;
  private final ImmutableMap<String, ImmutableMap<String, Fact>> meetingFacts;
  private final ImmutableSet<String> elements;
  private final ImmutableList<String> subjects;
  private final ImmutableMap<String, Integer> indexOf;
  /** Every subject of the index, as a set. */
  private final SubjectSet everyone;

  private FactIndex(ImmutableMap<String, ImmutableMap<String, ElementFacts>> byCycle,
      ImmutableMap<String, ImmutableMap<String, Fact>> meetingFacts, ImmutableSet<String> elements,
      ImmutableList<String> subjects, ImmutableMap<String, Integer> indexOf) {
    this.byCycle = byCycle;
    this.meetingFacts = meetingFacts;
    this.elements = elements;
    this.subjects = subjects;
    this.indexOf = indexOf;
    BitSet all = new BitSet(subjects.size());
    all.set(0, subjects.size());
    this.everyone = SubjectSet.of(all);
  }

  /**
   * The index of {@code facts}; its subjects are those the facts are about.
   *
   * @param facts the facts
   * @return the index of {@code facts}; its subjects are those the facts are about
   */
  public static FactIndex of(Iterable<Fact> facts) {
    return of(facts, ImmutableList.of());
  }

  /**
   * The index of {@code facts}, numbering besides the subjects they are about {@code otherSubjects} (a dataset's
   * States and extension requests, which are members of populations whether they report or not).
   *
   * @param facts the facts
   * @param otherSubjects the other subjects
   * @return the index of {@code facts}, numbering besides the subjects they are about {@code otherSubjects} (a
   *     dataset's States and extension requests, which are members of populations whether they report or not)
   */
  public static FactIndex of(Iterable<Fact> facts, Iterable<String> otherSubjects) {
    checkArgument(facts != null, "facts must not be null");
    checkArgument(otherSubjects != null, "otherSubjects must not be null");
    Map<String, Map<String, Map<String, List<Fact>>>> grouped = new HashMap<>();
    Set<String> subjectCodes = new HashSet<>();
    otherSubjects.forEach(subjectCodes::add);
    for (Fact f : facts) {
      subjectCodes.add(f.subject());
      grouped.computeIfAbsent(f.cycle(), c -> new HashMap<>())
          .computeIfAbsent(f.element(), e -> new HashMap<>())
          .computeIfAbsent(f.subject(), s -> new ArrayList<>(1))
          .add(f);
    }
    ImmutableList<String> subjects = ImmutableList.copyOf(sorted(subjectCodes));
    ImmutableMap.Builder<String, Integer> numbering = ImmutableMap.builderWithExpectedSize(subjects.size());
    for (int i = 0; i < subjects.size(); i++) {
      numbering.put(subjects.get(i), i);
    }
    ImmutableMap<String, Integer> indexOf = numbering.buildOrThrow();
    ImmutableMap.Builder<String, ImmutableMap<String, ElementFacts>> cycles =
        ImmutableMap.builderWithExpectedSize(grouped.size());
    ImmutableMap.Builder<String, ImmutableMap<String, Fact>> meetings = ImmutableMap.builder();
    ImmutableSet.Builder<String> elements = ImmutableSet.builder();
    for (String cycle : sorted(grouped.keySet())) {
      Map<String, Map<String, List<Fact>>> byElementGroups = grouped.get(cycle);
      ImmutableMap.Builder<String, ElementFacts> byElement =
          ImmutableMap.builderWithExpectedSize(byElementGroups.size());
      TreeMap<String, Fact> delegations = new TreeMap<>();
      for (String read : sorted(byElementGroups.keySet())) {
        // The key as the catalogues' readers give it (one instance for each key): the evaluator's lookups then find
        // an indicator's elements here by identity, not by comparing 30 or 40 letters.
        String element = read.intern();
        elements.add(element);
        Map<String, List<Fact>> bySubjectGroups = byElementGroups.get(element);
        ImmutableMap.Builder<String, ImmutableList<Fact>> bySubject =
            ImmutableMap.builderWithExpectedSize(bySubjectGroups.size());
        for (String subject : sorted(bySubjectGroups.keySet())) {
          ImmutableList<Fact> own = sortedDistinct(bySubjectGroups.get(subject));
          bySubject.put(subject, own);
          if (element.startsWith(MEETING_AREA)) {
            delegations.merge(subject, own.get(0), (a, b) -> ORDER.compare(a, b) <= 0 ? a : b);
          }
        }
        byElement.put(element, ElementFacts.of(bySubject.buildOrThrow(), indexOf));
      }
      cycles.put(cycle, byElement.buildOrThrow());
      meetings.put(cycle, ImmutableMap.copyOf(delegations));
    }
    return new FactIndex(cycles.buildOrThrow(), meetings.buildOrThrow(), elements.build(), subjects, indexOf);
  }

  private static List<String> sorted(Set<String> keys) {
    String[] array = keys.toArray(new String[0]);
    Arrays.sort(array);
    return Arrays.asList(array);
  }

  /** A subject's facts for one element in one cycle, in {@link #ORDER}, each once; most subjects report one. */
  private static ImmutableList<Fact> sortedDistinct(List<Fact> facts) {
    if (facts.size() == 1) {
      return ImmutableList.of(facts.get(0));
    }
    Fact[] array = facts.toArray(new Fact[0]);
    Arrays.sort(array, ORDER);
    ImmutableList.Builder<Fact> distinct = ImmutableList.builderWithExpectedSize(array.length);
    for (int i = 0; i < array.length; i++) {
      if (i == 0 || !array[i].equals(array[i - 1])) {
        distinct.add(array[i]);
      }
    }
    return distinct.build();
  }

  /**
   * The facts reported in the cycle of meeting {@code cycle} for data element {@code element}: subject → its facts,
   * subjects in code order, each subject's facts deduplicated and sorted by source.
   *
   * @param cycle the reporting cycle
   * @param element the data element's key
   * @return the facts reported in the cycle of meeting {@code cycle} for data element {@code element}: subject → its
   *     facts, subjects in code order, each subject's facts deduplicated and sorted by source
   */
  public ImmutableMap<String, ImmutableList<Fact>> facts(String cycle, String element) {
    return element(cycle, element).bySubject();
  }

  /**
   * The facts reported in the cycle of meeting {@code cycle} for data element {@code element}, by subject index.
   *
   * @param cycle the reporting cycle
   * @param element the data element's key
   * @return the facts reported in the cycle of meeting {@code cycle} for data element {@code element}, by subject index
   */
  public ElementFacts element(String cycle, String element) {
    ElementFacts e = elementsOf(cycle).get(element);
    return e == null ? ElementFacts.NONE : e;
  }

  /**
   * The facts reported in the cycle of meeting {@code cycle}, by data element key: what {@link #element} looks up, for
   * a caller that looks up many elements of one cycle; empty for a cycle no fact reports. An element missing from it
   * has the facts {@link ElementFacts#none()}.
   *
   * @param cycle the reporting cycle
   * @return the facts reported in the cycle of meeting {@code cycle}, by data element key
   */
  public ImmutableMap<String, ElementFacts> elementsOf(String cycle) {
    ImmutableMap<String, ElementFacts> c = byCycle.get(cycle);
    return c == null ? ImmutableMap.of() : c;
  }

  /** {@return every subject of the index, in code order: a subject's index is its position here} */
  public ImmutableList<String> subjects() {
    return subjects;
  }

  /** {@return every subject of the index, as a set: the subjects of indices 0 to {@code subjects().size() - 1}} */
  public SubjectSet everyone() {
    return everyone;
  }

  /**
   * The codes of the subjects of {@code set}, in code order.
   *
   * @param set subjects numbered by this index
   * @return the codes of the subjects of {@code set}, in code order
   */
  public ImmutableList<String> codesOf(SubjectSet set) {
    ImmutableList.Builder<String> codes = ImmutableList.builderWithExpectedSize(set.size());
    set.forEach(i -> codes.add(subjects.get(i)));
    return codes.build();
  }

  /**
   * The index of {@code subject}, or -1 if the index does not number it.
   *
   * @param subject the subject: a State's code or a meeting's id
   * @return the index of {@code subject}, or -1 if the index does not number it
   */
  public int indexOf(String subject) {
    Integer i = indexOf.get(subject);
    return i == null ? -1 : i;
  }

  /**
   * The facts {@code subject} reported in the cycle for {@code element}, deduplicated and sorted by source.
   *
   * @param cycle the reporting cycle
   * @param element the data element's key
   * @param subject the subject: a State's code or a meeting's id
   * @return the facts {@code subject} reported in the cycle for {@code element}, deduplicated and sorted by source
   */
  public ImmutableList<Fact> facts(String cycle, String element, String subject) {
    ImmutableList<Fact> facts = facts(cycle, element).get(subject);
    return facts == null ? ImmutableList.of() : facts;
  }

  /**
   * The delegations of the cycle's meeting: the subjects with any {@code meeting.*} fact in the cycle, in code order,
   * each with the first such fact.
   *
   * @param cycle the reporting cycle
   * @return the delegations of the cycle's meeting: the subjects with any {@code meeting.*} fact in the cycle, in code
   *     order, each with the first such fact
   */
  public ImmutableMap<String, Fact> delegations(String cycle) {
    ImmutableMap<String, Fact> d = meetingFacts.get(cycle);
    return d == null ? ImmutableMap.of() : d;
  }

  /**
   * Whether any fact of any cycle is reported for {@code element}.
   *
   * @param element the data element's key
   * @return whether any fact of any cycle is reported for {@code element}
   */
  public boolean hasElement(String element) {
    return elements.contains(element);
  }

  /** {@return every data element any fact is reported for, sorted} */
  public ImmutableSet<String> elements() {
    return elements;
  }

  /** {@return how many cycles and data elements it indexes} */
  @Override
  public String toString() {
    return "FactIndex: " + byCycle.size() + " cycles, " + elements.size() + " data elements";
  }
}
