package org.ccmkit.io.read;

import static com.google.common.base.Preconditions.checkArgument;

import org.immutables.value.Value;

/**
 * The limits a reader keeps to so that a hostile or broken input cannot exhaust memory or the stack: the size of an
 * input, the nesting depth of a JSON or YAML document, the length of a string, a number and a field name, the number of
 * tokens and of rows. Exceeding one is a {@link FailureKind#LIMIT_EXCEEDED} failure, never an error. The defaults
 * are generous for monitoring data (the shipped record is a few hundred kilobytes, nested five levels).
 */
@Value.Immutable
public abstract class ReadLimits {

  /** Implemented in this package only (by the generated immutable class). */
  ReadLimits() {}

  /**
   * The largest input read, in bytes. Default 1 GiB: inputs are read as streams, a row at a time, so their size costs
   * time, not memory; a long-format fact table of a million rows is about 75 MB.
   *
   * @return the largest input read, in bytes
   */
  @Value.Default
  public long maxInputBytes() {
    return 1L << 30;
  }

  /** {@return the deepest nesting of arrays and objects in JSON or YAML. Default 32} */
  @Value.Default
  public int maxNestingDepth() {
    return 32;
  }

  /** {@return the longest string value, in characters. Default 1,000,000} */
  @Value.Default
  public int maxStringLength() {
    return 1_000_000;
  }

  /** {@return the longest number, in characters. Default 100} */
  @Value.Default
  public int maxNumberLength() {
    return 100;
  }

  /** {@return the longest field name, in characters. Default 1,000} */
  @Value.Default
  public int maxNameLength() {
    return 1_000;
  }

  /**
   * {@return the most tokens in a JSON or YAML document. Default 100,000,000 (a million rows of up to a hundred tokens)}
   */
  @Value.Default
  public long maxTokenCount() {
    return 100_000_000L;
  }

  /** {@return the most rows in one table. Default 1,000,000} */
  @Value.Default
  public int maxRows() {
    return 1_000_000;
  }

  /**
   * Whether a folder read follows links whose target is outside the folder. Default false: such a link is reported
   * and not read, so that a link to {@code /etc/passwd} in a data folder cannot make its lines appear in failures.
   *
   * @return whether a folder read follows links whose target is outside the folder
   */
  @Value.Default
  public boolean followLinksOutOfFolder() {
    return false;
  }

  /** {@return a builder, starting from the defaults} */
  public static ImmutableReadLimits.Builder builder() {
    return ImmutableReadLimits.builder();
  }

  /** {@return the default limits} */
  public static ReadLimits defaults() {
    return builder().build();
  }

  /** Validates the attributes on construction; a failure names the field and the value. */
  @Value.Check
  protected void check() {
    checkArgument(maxInputBytes() > 0, "ReadLimits.maxInputBytes must be positive, was %s", maxInputBytes());
    checkArgument(maxNestingDepth() >= 2, "ReadLimits.maxNestingDepth must be at least 2, was %s", maxNestingDepth());
    checkArgument(maxStringLength() > 0, "ReadLimits.maxStringLength must be positive, was %s", maxStringLength());
    checkArgument(maxNumberLength() > 0, "ReadLimits.maxNumberLength must be positive, was %s", maxNumberLength());
    checkArgument(maxNameLength() > 0, "ReadLimits.maxNameLength must be positive, was %s", maxNameLength());
    checkArgument(maxTokenCount() > 0, "ReadLimits.maxTokenCount must be positive, was %s", maxTokenCount());
    checkArgument(maxRows() > 0, "ReadLimits.maxRows must be positive, was %s", maxRows());
  }
}
