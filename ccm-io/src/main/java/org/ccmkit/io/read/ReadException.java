package org.ccmkit.io.read;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * Thrown by a strict read ({@link Strictness#STRICT}) that found failures. Its message lists every failure, one a line,
 * and {@link #failures()} gives them to a program.
 */
public final class ReadException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** How many failures the message lists before it summarises the rest. */
  static final int MAX_LISTED = 100;

  private final transient ImmutableList<Failure> failures;

  /**
   * An exception reporting {@code failures}.
   *
   * @param failures the failures
   */
  public ReadException(List<Failure> failures) {
    super(message(failures));
    this.failures = ImmutableList.copyOf(failures);
  }

  /** {@return every failure found} */
  public ImmutableList<Failure> failures() {
    return failures;
  }

  private static String message(List<Failure> failures) {
    StringBuilder s = new StringBuilder().append(failures.size()).append(failures.size() == 1 ? " failure" : " failures")
        .append(" reading input:");
    failures.stream().limit(MAX_LISTED).forEach(f -> s.append("\n  ").append(f.kind()).append(": ").append(f.message()));
    if (failures.size() > MAX_LISTED) {
      s.append("\n  … and ").append(failures.size() - MAX_LISTED).append(" more");
    }
    return s.toString();
  }
}
