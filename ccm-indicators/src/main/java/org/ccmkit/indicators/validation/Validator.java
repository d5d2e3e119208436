package org.ccmkit.indicators.validation;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.ccmkit.indicators.data.Fact;
import org.ccmkit.indicators.data.MonitoringDataset;
import org.ccmkit.model.SourceRef;

/**
 * Checks {@link ValidationRule}s against a dataset's facts: for each rule, every (subject, cycle) with a fact for one
 * of its elements, in subject then cycle order. A value is a fact's number, or 1 and 0 for {@code true} and
 * {@code false}; an element whose sources give different values, or a value that is not a number, is not summed: the
 * check is skipped and says why. Pure: no I/O, no clock.
 */
public final class Validator {

  private Validator() {}

  /**
   * Checks {@code rules} against {@code dataset}.
   *
   * @param dataset the monitoring dataset
   * @param rules the rules
   * @return the validation result
   */
  public static ValidationResult validate(MonitoringDataset dataset, List<ValidationRule> rules) {
    checkArgument(dataset != null, "dataset must not be null");
    checkArgument(rules != null, "rules must not be null");
    Map<SubjectCycle, Map<String, List<Fact>>> facts = new TreeMap<>();
    for (Fact f : dataset.facts()) {
      facts.computeIfAbsent(new SubjectCycle(f.subject(), f.cycle()), k -> new TreeMap<>())
          .computeIfAbsent(f.element(), k -> new ArrayList<>()).add(f);
    }
    int checks = 0;
    int passed = 0;
    List<ValidationFailure> failures = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    for (ValidationRule rule : rules) {
      Set<String> elements = new LinkedHashSet<>(rule.left().elements());
      elements.addAll(rule.right().elements());
      rule.when().ifPresent(elements::add);
      for (Map.Entry<SubjectCycle, Map<String, List<Fact>>> e : facts.entrySet()) {
        Map<String, List<Fact>> byElement = e.getValue();
        if (elements.stream().noneMatch(byElement::containsKey)) {
          continue;
        }
        String subject = e.getKey().subject();
        String cycle = e.getKey().cycle();
        String where = "rule " + rule.id() + ", " + subject + " " + cycle + ": ";
        if (rule.when().isPresent() && byElement.getOrDefault(rule.when().get(), List.of()).stream()
            .noneMatch(f -> f.value().isAffirmative())) {
          skipped.add(where + "does not apply: no affirmative fact for " + rule.when().get());
          continue;
        }
        Evaluated left = evaluate(rule.left(), byElement);
        Evaluated right = evaluate(rule.right(), byElement);
        Optional<String> skip = left.skip.or(() -> right.skip);
        if (skip.isPresent()) {
          skipped.add(where + skip.get());
          continue;
        }
        checks++;
        List<SourceRef> sources = new ArrayList<>(left.sources);
        right.sources.stream().filter(s -> !sources.contains(s)).forEach(sources::add);
        List<String> missing = new ArrayList<>(left.missing);
        missing.addAll(right.missing);
        if (!missing.isEmpty()) {
          failures.add(ValidationFailure.builder().rule(rule).subject(subject).cycle(cycle).left(left.value)
              .right(right.value).sources(sources).violated(false)
              .message("no value for " + String.join(", ", missing) + ", which the rule '" + rule.description()
                  + "' needs (never skipped)").build());
        } else if (rule.operator().holds(left.value.get(), right.value.get())) {
          passed++;
        } else {
          failures.add(ValidationFailure.builder().rule(rule).subject(subject).cycle(cycle).left(left.value)
              .right(right.value).sources(sources).violated(true)
              .message("'" + rule.description() + "' does not hold: " + rule.left() + " = "
                  + left.value.get().toPlainString() + " is not " + rule.operator().symbol() + " " + rule.right()
                  + " = " + right.value.get().toPlainString()).build());
        }
      }
    }
    return ValidationResult.builder().rules(rules).checks(checks).passed(passed).failures(failures).skipped(skipped)
        .build();
  }

  /** A side's value, or why the check is skipped, or the elements missing under NEVER_SKIP. */
  private static final class Evaluated {
    Optional<BigDecimal> value = Optional.empty();
    Optional<String> skip = Optional.empty();
    final List<String> missing = new ArrayList<>();
    final List<SourceRef> sources = new ArrayList<>();
  }

  private static Evaluated evaluate(Side side, Map<String, List<Fact>> byElement) {
    Evaluated result = new Evaluated();
    BigDecimal sum = side.constant();
    List<String> absent = new ArrayList<>();
    for (String element : side.elements()) {
      List<Fact> facts = byElement.getOrDefault(element, List.of());
      if (facts.isEmpty()) {
        absent.add(element);
        continue;
      }
      Set<BigDecimal> values = new LinkedHashSet<>();
      for (Fact f : facts) {
        Optional<BigDecimal> v = f.value().number()
            .or(() -> f.value().bool().map(b -> b ? BigDecimal.ONE : BigDecimal.ZERO));
        if (v.isEmpty()) {
          result.skip = Optional.of(element + " = '" + f.value().asText() + "' [" + f.source() + "] is not a number");
          return result;
        }
        values.add(v.get().stripTrailingZeros());
        if (!result.sources.contains(f.source())) {
          result.sources.add(f.source());
        }
      }
      if (values.size() > 1) {
        result.skip = Optional.of("the sources give different values for " + element + ": " + values.stream()
            .map(BigDecimal::toPlainString).collect(Collectors.joining(", ")) + " " + result.sources);
        return result;
      }
      sum = sum.add(values.iterator().next());
    }
    if (!absent.isEmpty()) {
      switch (side.missing()) {
        case SKIP_IF_ANY_VALUE_MISSING:
          result.skip = Optional.of("skipped: no value for " + String.join(", ", absent));
          return result;
        case SKIP_IF_ALL_VALUES_MISSING:
          if (absent.size() == side.elements().size()) {
            result.skip = Optional.of("skipped: no value for any of " + String.join(", ", absent));
            return result;
          }
          break;
        default:
          result.missing.addAll(absent);
          return result;
      }
    }
    result.value = Optional.of(sum);
    return result;
  }

  /** The facts of one subject in one cycle are checked together; subjects in order, then their cycles. */
  private record SubjectCycle(String subject, String cycle) implements Comparable<SubjectCycle> {
    @Override
    public int compareTo(SubjectCycle o) {
      int bySubject = subject.compareTo(o.subject);
      return bySubject != 0 ? bySubject : cycle.compareTo(o.cycle);
    }
  }
}
