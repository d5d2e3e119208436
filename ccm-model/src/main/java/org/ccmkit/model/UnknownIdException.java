package org.ccmkit.model;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * Thrown by a lookup's {@code ...OrThrow} variant ({@code plan.indicatorOrThrow("LAP-23.2")}) when nothing has the id
 * asked for. The message names what was looked up, where, the id given, the closest known id ("did you mean") and
 * every known id: {@code plan.indicatorOrThrow("lap-23.2")} says {@code did you mean LAP-23.2?}.
 *
 * <p>The suggestion is the known id equal to the one given but for case, else the one nearest by edit distance
 * (Levenshtein, case ignored) when it is near enough to be a typing slip: at most a third of its length, and at
 * least 1, 2 for ids of 6 characters or more.
 */
public final class UnknownIdException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The id asked for. */
  private final String id;
  /** The known ids, in the order the lookup holds them. */
  private final ImmutableList<String> known;
  /** The suggestion, or {@code null}: {@link Optional} is not serializable. */
  private final String suggestion;

  private UnknownIdException(String message, String id, ImmutableList<String> known, String suggestion) {
    super(message);
    this.id = id;
    this.known = known;
    this.suggestion = suggestion;
  }

  /**
   * The exception for an id that {@code where} does not hold.
   *
   * @param what what was looked up, e.g. {@code "indicator"}
   * @param where where, e.g. {@code "the Lausanne Action Plan (LAP)"}
   * @param id the id given
   * @param known every id {@code where} holds
   * @return the exception, its message naming the suggestion, if any, and every known id
   */
  public static UnknownIdException of(String what, String where, String id, Collection<String> known) {
    checkNotNull(what, "what");
    checkNotNull(where, "where");
    ImmutableList<String> ids = ImmutableList.copyOf(known);
    String given = String.valueOf(id);
    Optional<String> suggestion = suggest(given, ids);
    String message = "no " + what + " \"" + given + "\" in " + where + suggestion.map(s -> "; did you mean " + s + "?")
        .orElse("") + (ids.isEmpty() ? "; it holds none" : "; known (" + ids.size() + "): " + String.join(", ", ids));
    return new UnknownIdException(message, given, ids, suggestion.orElse(null));
  }

  /**
   * The known id nearest {@code id}, if one is near enough to be what was meant.
   *
   * @param id the id given
   * @param known the known ids
   * @return the one equal but for case, else the nearest by edit distance if within the limit; empty otherwise
   */
  public static Optional<String> suggest(String id, Collection<String> known) {
    String given = id.toLowerCase(Locale.ROOT);
    Optional<String> sameButCase = known.stream().filter(k -> k.toLowerCase(Locale.ROOT).equals(given)).findFirst();
    if (sameButCase.isPresent()) {
      return sameButCase;
    }
    int limit = Math.max(id.length() >= 6 ? 2 : 1, id.length() / 3);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String k : known) {
      int d = distance(given, k.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        best = k;
        bestDistance = d;
      }
    }
    return bestDistance <= limit ? Optional.of(best) : Optional.empty();
  }

  /** {@return the id asked for} */
  public String id() {
    return id;
  }

  /** {@return every known id} */
  public ImmutableList<String> known() {
    return known;
  }

  /** {@return the known id suggested, if any} */
  public Optional<String> suggestion() {
    return Optional.ofNullable(suggestion);
  }

  private static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
