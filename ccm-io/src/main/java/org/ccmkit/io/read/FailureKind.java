package org.ccmkit.io.read;

/**
 * What is wrong with a piece of input. Every failure a reader reports has exactly one kind, so that callers (and tests)
 * can tell a typo in a date from a State the register does not know.
 *
 * <p>Kinds marked <i>document-level</i> stop the reading of the document they are found in: the failure's location
 * says where, and everything from there on is covered by that failure.
 */
public enum FailureKind {
  /**
   * The input could not be read at all: a missing file, an I/O error, a FIFO or device given as a file, a broken link
   * or a loop of links, a link that leads out of the folder being read. <i>Document-level.</i>
   */
  UNREADABLE,
  /** No reader is registered for the input's format, file extension or media type. <i>Document-level.</i> */
  UNSUPPORTED_FORMAT,
  /** The input is empty, or holds only white space (and perhaps a byte-order mark). <i>Document-level.</i> */
  EMPTY,
  /** The bytes are not UTF-8 (invalid sequences, or a UTF-16 or UTF-32 byte-order mark). <i>Document-level.</i> */
  ENCODING,
  /** The JSON, YAML or CSV syntax is broken: an unclosed bracket or quote, a stray character. <i>Document-level.</i> */
  MALFORMED,
  /**
   * The input exceeds a limit set to protect the reader: document size, nesting depth, length of a string, a number or
   * a name, number of tokens or rows. <i>Document-level</i>, except a number written as text (a CSV or spreadsheet
   * cell, a quoted JSON value) that is too long, which fails its row and is checked before it is read as a number.
   */
  LIMIT_EXCEEDED,
  /**
   * A construct ccmkit refuses to read: YAML aliases (the "billion laughs" bomb), YAML tags ({@code !!str},
   * {@code !java.lang.Runtime}), which could name a type to build. <i>Document-level.</i>
   */
  UNSUPPORTED_CONSTRUCT,
  /** The document or a row does not have the expected shape: an object where a list was expected, or the reverse. */
  WRONG_SHAPE,
  /** A JSON object has the same key twice; the reader cannot tell which value was meant. <i>Document-level.</i> */
  DUPLICATE_KEY,
  /** A required field or column is missing or empty. */
  MISSING_FIELD,
  /** A field or column the format does not define; most often a misspelt name. */
  UNKNOWN_FIELD,
  /** A value of the wrong type: text where a number or a date was expected, an unknown enum constant. */
  WRONG_TYPE,
  /** A date before the Convention existed (opened for signature on 3 December 2008). */
  DATE_BEFORE_CONVENTION,
  /** A figure larger than the denominator it is printed with (9 of 8 States). */
  NUMERATOR_EXCEEDS_DENOMINATOR,
  /** A State code that the register being read (or the register given) does not list. */
  UNKNOWN_STATE,
  /** A data element key that the vocabulary given does not define. */
  UNKNOWN_DATA_ELEMENT,
  /** A reporting cycle or meeting that the data does not define, or that is not a meeting's short name. */
  UNKNOWN_CYCLE,
  /** A reference to something else in the data that does not exist, e.g. an extension for an obligation not listed. */
  UNKNOWN_REFERENCE,
  /** The same source gives two different values for the same subject, data element and cycle. */
  CONFLICTING_FACT,
  /** The same record appears twice (a State listed twice in the register, the same fact twice). */
  DUPLICATE,
  /** The values are well-typed but break a rule of the Convention or of the model (reported by its validation). */
  INVALID_VALUE
}
