package org.ccmkit.io.read;

/**
 * The caller's choice of what a failure means. Lenient: take what could be read and the list of failures (the Strata
 * way: nothing is dropped without a failure saying so). Strict: any failure makes the read throw one
 * {@link ReadException} listing them all.
 */
public enum Strictness {
  /** Return the value read together with the failures. */
  LENIENT,
  /** Throw a {@link ReadException} listing every failure if there is any. */
  STRICT
}
