package org.ccmkit.indicators;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.ccmkit.indicators.data.ElementFacts;
import org.ccmkit.indicators.data.Fact;
import org.ccmkit.indicators.data.SubjectSet;
import org.ccmkit.indicators.result.ImmutableSubjectEntry;
import org.ccmkit.indicators.result.Reason;
import org.ccmkit.indicators.result.SubjectEntry;
import org.ccmkit.indicators.result.SubjectOutcome;

/**
 * The explanation of each subject of an evaluation, read from the facts of the indicator's data elements by the
 * subject's index: its facts (the qualifier's first, then each element's in the indicator's order, then those of the
 * rule's exclusion and exception), the elements it did not affirm, and what it adds to a sum; and, for a set of
 * subjects, what their facts say as a whole (a period, loose evidence) without building their entries.
 */
final class SubjectEntries {

  private final ImmutableList<String> elements;
  private final Optional<Qualifier> qualifier;
  private final ElementFacts[] facts;
  private final ElementFacts[] exemptions;
  /** The qualifier's, the elements' and the exemptions' facts: a subject's facts in its entry's order. */
  private final ElementFacts[] all;
  private final SubjectQuantity quantity;
  /** Whether any subject has a loose fact among these facts: if none has, no set of subjects need be asked. */
  private final boolean anyLoose;
  /** Whether any subject has a fact of a period among these facts. */
  private final boolean anyOfPeriod;

  /**
   * The entries of subjects counted over {@code elements}, whose facts are {@code facts}; the facts of {@code
   * qualifier}, the population's qualifier if it has one, are listed first; {@code exemptions} are the facts of the
   * rule's numerator exclusion and denominator exception, listed after the elements'.
   */
  SubjectEntries(ImmutableList<String> elements, Optional<Qualifier> qualifier, ElementFacts[] facts,
      ElementFacts[] exemptions, SubjectQuantity quantity) {
    this.elements = elements;
    this.qualifier = qualifier;
    this.facts = facts;
    this.exemptions = exemptions;
    int first = qualifier.isPresent() ? 1 : 0;
    if (first + exemptions.length == 0) {
      this.all = facts;
    } else {
      this.all = new ElementFacts[first + facts.length + exemptions.length];
      qualifier.ifPresent(q -> all[0] = q.facts);
      System.arraycopy(facts, 0, all, first, facts.length);
      System.arraycopy(exemptions, 0, all, first + facts.length, exemptions.length);
    }
    this.quantity = quantity;
    this.anyLoose = Arrays.stream(all).anyMatch(e -> !e.loose().isEmpty());
    this.anyOfPeriod = Arrays.stream(all).anyMatch(e -> !e.ofPeriod().isEmpty());
  }

  /** {@return whether any subject has a loose fact among these facts: else {@link #looseFacts} is empty for any set} */
  boolean anyLoose() {
    return anyLoose;
  }

  /** {@return whether any subject has a fact of a period among these facts: else {@link #periodOf} is empty} */
  boolean anyOfPeriod() {
    return anyOfPeriod;
  }

  /** The entry of the subject of index {@code index}, counted over the elements. */
  SubjectEntry of(String subject, Optional<String> name, int index, SubjectOutcome outcome,
      ImmutableList<Reason> reasons) {
    return ImmutableSubjectEntry.of(subject, name, outcome, reasons, factsOf(index), unmetElements(index),
        quantity.of(facts, index));
  }

  /**
   * The entry of the subject of index {@code index}, which the qualifier left out: its facts for the qualifier, every
   * element unmet.
   */
  SubjectEntry excluded(String subject, Optional<String> name, int index, ImmutableList<Reason> reasons) {
    return ImmutableSubjectEntry.of(subject, name, SubjectOutcome.EXCLUDED, reasons,
        qualifier.map(q -> q.facts.factsOf(index)).orElse(ImmutableList.of()), elements, Optional.empty());
  }

  /**
   * The facts of the subjects of {@code subjects} that evidence the indicator only {@linkplain Fact#loose() loosely},
   * in the order of their entries' facts.
   */
  ImmutableList<Fact> looseFacts(SubjectSet subjects) {
    if (!anyLoose || !anyHas(ElementFacts::loose, subjects)) {
      return ImmutableList.of();
    }
    ImmutableList.Builder<Fact> loose = ImmutableList.builder();
    subjects.forEach(i -> eachFact(i, f -> {
      if (f.loose()) {
        loose.add(f);
      }
      return true;
    }));
    return loose.build();
  }

  /**
   * The period of the first fact of a period (rather than of the cycle) among the facts of the subjects of {@code
   * subjects}, in the order of their entries' facts.
   */
  Optional<String> periodOf(SubjectSet subjects) {
    if (!anyOfPeriod || !anyHas(ElementFacts::ofPeriod, subjects)) {
      return Optional.empty();
    }
    List<String> found = new ArrayList<>(1);
    subjects.forEach(i -> {
      if (found.isEmpty()) {
        eachFact(i, f -> {
          f.period().ifPresent(found::add);
          return found.isEmpty();
        });
      }
    });
    return found.stream().findFirst();
  }

  /** The sum of the quantities of the subjects of {@code subjects}, as their entries give them. */
  BigDecimal quantityOf(SubjectSet subjects) {
    return quantity.sum(facts, subjects);
  }

  /** Whether a subject of {@code subjects} is among those that {@code which} gives of any of the facts. */
  private boolean anyHas(Function<ElementFacts, SubjectSet> which, SubjectSet subjects) {
    for (ElementFacts e : all) {
      if (which.apply(e).intersects(subjects)) {
        return true;
      }
    }
    return false;
  }

  private ImmutableList<Fact> factsOf(int index) {
    if (all.length == 1) {
      return all[0].factsOf(index);
    }
    ImmutableList.Builder<Fact> own = ImmutableList.builder();
    eachFact(index, f -> {
      own.add(f);
      return true;
    });
    return own.build();
  }

  /**
   * Gives each fact of the subject of index {@code index} to {@code action}, in its entry's order, while {@code action}
   * returns true.
   */
  private void eachFact(int index, Predicate<Fact> action) {
    for (ElementFacts e : all) {
      for (Fact f : e.factsOf(index)) {
        if (!action.test(f)) {
          return;
        }
      }
    }
  }

  private ImmutableList<String> unmetElements(int index) {
    int unmet = 0;
    for (ElementFacts e : facts) {
      unmet += e.affirming().contains(index) ? 0 : 1;
    }
    if (unmet == 0 || unmet == facts.length) {
      return unmet == 0 ? ImmutableList.of() : elements;
    }
    ImmutableList.Builder<String> part = ImmutableList.builder();
    for (int i = 0; i < facts.length; i++) {
      if (!facts[i].affirming().contains(index)) {
        part.add(elements.get(i));
      }
    }
    return part.build();
  }
}
