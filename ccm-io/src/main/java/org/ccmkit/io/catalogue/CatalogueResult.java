package org.ccmkit.io.catalogue;

import com.google.common.collect.ImmutableList;
import java.util.Optional;

/**
 * A catalogue read from a file together with every problem found in it. The value is present only when the file had
 * no problem: a catalogue is reference data, and a half-read catalogue would count the wrong indicators.
 *
 * @param <T> the catalogue's type
 */
public final class CatalogueResult<T> {

  private final T value;
  private final ImmutableList<String> problems;

  private CatalogueResult(T value, ImmutableList<String> problems) {
    this.value = problems.isEmpty() ? value : null;
    this.problems = problems;
  }

  static <T> CatalogueResult<T> of(T value, ImmutableList<String> problems) {
    if (value == null && problems.isEmpty()) {
      throw new IllegalStateException("a catalogue result needs a value or a problem");
    }
    return new CatalogueResult<>(value, problems);
  }

  /**
   * A result for a file that could not be read at all.
   *
   * @param <T> the type of the value
   * @param problem the problem
   * @return a result for a file that could not be read at all
   */
  public static <T> CatalogueResult<T> failed(String problem) {
    return new CatalogueResult<>(null, ImmutableList.of(problem));
  }

  /** {@return the catalogue, if the file had no problem} */
  public Optional<T> value() {
    return Optional.ofNullable(value);
  }

  /** {@return every problem found: file, JSON pointer, offending value, what was expected} */
  public ImmutableList<String> problems() {
    return problems;
  }

  /**
   * The catalogue.
   *
   *
   * @return the catalogue
   * @throws CatalogueException listing every problem, if there was any
   */
  public T orThrow() {
    if (value == null) {
      throw new CatalogueException(problems);
    }
    return value;
  }

  /** {@return whether a value was read, and how many problems were found} */
  @Override
  public String toString() {
    return "CatalogueResult: " + (value == null ? "no value" : "a value") + ", " + problems.size() + " problems";
  }
}
