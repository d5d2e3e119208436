package org.ccmkit.io.table;

/**
 * A message of the model's validation as a reader quotes it: without Java's names for things (a package-qualified
 * class, the {@code Immutable} prefix of a generated type, an exception's name).
 */
final class Words {

  private Words() {}

  static String of(String message) {
    if (message == null || message.isBlank()) {
      return "no detail given";
    }
    return message.replaceAll("\\b(?:[a-z][a-z0-9_]*\\.)+([A-Z][A-Za-z0-9_$]*)", "$1")
        .replaceAll("\\bImmutable([A-Z])", "$1")
        .replaceAll("\\b[A-Z][A-Za-z]*(Exception|Error)\\b:?\\s*", "")
        .replaceAll("Cannot build ([A-Z][A-Za-z]*), some of required attributes are not set",
            "a $1 needs fields that are not given:")
        .trim();
  }
}
