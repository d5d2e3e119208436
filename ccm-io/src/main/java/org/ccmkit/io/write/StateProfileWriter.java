package org.ccmkit.io.write;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.ccmkit.indicators.profile.ProfileEntry;
import org.ccmkit.indicators.profile.ProfileStatus;
import org.ccmkit.indicators.profile.StateProfile;
import org.ccmkit.model.obligation.Obligation;
import org.ccmkit.model.obligation.ObligationState;
import org.ccmkit.model.obligation.ObligationStatus;
import org.ccmkit.model.obligation.TransparencyReport;

/**
 * Writes a {@link StateProfile}: as Markdown, as JSON, and as a self-contained HTML page (inline CSS, no script, real
 * tables with header cells). Each gives the State's standing, how many indicators it is counted in, not counted in,
 * has no data for, is outside (with the reason) and cannot be placed in; every indicator with its status, the reason
 * and the sources; its obligations with their statuses; and its Article 7 reports with what the data know of them.
 */
public final class StateProfileWriter {

  private static final ObjectMapper JSON = OutputMappers.json();
  private static final List<String> INDICATOR_COLUMNS =
      List.of("Indicator", "Text", "Status", "Why", "Sources", "Indicator's value");
  private static final List<String> OBLIGATION_COLUMNS = List.of("Obligation", "Basis", "Status", "Deadline", "Source");
  private static final List<String> REPORT_COLUMNS =
      List.of("Report", "Basis", "Due", "What the data know", "Status", "Source");

  private StateProfileWriter() {}

  /**
   * The profile in Markdown.
   *
   * @param p the path
   * @return the profile in Markdown
   */
  public static String markdown(StateProfile p) {
    StringBuilder s = new StringBuilder("## ").append(title(p)).append("\n\n");
    s.append(standing(p)).append("\n\n");
    for (ProfileStatus status : ProfileStatus.values()) {
      s.append("- ").append(words(status)).append(": ").append(p.entries(status).size()).append('\n');
    }
    s.append('\n').append(caveat(p)).append("\n\n### Indicators\n\n");
    s.append(Markdown.table(INDICATOR_COLUMNS, indicatorRows(p)));
    s.append("\n### Obligations on ").append(p.cycle().date()).append("\n\n");
    s.append(Markdown.table(OBLIGATION_COLUMNS, obligationRows(p)));
    s.append("\n### Article 7 reports due by ").append(p.cycle().date()).append("\n\n");
    s.append(Markdown.table(REPORT_COLUMNS, reportRows(p)));
    return s.toString();
  }

  /**
   * The profile as one JSON object.
   *
   * @param p the path
   * @return the profile as one JSON object
   */
  public static String json(StateProfile p) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("state", p.state());
    root.put("name", p.standing().state().name());
    root.put("plan", p.planId());
    root.put("cycle", p.cycle().meeting());
    root.put("date", p.cycle().date().toString());
    root.put("factsComplete", p.factsComplete());
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (ProfileStatus status : ProfileStatus.values()) {
      counts.put(status.name(), p.entries(status).size());
    }
    root.put("counts", counts);
    List<Map<String, Object>> indicators = new ArrayList<>();
    for (ProfileEntry e : p.entries()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("indicator", e.indicator().id());
      m.put("text", e.indicator().fullText());
      m.put("status", e.status().name());
      m.put("reason", e.reason());
      m.put("subjects", e.subjects().stream().map(x -> x.subject()).toList());
      m.put("sources", e.sources().stream().map(Object::toString).toList());
      m.put("evaluationStatus", e.evaluation().status().name());
      m.put("value", e.evaluation().score().map(Object::toString).orElse(null));
      indicators.add(m);
    }
    root.put("indicators", indicators);
    root.put("obligations", states(p.obligations()));
    root.put("reports", states(p.reports()));
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a State profile is plain data and always serialises", e);
    }
  }

  /**
   * The profile as a self-contained HTML page.
   *
   * @param p the path
   * @return the profile as a self-contained HTML page
   */
  public static String html(StateProfile p) {
    StringBuilder s = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
        .append(escape(title(p))).append("</title>\n<style>\n")
        .append("body{font-family:system-ui,sans-serif;margin:2em;max-width:80em;color:#222}\n")
        .append("table{border-collapse:collapse;margin:1em 0;width:100%}\n")
        .append("th,td{border:1px solid #bbb;padding:.3em .5em;text-align:left;vertical-align:top}\n")
        .append("th{background:#eee}\n")
        .append(".COUNTED{background:#e3f4e3}.NOT_COUNTED{background:#fbe4e4}.NO_DATA{background:#fff6d9}\n")
        .append(".NOT_APPLICABLE{color:#666}.NOT_EVALUABLE{color:#666;font-style:italic}\n")
        .append("</style>\n</head>\n<body>\n<h1>").append(escape(title(p))).append("</h1>\n<p>")
        .append(escape(standing(p))).append("</p>\n<ul>\n");
    for (ProfileStatus status : ProfileStatus.values()) {
      s.append("<li>").append(escape(words(status))).append(": ").append(p.entries(status).size()).append("</li>\n");
    }
    s.append("</ul>\n<p>").append(escape(caveat(p))).append("</p>\n<h2>Indicators</h2>\n");
    List<String> classes = p.entries().stream().map(e -> e.status().name()).toList();
    table(s, INDICATOR_COLUMNS, indicatorRows(p), classes);
    s.append("<h2>Obligations on ").append(p.cycle().date()).append("</h2>\n");
    table(s, OBLIGATION_COLUMNS, obligationRows(p), List.of());
    s.append("<h2>Article 7 reports due by ").append(p.cycle().date()).append("</h2>\n");
    table(s, REPORT_COLUMNS, reportRows(p), List.of());
    return s.append("</body>\n</html>\n").toString();
  }

  private static String title(StateProfile p) {
    return "State profile: " + p.standing().state().name() + " (" + p.state() + "), " + p.planId() + ", "
        + p.cycle().meeting() + " cycle (reports due " + p.cycle().date() + ")";
  }

  private static String standing(StateProfile p) {
    return p.standing().deposit().map(d -> "Instrument deposited " + d + ", Convention in force "
        + p.standing().entryIntoForce().get()).orElse("No instrument deposited")
        + p.standing().withdrawalEffective().map(w -> ", withdrawal effective " + w).orElse("")
        + p.standing().source().map(src -> " [" + src + "]").orElse("") + ".";
  }

  private static String caveat(StateProfile p) {
    return p.factsComplete() ? "The data record every fact: no data means not reported."
        : "The data do not record every fact (they name only some of the States behind a count): no data means "
            + "unknown, not \"not reported\".";
  }

  private static String words(ProfileStatus s) {
    switch (s) {
      case COUNTED:
        return "Counted";
      case NOT_COUNTED:
        return "Not counted";
      case NO_DATA:
        return "No data";
      case NOT_APPLICABLE:
        return "Not applicable";
      default:
        return "Not evaluable";
    }
  }

  private static List<List<String>> indicatorRows(StateProfile p) {
    List<List<String>> rows = new ArrayList<>();
    for (ProfileEntry e : p.entries()) {
      rows.add(List.of(e.indicator().id(), e.indicator().fullText(), words(e.status()), e.reason(),
          e.sources().stream().map(Object::toString).collect(Collectors.joining("; ")), Markdown.value(e.evaluation())));
    }
    return rows;
  }

  private static List<List<String>> obligationRows(StateProfile p) {
    List<List<String>> rows = new ArrayList<>();
    for (ObligationState o : p.obligations()) {
      rows.add(List.of(o.obligation().description(), o.obligation().legalBasis().toString(), o.status().name(),
          o.deadline().map(d -> (o.status() == ObligationStatus.DEADLINE_UNKNOWN ? "last known " : "") + d).orElse(""),
          source(o.obligation())));
    }
    return rows;
  }

  private static List<List<String>> reportRows(StateProfile p) {
    List<List<String>> rows = new ArrayList<>();
    for (ObligationState o : p.reports()) {
      TransparencyReport r = (TransparencyReport) o.obligation();
      String known = r.submittedOn().map(d -> "submitted " + d)
          .or(() -> r.submittedBy().map(d -> "submitted by " + d + ", the day not given"))
          .or(() -> r.notSubmittedOn().map(d -> "not submitted on " + d))
          .orElse("no submission recorded");
      rows.add(List.of(r.description(), r.legalBasis().toString(), r.due().toString(), known, o.status().name(),
          source(r)));
    }
    return rows;
  }

  private static String source(Obligation o) {
    return o.source().map(Object::toString).orElse("");
  }

  private static List<Map<String, Object>> states(List<ObligationState> states) {
    List<Map<String, Object>> list = new ArrayList<>();
    for (ObligationState o : states) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("obligation", o.obligation().description());
      m.put("legalBasis", o.obligation().legalBasis().toString());
      m.put("status", o.status().name());
      m.put("deadline", o.deadline().map(Object::toString).orElse(null));
      if (o.obligation() instanceof TransparencyReport r) {
        m.put("submittedOn", r.submittedOn().map(Object::toString).orElse(null));
        m.put("submittedBy", r.submittedBy().map(Object::toString).orElse(null));
        m.put("notSubmittedOn", r.notSubmittedOn().map(Object::toString).orElse(null));
      }
      m.put("source", o.obligation().source().map(Object::toString).orElse(null));
      list.add(m);
    }
    return list;
  }

  private static void table(StringBuilder s, List<String> header, List<List<String>> rows, List<String> rowClasses) {
    s.append("<table>\n<thead><tr>");
    header.forEach(h -> s.append("<th scope=\"col\">").append(escape(h)).append("</th>"));
    s.append("</tr></thead>\n<tbody>\n");
    for (int i = 0; i < rows.size(); i++) {
      s.append(i < rowClasses.size() ? "<tr class=\"" + escape(rowClasses.get(i)) + "\">" : "<tr>");
      List<String> row = rows.get(i);
      for (int c = 0; c < row.size(); c++) {
        s.append(c == 0 ? "<th scope=\"row\">" : "<td>").append(escape(row.get(c))).append(c == 0 ? "</th>" : "</td>");
      }
      s.append("</tr>\n");
    }
    s.append("</tbody>\n</table>\n");
  }

  /** Text safe in HTML content and attributes. */
  private static String escape(String text) {
    return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        .replace("\"", "&quot;").replace("'", "&#39;");
  }
}
