package org.ccmkit.io.read;

import java.io.IOException;

/**
 * Thrown by the streams of an {@link Input} while a reader reads them: the input is larger than the limit, or holds
 * bytes that are not UTF-8. It carries the failure to report; a reader catches it and records {@link #failure()}.
 */
public final class InputException extends IOException {

  private static final long serialVersionUID = 1L;

  private final transient Failure failure;

  /**
   * An exception reporting {@code failure}.
   *
   * @param failure the failure
   */
  public InputException(Failure failure) {
    super(failure.message());
    this.failure = failure;
  }

  /** {@return the failure to report} */
  public Failure failure() {
    return failure;
  }
}
