package org.ccmkit.model.plan;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a subject must affirm to be counted, in the manner of DHIS2's and FHIR Measure's criteria: a data element, or
 * all of, any of, none of or at least N of several conditions. "Providing or receiving cooperation" (LAP-39.2) is
 * {@code any-of(cooperation.assistance-provided, cooperation.assistance-received)}; LAP-40.1's "providing or
 * receiving assistance and mobilising resources" is {@code all-of(any-of(cooperation.assistance-provided,
 * cooperation.assistance-received), cooperation.resources-mobilised)}. Immutable; its text ({@link #toString()}) is
 * the form {@link #parse} reads.
 */
public final class Condition {

  /** How a condition combines its parts. */
  public enum Kind {
    /** One data element: met by an affirmative fact for it. */
    ELEMENT("element"),
    /** Met when every part is met. */
    ALL_OF("all-of"),
    /** Met when some part is met. */
    ANY_OF("any-of"),
    /** Met when every part is known not to be met. */
    NONE_OF("none-of"),
    /** Met when at least {@link Condition#atLeast()} parts are met. */
    AT_LEAST("at-least");

    private final String word;

    Kind(String word) {
      this.word = word;
    }

    /** {@return the word of the text form: {@code all-of}, {@code any-of}, {@code none-of}, {@code at-least}} */
    public String word() {
      return word;
    }
  }

  private final Kind kind;
  private final String element;
  private final int atLeast;
  private final ImmutableList<Condition> parts;

  private Condition(Kind kind, String element, int atLeast, ImmutableList<Condition> parts) {
    this.kind = kind;
    this.element = element;
    this.atLeast = atLeast;
    this.parts = parts;
  }

  /**
   * The condition of one data element.
   *
   * @param key the data element's key
   * @return the condition of one data element
   */
  public static Condition element(String key) {
    checkArgument(DataElement.isKey(key), "Condition.element must be a data element key like 'art4.national-strategy', "
        + "was '%s'", key);
    return new Condition(Kind.ELEMENT, key, 0, ImmutableList.of());
  }

  /**
   * Every one of {@code parts}; with none, a condition every subject meets (a headcount).
   *
   * @param parts the parts
   * @return every one of {@code parts}; with none, a condition every subject meets (a headcount)
   */
  public static Condition allOf(List<Condition> parts) {
    return combined(Kind.ALL_OF, 0, parts);
  }

  /**
   * Every one of the data elements {@code keys}: the rule of an indicator whose catalogue gives none.
   *
   * @param keys the keys
   * @return every one of the data elements {@code keys}: the rule of an indicator whose catalogue gives none
   */
  public static Condition allOfElements(List<String> keys) {
    checkArgument(keys != null, "Condition.allOfElements: keys must not be null");
    return allOf(keys.stream().map(Condition::element).toList());
  }

  /**
   * Some one of {@code parts}.
   *
   * @param parts the parts
   * @return some one of {@code parts}
   */
  public static Condition anyOf(List<Condition> parts) {
    return combined(Kind.ANY_OF, 0, parts);
  }

  /**
   * None of {@code parts}.
   *
   * @param parts the parts
   * @return None of {@code parts}
   */
  public static Condition noneOf(List<Condition> parts) {
    return combined(Kind.NONE_OF, 0, parts);
  }

  /**
   * At least {@code n} of {@code parts}, 1 ≤ n ≤ their number.
   *
   * @param n the number
   * @param parts the parts
   * @return At least {@code n} of {@code parts}, 1 ≤ n ≤ their number
   */
  public static Condition atLeast(int n, List<Condition> parts) {
    checkArgument(parts != null, "Condition.atLeast: parts must not be null");
    checkArgument(n >= 1 && n <= parts.size(), "Condition.atLeast must be between 1 and the number of parts %s, was %s",
        parts.size(), n);
    return combined(Kind.AT_LEAST, n, parts);
  }

  private static Condition combined(Kind kind, int n, List<Condition> parts) {
    checkArgument(parts != null, "Condition.%s: parts must not be null", kind.word());
    checkArgument(kind == Kind.ALL_OF || !parts.isEmpty(), "Condition.%s needs at least one part", kind.word());
    return new Condition(kind, null, n, ImmutableList.copyOf(parts));
  }

  /**
   * The condition written as {@link #toString()} writes it: a data element key, or {@code all-of(…)}, {@code
   * any-of(…)}, {@code none-of(…)}, {@code at-least-N-of(…)} around conditions separated by commas.
   *
   *
   * @param text the text
   * @return the condition written as {@link #toString()} writes it: a data element key, or {@code all-of(…)}, {@code
   *     any-of(…)}, {@code none-of(…)}, {@code at-least-N-of(…)} around conditions separated by commas
   * @throws IllegalArgumentException naming the text, the position and what was expected there
   */
  public static Condition parse(String text) {
    checkArgument(text != null, "Condition text must not be null");
    Parser p = new Parser(text);
    Condition c = p.condition();
    p.skipSpaces();
    p.expect(p.at == text.length(), "the end of the condition");
    return c;
  }

  /** {@return how the condition combines its parts} */
  public Kind kind() {
    return kind;
  }

  /** {@return the data element of an {@link Kind#ELEMENT} condition; refused for a combination} */
  public String elementKey() {
    checkArgument(kind == Kind.ELEMENT, "Condition %s is a combination, not one data element", this);
    return element;
  }

  /** {@return the N of an {@link Kind#AT_LEAST} condition; 0 for any other} */
  public int atLeast() {
    return atLeast;
  }

  /** {@return the parts of a combination, in order; empty for an element} */
  public ImmutableList<Condition> parts() {
    return parts;
  }

  /** {@return the data elements the condition names, each once, in the order written} */
  public ImmutableList<String> elements() {
    Set<String> keys = new LinkedHashSet<>();
    collect(keys);
    return ImmutableList.copyOf(keys);
  }

  private void collect(Set<String> keys) {
    if (kind == Kind.ELEMENT) {
      keys.add(element);
    }
    parts.forEach(c -> c.collect(keys));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Condition c && kind == c.kind && Objects.equals(element, c.element) && atLeast == c.atLeast
        && parts.equals(c.parts);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, element, atLeast, parts);
  }

  /** {@code any-of(cooperation.assistance-provided, cooperation.assistance-received)}. */
  @Override
  public String toString() {
    if (kind == Kind.ELEMENT) {
      return element;
    }
    String word = kind == Kind.AT_LEAST ? "at-least-" + atLeast + "-of" : kind.word();
    return word + "(" + parts.stream().map(Condition::toString).collect(Collectors.joining(", ")) + ")";
  }

  /** A recursive-descent reader of the text form. */
  private static final class Parser {
    private final String text;
    private int at;

    Parser(String text) {
      this.text = text;
    }

    Condition condition() {
      skipSpaces();
      int start = at;
      while (at < text.length() && (Character.isLetterOrDigit(text.charAt(at)) || text.charAt(at) == '-'
          || text.charAt(at) == '.')) {
        at++;
      }
      String word = text.substring(start, at);
      expect(!word.isEmpty(), "a data element key or all-of(, any-of(, none-of(, at-least-N-of(");
      skipSpaces();
      if (at >= text.length() || text.charAt(at) != '(') {
        expect(DataElement.isKey(word), "a data element key (lower-case words separated by dots)");
        return element(word);
      }
      at++;
      ImmutableList.Builder<Condition> parts = ImmutableList.builder();
      skipSpaces();
      if (at < text.length() && text.charAt(at) == ')') {
        at++;
      } else {
        while (true) {
          parts.add(condition());
          skipSpaces();
          expect(at < text.length() && (text.charAt(at) == ',' || text.charAt(at) == ')'), "',' or ')'");
          if (text.charAt(at++) == ')') {
            break;
          }
        }
      }
      List<Condition> list = parts.build();
      if (word.matches("at-least-\\d+-of")) {
        return atLeast(Integer.parseInt(word.substring("at-least-".length(), word.length() - "-of".length())), list);
      }
      switch (word) {
        case "all-of":
          return allOf(list);
        case "any-of":
          return anyOf(list);
        case "none-of":
          return noneOf(list);
        default:
          at = start;
          expect(false, "all-of, any-of, none-of or at-least-N-of before '('");
          return null;
      }
    }

    void skipSpaces() {
      while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
        at++;
      }
    }

    void expect(boolean ok, String expected) {
      checkArgument(ok, "Condition '%s': expected %s at position %s", text, expected, at + 1);
    }
  }
}
