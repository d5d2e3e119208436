package org.ccmkit.indicators.result;

import com.google.common.collect.ImmutableList;
import java.util.AbstractList;
import java.util.Iterator;
import java.util.RandomAccess;
import java.util.function.Supplier;

/**
 * The subjects of a population, built on first use, once, from any thread, and checked then to be as many as said,
 * sorted by code and each once; their number is known before, and their codes are built apart, also on first use.
 * Once built, the list lets go of what it was built from (an evaluation's sets and the dataset's facts).
 */
final class DeferredSubjects extends AbstractList<SubjectEntry> implements RandomAccess {

  private final PopulationCode code;
  private final int size;
  /** Gives the codes; null once they are built. Read and written under the lock. */
  private Supplier<ImmutableList<String>> codesSource;
  /** Gives the subjects; null once they are built. Read and written under the lock. */
  private Supplier<ImmutableList<SubjectEntry>> source;
  private volatile ImmutableList<String> codes;
  private volatile ImmutableList<SubjectEntry> list;

  DeferredSubjects(PopulationCode code, int size, Supplier<ImmutableList<String>> codes,
      Supplier<ImmutableList<SubjectEntry>> subjects) {
    this.code = code;
    this.size = size;
    this.codesSource = codes;
    this.source = subjects;
  }

  /** {@return the subjects, built now if they are not yet} */
  ImmutableList<SubjectEntry> list() {
    ImmutableList<SubjectEntry> built = list;
    if (built == null) {
      synchronized (this) {
        built = list;
        if (built == null) {
          built = checked(source.get());
          list = built;
          source = null;
        }
      }
    }
    return built;
  }

  /** {@return the subjects' codes, built now if they are not yet} */
  ImmutableList<String> codes() {
    ImmutableList<String> built = codes;
    if (built == null) {
      synchronized (this) {
        built = codes;
        if (built == null) {
          built = codesSource.get();
          if (built.size() != size) {
            throw new IllegalStateException("PopulationResult " + code + " was to have " + size + " subjects, was "
                + "given " + built.size() + " codes");
          }
          codes = built;
          codesSource = null;
        }
      }
    }
    return built;
  }

  @Override
  public SubjectEntry get(int index) {
    return list().get(index);
  }

  @Override
  public Iterator<SubjectEntry> iterator() {
    return list().iterator();
  }

  @Override
  public int size() {
    return size;
  }

  private ImmutableList<SubjectEntry> checked(ImmutableList<SubjectEntry> given) {
    if (given.size() != size) {
      throw new IllegalStateException("PopulationResult " + code + " was to have " + size + " subjects, was given "
          + given.size());
    }
    for (int i = 1; i < given.size(); i++) {
      if (given.get(i - 1).subject().compareTo(given.get(i).subject()) >= 0) {
        throw new IllegalStateException("PopulationResult " + code + " was given its subjects out of order or twice: "
            + given.get(i - 1).subject() + " before " + given.get(i).subject());
      }
    }
    return given;
  }
}
