package org.ccmkit.indicators.data;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;
import java.util.Optional;

/**
 * Who or what a {@link Fact} or a subject of a result is about, and which category of thing it is: a State by its ISO
 * 3166-1 alpha-3 code ({@code LAO}), a meeting by its short name ({@code 13MSP}), or an Article 3 or 4 extension
 * request by its id ({@code LAO-4-11MSP}: the requesting State, the article and the meeting that considered it). The
 * id is parsed here once, so that no other code reads a String to learn what it names; {@link #toString()} gives the
 * id back, and {@code SubjectId.of(s.toString())} equals {@code s}.
 */
public final class SubjectId implements Comparable<SubjectId> {

  /** What a subject id names. */
  public enum Category {
    /** A State, by its ISO 3166-1 alpha-3 code: {@code LAO}. */
    STATE,
    /** A meeting of States Parties or a Review Conference, by its short name: {@code 13MSP}, {@code 3RC}. */
    MEETING,
    /** A request to extend an Article 3 or 4 deadline, by its id: {@code LAO-4-11MSP}. */
    EXTENSION_REQUEST
  }

  private static final String EXPECTED = "a State's ISO 3166-1 alpha-3 code (LAO), a meeting's short name (13MSP) or "
      + "an extension request's id (LAO-4-11MSP)";

  private final String id;
  private final Category category;

  private SubjectId(String id, Category category) {
    this.id = id;
    this.category = category;
  }

  /**
   * The subject an id names.
   *
   * @param id a State's code, a meeting's short name or an extension request's id
   * @return the subject {@code id} names
   * @throws IllegalArgumentException naming the id and the three forms, if it is none of them
   */
  public static SubjectId of(String id) {
    return parse(id).orElseThrow(() -> new IllegalArgumentException(
        "a subject must be " + EXPECTED + ", was " + (id == null ? "null" : "'" + id + "'")));
  }

  /**
   * The subject an id names, if it is one of the three forms.
   *
   * @param id the id; may be null
   * @return the subject {@code id} names, or empty if it is none of the three forms
   */
  public static Optional<SubjectId> parse(String id) {
    Category category = categoryOrNull(id);
    return category == null ? Optional.empty() : Optional.of(new SubjectId(id, category));
  }

  /** What {@code id} names, or null if it is none of the three forms; allocates nothing (every fact is checked). */
  static Category categoryOrNull(String id) {
    if (id == null) {
      return null;
    }
    if (isStateCode(id, 0, id.length())) {
      return Category.STATE;
    }
    if (isMeetingId(id, 0)) {
      return Category.MEETING;
    }
    // LAO-4-11MSP: a State, '-', the article 3 or 4, '-', a meeting
    if (id.length() >= 9 && isStateCode(id, 0, 3) && id.charAt(3) == '-' && (id.charAt(4) == '3' || id.charAt(4) == '4')
        && id.charAt(5) == '-' && isMeetingId(id, 6)) {
      return Category.EXTENSION_REQUEST;
    }
    return null;
  }

  /**
   * A State.
   *
   * @param code the State's ISO 3166-1 alpha-3 code
   * @return the State as a subject
   */
  public static SubjectId state(String code) {
    checkArgument(code != null && isStateCode(code, 0, code.length()),
        "a State's subject id must be an ISO 3166-1 alpha-3 code such as LAO, was '%s'", code);
    return new SubjectId(code, Category.STATE);
  }

  /**
   * An extension request.
   *
   * @param state the requesting State's ISO 3166-1 alpha-3 code
   * @param article 3 or 4
   * @param meeting the short name of the meeting that considered it, e.g. {@code 11MSP}
   * @return the request as a subject, {@code LAO-4-11MSP}
   */
  public static SubjectId extensionRequest(String state, int article, String meeting) {
    checkArgument(article == 3 || article == 4, "an extension request's article must be 3 or 4, was %s", article);
    checkArgument(state != null && isStateCode(state, 0, state.length()),
        "an extension request's State must be an ISO 3166-1 alpha-3 code such as LAO, was '%s'", state);
    checkArgument(meeting != null && isMeetingId(meeting, 0),
        "an extension request's meeting must be a short name such as 11MSP, was '%s'", meeting);
    return new SubjectId(state + "-" + article + "-" + meeting, Category.EXTENSION_REQUEST);
  }

  /** {@return the id as written: {@code LAO}, {@code 13MSP}, {@code LAO-4-11MSP}} */
  public String id() {
    return id;
  }

  /** {@return what the id names} */
  public Category category() {
    return category;
  }

  /** {@return whether the subject is a State} */
  public boolean isState() {
    return category == Category.STATE;
  }

  /**
   * The State the subject is, or whose request it is: {@code LAO} for {@code LAO} and for {@code LAO-4-11MSP}; empty
   * for a meeting.
   *
   * @return the State's ISO 3166-1 alpha-3 code, for a State or an extension request; empty for a meeting
   */
  public Optional<String> state() {
    switch (category) {
      case STATE:
        return Optional.of(id);
      case EXTENSION_REQUEST:
        return Optional.of(id.substring(0, 3));
      default:
        return Optional.empty();
    }
  }

  /** {@return for an extension request, its article (3 or 4); otherwise empty} */
  public Optional<Integer> article() {
    return category == Category.EXTENSION_REQUEST ? Optional.of(id.charAt(4) - '0') : Optional.empty();
  }

  /**
   * The meeting the subject is, or that considered the request: {@code 13MSP} for {@code 13MSP}, {@code 11MSP} for
   * {@code LAO-4-11MSP}; empty for a State.
   *
   * @return the meeting's short name, for a meeting or an extension request; empty for a State
   */
  public Optional<String> meeting() {
    switch (category) {
      case MEETING:
        return Optional.of(id);
      case EXTENSION_REQUEST:
        return Optional.of(id.substring(6));
      default:
        return Optional.empty();
    }
  }

  /** By id, as Strings order: the order subjects have always been listed in. */
  @Override
  public int compareTo(SubjectId other) {
    return id.compareTo(other.id);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SubjectId s && s.id.equals(id);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id);
  }

  /** {@return the id as written} */
  @Override
  public String toString() {
    return id;
  }

  private static boolean isStateCode(String s, int from, int to) {
    if (to - from != 3 || s.length() < to) {
      return false;
    }
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < 'A' || c > 'Z') {
        return false;
      }
    }
    return true;
  }

  /** {@code [1-9]\d?(MSP|RC)} from {@code from} to the end. */
  static boolean isMeetingId(String s, int from) {
    int n = s.length();
    if (n - from < 3 || s.charAt(from) < '1' || s.charAt(from) > '9') {
      return false;
    }
    int i = s.charAt(from + 1) >= '0' && s.charAt(from + 1) <= '9' ? from + 2 : from + 1;
    return s.regionMatches(i, "MSP", 0, 3) && n == i + 3 || s.regionMatches(i, "RC", 0, 2) && n == i + 2;
  }
}
