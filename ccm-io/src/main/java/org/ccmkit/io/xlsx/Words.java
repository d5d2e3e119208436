package org.ccmkit.io.xlsx;

/** What POI says of a file it cannot open, without Java's names for things. */
final class Words {

  private Words() {}

  static String of(Throwable e) {
    String m = e.getMessage();
    if (m == null || m.isBlank()) {
      return "no detail given";
    }
    m = m.replaceAll("\\b(?:[a-z][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9_$]*", "").replaceAll("\\b[A-Z][A-Za-z]*(Exception|Error)\\b:?", "")
        .replaceAll("\\s+", " ").trim();
    return m.length() > 200 ? m.substring(0, 200) + "…" : m;
  }
}
