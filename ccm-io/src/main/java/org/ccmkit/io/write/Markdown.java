package org.ccmkit.io.write;

import java.util.List;
import org.ccmkit.indicators.data.PublishedValue;
import org.ccmkit.indicators.result.Evaluation;
import org.ccmkit.indicators.result.PublishedComparison;
import org.ccmkit.model.plan.ThematicArea;

/** The pieces of Markdown tables the writers share: cells that cannot break a table, figures as people read them. */
final class Markdown {

  private Markdown() {}

  /** A table of {@code header} and {@code rows}, each row as many cells as the header. */
  static String table(List<String> header, List<List<String>> rows) {
    StringBuilder s = new StringBuilder();
    row(s, header);
    s.append('|');
    header.forEach(h -> s.append(" --- |"));
    s.append('\n');
    rows.forEach(r -> row(s, r));
    return s.toString();
  }

  private static void row(StringBuilder s, List<String> cells) {
    s.append('|');
    cells.forEach(c -> s.append(' ').append(cell(c)).append(" |"));
    s.append('\n');
  }

  /** Text safe in a table cell: pipes escaped, line breaks as spaces, never empty (an en dash instead). */
  static String cell(String text) {
    if (text == null || text.isBlank()) {
      return "–";
    }
    return inline(text).replace("|", "\\|");
  }

  /**
   * Text from the data safe in running Markdown and in a heading: on one line, the Markdown punctuation that could
   * change its meaning escaped with a backslash (emphasis, code, links; a heading, list or quote mark at its start;
   * an underscore inside a word, which CommonMark never reads as emphasis, is left as it is),
   * and its raw HTML shown as text ({@code <}, {@code >} and {@code &} as entities).
   */
  static String inline(String text) {
    if (text == null) {
      return "";
    }
    String one = text.replaceAll("\\s*\\R\\s*", " ").trim();
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < one.length(); i++) {
      char c = one.charAt(i);
      if (c == '<') {
        s.append("&lt;");
      } else if (c == '>') {
        s.append("&gt;");
      } else if (c == '&') {
        s.append("&amp;");
      } else {
        boolean intraword = c == '_' && i > 0 && i < one.length() - 1
            && Character.isLetterOrDigit(one.charAt(i - 1)) && Character.isLetterOrDigit(one.charAt(i + 1));
        if ("\\`*_[]".indexOf(c) >= 0 && !intraword || i == 0 && "#+->=".indexOf(c) >= 0) {
          s.append('\\');
        }
        s.append(c);
      }
    }
    return s.toString();
  }

  /**
   * The evaluation's headline value with its count and denominator and where it comes from: {@code 9 of 10 (90.00 %)}
   * computed, {@code ≥ 8 (printed)}, {@code – (sources differ)}.
   */
  static String value(Evaluation e) {
    String figure = e.score().map(Object::toString).orElse("–");
    switch (e.status()) {
      case COMPUTED:
        return figure + " (computed)";
      case PUBLISHED:
        return figure + " (printed)";
      case SOURCES_DIFFER:
        return "– (sources differ)";
      case NO_DATA:
        return "– (no data)";
      default:
        return "– (not evaluable)";
    }
  }

  /**
   * The notes of an evaluation: why there is no computed value or which printed figure was taken (its reason), the
   * baseline, and each consistency flag with its message.
   */
  static String notes(Evaluation e) {
    List<String> notes = new java.util.ArrayList<>();
    e.reason().ifPresent(notes::add);
    if (e.reason().isEmpty()) {
      e.baseline().ifPresent(b -> notes.add(b.toString()));
    }
    e.flags().forEach(f -> notes.add(f.kind() + ": " + f.message()));
    return String.join("; ", notes);
  }

  /** How a printed figure stands against the computed one, in words: "agrees", "consistent", "differs", "not compared". */
  static String agreement(PublishedComparison p) {
    return p.agreement().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }

  /** A printed figure in words: {@code ≥ 8 of 10 (period 10MSP–13MSP)} ({@link PublishedValue#figure()}). */
  static String printed(PublishedValue p) {
    return p.figure();
  }

  /** The area's title with its numeral: {@code V. Survey and clearance}. */
  static String areaTitle(ThematicArea area) {
    return area.numeral().map(n -> n + ". ").orElse("") + inline(area.title());
  }
}
