package org.ccmkit.model.lint;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ccmkit.model.SourceRef;
import org.ccmkit.model.plan.Action;
import org.ccmkit.model.plan.ActionPlan;
import org.ccmkit.model.plan.Baseline;
import org.ccmkit.model.plan.FigureUnit;
import org.ccmkit.model.plan.Indicator;
import org.ccmkit.model.plan.Note;
import org.ccmkit.model.plan.NoteKind;
import org.ccmkit.model.plan.PopulationBase;
import org.ccmkit.model.plan.SubAction;
import org.ccmkit.model.plan.SubjectKind;

/**
 * Checks an {@link ActionPlan} for drafting problems and reports each with its action, indicator, the text it
 * concerns and the plan's own source locator. The checks read the plan's text and structure only; what the
 * catalogue's notes record of problems its corrected text no longer shows (rows split across pages, attributions) is
 * added as {@link LintKind#RECORDED} findings, so that one list holds both.
 *
 * <p>The measure word of a line is how it opens: "Number of", "Percentage of", "Number and percentage of" (after "The",
 * "An increase in the"). An item printed without a heading after siblings that carry one is read as printed under
 * their heading, as a list is.
 */
public final class PlanLint {

  private static final Pattern MEASURE = Pattern.compile(
      "^\\s*(?:the |an? )?(?:increase in the )?(number and percentage|number|percentage)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern MEASURE_ANYWHERE = Pattern.compile(
      "\\b(number and percentage|number|percentage|quantity)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern DOUBLED = Pattern.compile("\\b([A-Za-z]+)[\\s:]+\\1\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern MISSING_OF = Pattern.compile("^(?:the |an? )?(number|percentage) (?!of\\b|and\\b)([a-z]+)\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern PREPOSITIONS = Pattern.compile("\\b(by in|by of|of in|in of|of by|to of|of to)\\b");
  private static final Pattern HAVEN = Pattern.compile("\\bhaven (taken|been|made|done|had)\\b");
  private static final ImmutableSet<String> NOT_NOUNS = ImmutableSet.of("that", "who", "whom", "which", "whose",
      "should", "shall", "will", "would", "can", "could", "may", "might", "must", "are", "were", "have", "had", "do",
      "did", "in", "of", "with", "most", "at", "from", "for", "and", "or", "not", "to", "still", "already");
  private static final Pattern LOWER_STATES = Pattern.compile("\\baffected states\\b(?! Parties)");
  private static final Pattern PLURAL_SINGULAR_VERB = Pattern.compile(
      "\\b([a-z]+(?<!ss|is|us|as|os|ys)s) (includes|remains|provides|requires|ensures)\\b");
  private static final Pattern THESE_SINGULAR = Pattern.compile("\\b(These|Those|these|those) ([a-z]+(?<!s))\\b");
  private static final Pattern EMPTY = Pattern.compile("^[\\s;:,.\\-–—]*$");
  private static final Pattern PLACEHOLDER = Pattern.compile("^X%?(?:/X%)?(?:;\\s*mid-2026)?$");
  private static final Pattern LINE = Pattern.compile("(\\d+)");
  private static final ImmutableSet<NoteKind> RECORDED_KINDS =
      ImmutableSet.of(NoteKind.SPLIT_ROW, NoteKind.ATTRIBUTION, NoteKind.INCONSISTENCY, NoteKind.MISSING_INDICATOR);
  private static final ImmutableSet<String> RELATIVES = ImmutableSet.of("whose", "that", "which", "who");

  private PlanLint() {}

  /**
   * Every finding of {@code plan}, detected and recorded, in the order the plan prints them.
   *
   * @param plan the action plan
   * @return every finding of {@code plan}, detected and recorded, in the order the plan prints them
   */
  public static ImmutableList<LintFinding> check(ActionPlan plan) {
    checkArgument(plan != null, "plan must not be null");
    List<LintFinding> findings = new ArrayList<>();
    Map<String, Indicator> byText = new HashMap<>();
    Map<String, Indicator> byLocator = new HashMap<>();
    areas(plan, findings);
    for (Action a : plan.actions()) {
      checkAction(plan, a, findings);
      Optional<String> siblingsHeading = Optional.empty();
      for (int i = 0; i < a.indicators().size(); i++) {
        Indicator ind = a.indicators().get(i);
        checkIndicator(plan, a, ind, i, siblingsHeading, findings);
        if (ind.heading().isPresent()) {
          siblingsHeading = ind.heading();
        }
        Indicator same = byText.putIfAbsent(ind.fullText().toLowerCase(Locale.ROOT), ind);
        if (same != null) {
          findings.add(finding(plan, ind, LintKind.DUPLICATE_TEXT, ind.fullText(),
              "printed word for word the same as " + same.id() + " (" + same.source() + ")"));
        }
        Indicator shared = byLocator.putIfAbsent(ind.source().toString(), ind);
        if (shared != null && shared.actionNumber() != ind.actionNumber()) {
          findings.add(finding(plan, ind, LintKind.ROW_SHARED, ind.fullText(), "printed at " + ind.source()
              + " with " + shared.id() + " of action " + shared.actionNumber()
              + ": a table row split or slid across a page break"));
        }
      }
    }
    recorded(plan, findings);
    findings.sort(null);
    return ImmutableList.copyOf(findings);
  }

  /**
   * The findings of {@code plan} the lint detected in its text (not {@link LintKind#RECORDED}).
   *
   * @param plan the action plan
   * @return the findings of {@code plan} the lint detected in its text (not {@link LintKind#RECORDED})
   */
  public static ImmutableList<LintFinding> detected(ActionPlan plan) {
    return check(plan).stream().filter(LintFinding::isDetected).collect(ImmutableList.toImmutableList());
  }

  /** The first number in a locator ({@code line 125} → 125), for ordering; 0 where there is none. */
  static int lineOf(SourceRef locator) {
    Matcher m = LINE.matcher(locator.locator());
    return m.find() ? Integer.parseInt(m.group(1)) : 0;
  }

  private static void areas(ActionPlan plan, List<LintFinding> findings) {
    boolean numbered = plan.areas().stream().anyMatch(a -> a.numeral().isPresent());
    for (org.ccmkit.model.plan.ThematicArea area : plan.areas()) {
      if (numbered && area.numeral().isEmpty()) {
        Optional<Action> first = plan.actions().stream().filter(a -> a.areaId().equals(area.id())).findFirst();
        findings.add(LintFinding.builder().planId(plan.id()).action(first.map(Action::number)).kind(LintKind.LABEL_SEQUENCE)
            .text(area.title()).locator(first.map(Action::source).orElse(plan.source()))
            .message("the section '" + area.title() + "' has no numeral, between sections that have one").build());
      }
    }
  }

  private static void checkAction(ActionPlan plan, Action a, List<LintFinding> findings) {
    if (a.indicators().isEmpty()) {
      findings.add(base(plan, a).kind(LintKind.NO_INDICATOR).text(a.fullText()).locator(a.source())
          .message("action " + a.number() + " is printed without an indicator").build());
    }
    text(plan, a, Optional.empty(), a.text(), a.source(), findings);
    for (int i = 0; i < a.subActions().size(); i++) {
      SubAction s = a.subActions().get(i);
      String expected = String.valueOf((char) ('a' + i));
      if (!s.letter().equals(expected)) {
        findings.add(base(plan, a).kind(LintKind.LABEL_SEQUENCE).text(s.letter() + ") " + s.text()).locator(a.source())
            .message("sub-action labelled '" + s.letter() + "' where '" + expected + "' comes next").build());
      }
      text(plan, a, Optional.empty(), s.text(), a.source(), findings);
    }
  }

  private static void checkIndicator(ActionPlan plan, Action a, Indicator ind, int position,
      Optional<String> siblingsHeading, List<LintFinding> findings) {
    String label = ind.id().substring(ind.id().lastIndexOf('.') + 1);
    String expected = Character.isDigit(label.charAt(0)) ? String.valueOf(position + 1)
        : String.valueOf((char) ('a' + position));
    if (!label.equals(expected)) {
      findings.add(finding(plan, ind, LintKind.LABEL_SEQUENCE, ind.fullText(),
          "labelled '" + label + "' where '" + expected + "' comes next in action " + a.number()));
    }
    Optional<String> heading = ind.heading();
    Optional<String> headingWord = heading.flatMap(PlanLint::measureWord);
    Optional<String> itemWord = measureWord(ind.text());
    if (heading.isPresent() && itemWord.isPresent() && headingWord.isPresent()) {
      findings.add(finding(plan, ind, LintKind.HEADING_AGAINST_ITEM, ind.fullText(), "the heading '" + heading.get()
          + "' opens with '" + headingWord.get() + "' and the item with its own '" + itemWord.get() + "'"));
    } else if (heading.isEmpty() && itemWord.isPresent() && siblingsHeading.flatMap(PlanLint::measureWord).isPresent()) {
      String word = siblingsHeading.flatMap(PlanLint::measureWord).get();
      findings.add(finding(plan, ind, LintKind.HEADING_AGAINST_ITEM, ind.fullText(), "printed in a list under the "
          + "heading '" + siblingsHeading.get() + "' ('" + word + "'), it opens with its own '" + itemWord.get() + "'"
          + (word.equalsIgnoreCase(itemWord.get()) ? ": the measure word twice" : "")));
    }
    heading.filter(h -> !h.trim().endsWith(":")).ifPresent(h -> findings.add(finding(plan, ind,
        LintKind.MISSING_COLON, h, "the heading '" + h + "' has no closing colon")));
    heading.ifPresent(h -> grammar(plan, ind, h, findings));
    Optional<String> word = itemWord.or(() -> headingWord)
        .or(() -> ind.heading().isEmpty() ? siblingsHeading.flatMap(PlanLint::measureWord) : Optional.empty());
    ind.baseline().ifPresent(b -> baseline(plan, a, ind, b, word, findings));
    compound(plan, ind, findings);
    population(plan, ind, findings);
    text(plan, a, Optional.of(ind), ind.fullText(), ind.source(), findings);
  }

  private static void baseline(ActionPlan plan, Action a, Indicator ind, Baseline b, Optional<String> word,
      List<LintFinding> findings) {
    String raw = b.raw().trim();
    if (EMPTY.matcher(raw).matches()) {
      findings.add(finding(plan, ind, LintKind.EMPTY_BASELINE, b.raw(), "baseline printed as '" + b.raw()
          + "': no value and no date, not even the 'X' used elsewhere for a value not yet known"));
      return;
    }
    if (PLACEHOLDER.matcher(raw).matches()) {
      findings.add(finding(plan, ind, LintKind.PLACEHOLDER_BASELINE, b.raw(),
          "baseline printed as the placeholder '" + b.raw() + "': not yet known"));
    }
    String unit = raw.split(";")[0];
    boolean percent = unit.contains("%");
    boolean count = !percent || unit.contains("/") || unit.contains(" or ");
    if (word.isPresent()) {
      String w = word.get().toLowerCase(Locale.ROOT);
      if (w.equals("percentage") && !percent) {
        findings.add(finding(plan, ind, LintKind.MEASURE_AGAINST_BASELINE, b.raw(),
            "'" + word.get() + "' indicator with a baseline printed without a percent sign ('" + b.raw() + "')"));
      } else if (w.equals("number") && !count) {
        findings.add(finding(plan, ind, LintKind.MEASURE_AGAINST_BASELINE, b.raw(),
            "'" + word.get() + "' indicator with a percentage baseline ('" + b.raw() + "')"));
      }
    }
    boolean dated = raw.contains(";") && !raw.substring(raw.indexOf(';') + 1).isBlank();
    if (b.isKnown() && !dated) {
      List<String> datedSiblings = a.indicators().stream().filter(o -> o != ind)
          .filter(o -> o.baseline().map(ob -> ob.raw().contains(";") && !ob.raw().trim().endsWith(";")).orElse(false))
          .map(Indicator::id).toList();
      if (!datedSiblings.isEmpty()) {
        findings.add(finding(plan, ind, LintKind.UNDATED_BASELINE, b.raw(), "baseline '" + b.raw() + "' printed "
            + "with no date (so as of " + b.asOf() + ") while " + String.join(", ", datedSiblings)
            + " of the same action print theirs with one"));
      }
    }
  }

  private static void grammar(ActionPlan plan, Indicator ind, String heading, List<LintFinding> findings) {
    String h = heading.trim().replaceAll(":$", "").trim().toLowerCase(Locale.ROOT);
    String first = firstWord(ind.text());
    if (h.endsWith(" that") && RELATIVES.contains(first)) {
      findings.add(finding(plan, ind, LintKind.GRAMMAR_CLASH, ind.fullText(),
          "the heading ends 'that' and the item begins '" + first + "': two relative clauses in a row"));
    }
    if ((h.endsWith(" have") || h.endsWith(" having")) && !first.matches("[a-z]*(ed|en|wn|ne|de|un)")) {
      findings.add(finding(plan, ind, LintKind.GRAMMAR_CLASH, ind.fullText(), "the heading ends '"
          + h.substring(h.lastIndexOf(' ') + 1) + "' and the item begins '" + first + "', not a past participle"));
    }
    if (h.contains(" that ") && ind.text().matches("(?s).*\\bthat (have|has|report)\\b.*")) {
      findings.add(finding(plan, ind, LintKind.GRAMMAR_CLASH, ind.fullText(),
          "a relative clause in the heading and another in the item: which 'that' the count is of is unclear"));
    }
  }

  private static void compound(ActionPlan plan, Indicator ind, List<LintFinding> findings) {
    Matcher m = MEASURE_ANYWHERE.matcher(ind.text());
    List<String> words = new ArrayList<>();
    while (m.find()) {
      words.add(m.group(1).toLowerCase(Locale.ROOT));
    }
    if (words.size() >= 2) {
      findings.add(finding(plan, ind, LintKind.COMPOUND_INDICATOR, ind.fullText(), words.size() + " measures in one "
          + "indicator (" + String.join(", ", words) + "): one value cannot report them all"));
    }
  }

  private static void population(ActionPlan plan, Indicator ind, List<LintFinding> findings) {
    PopulationBase base = ind.population().base();
    String text = ind.fullText();
    List<String> why = new ArrayList<>();
    if (base == PopulationBase.NONE && ind.isExpressedIn(FigureUnit.PERCENT)) {
      why.add("a percentage with no population to be a percentage of");
    }
    if (base == PopulationBase.NONE
        && (ind.subject() == SubjectKind.STATES_PARTIES || ind.subject() == SubjectKind.STATES_NOT_PARTY)) {
      why.add("it counts States, but no population of States fits the words, so none is computed");
    }
    if (ind.headlineUnit() == FigureUnit.QUANTITY && ind.dataElements().isEmpty()) {
      why.add("a quantity with no data element to sum");
    }
    if (text.matches("(?s).*\\bnew States Parties\\b.*") && base != PopulationBase.NEW_STATES_PARTIES) {
      why.add("'new States Parties' and " + base + " in one population: the model computes one base");
    }
    if (text.contains("affected States Parties") && base == PopulationBase.STATES_PARTIES_COMPLETED_ARTICLE_4) {
      why.add("'affected States Parties' that have completed: a State Party that completed is no longer affected");
    }
    if (text.contains("near completion")) {
      why.add("'near completion' is no state the Convention defines; only a reported fact can say it");
    }
    if (!why.isEmpty()) {
      findings.add(finding(plan, ind, LintKind.POPULATION_NOT_COMPUTABLE, text, String.join("; ", why)));
    }
  }

  private static void text(ActionPlan plan, Action a, Optional<Indicator> ind, String text, SourceRef where,
      List<LintFinding> findings) {
    Matcher d = DOUBLED.matcher(text);
    while (d.find()) {
      findings.add(base(plan, a).indicator(ind.map(Indicator::id)).kind(LintKind.DOUBLED_WORD).text(text).locator(where)
          .message("'" + d.group() + "': the word '" + d.group(1) + "' twice in a row").build());
    }
    Matcher m = MISSING_OF.matcher(ind.isPresent() ? ind.get().text() : "");
    while (m.find()) {
      findings.add(base(plan, a).indicator(ind.map(Indicator::id)).kind(LintKind.WORDING).text(text).locator(where)
          .message("'" + m.group() + "': 'of' is missing after '" + m.group(1) + "'").build());
    }
    Matcher l = LOWER_STATES.matcher(text);
    while (l.find()) {
      findings.add(base(plan, a).indicator(ind.map(Indicator::id)).kind(LintKind.WORDING).text(text).locator(where)
          .message("'" + l.group() + "' in lower case, without 'Parties': the Convention's term is 'affected "
              + "States Parties'").build());
    }
    Matcher p = PLURAL_SINGULAR_VERB.matcher(text);
    while (p.find()) {
      findings.add(base(plan, a).indicator(ind.map(Indicator::id)).kind(LintKind.GRAMMAR_CLASH).text(text)
          .locator(where).message("'" + p.group() + "': a plural subject with a singular verb").build());
    }
    Matcher pp = PREPOSITIONS.matcher(text);
    while (pp.find()) {
      findings.add(base(plan, a).indicator(ind.map(Indicator::id)).kind(LintKind.GRAMMAR_CLASH).text(text)
          .locator(where).message("'" + pp.group() + "': two prepositions in a row").build());
    }
    Matcher hv = HAVEN.matcher(text);
    while (hv.find()) {
      findings.add(base(plan, a).indicator(ind.map(Indicator::id)).kind(LintKind.WORDING).text(text).locator(where)
          .message("'" + hv.group() + "': 'haven' for 'have'").build());
    }
    Matcher t = THESE_SINGULAR.matcher(text);
    while (t.find()) {
      if (NOT_NOUNS.contains(t.group(2)) || t.group(2).endsWith("ed")) {
        continue;
      }
      findings.add(base(plan, a).indicator(ind.map(Indicator::id)).kind(LintKind.GRAMMAR_CLASH).text(text)
          .locator(where).message("'" + t.group() + "': a plural determiner with a singular noun").build());
    }
  }

  private static void recorded(ActionPlan plan, List<LintFinding> findings) {
    for (Note n : plan.notes()) {
      recorded(plan, Optional.empty(), Optional.empty(), n, plan.source(), findings);
    }
    for (Action a : plan.actions()) {
      for (Note n : a.notes()) {
        recorded(plan, Optional.of(a.number()), Optional.empty(), n, a.source(), findings);
      }
      for (Indicator i : a.indicators()) {
        for (Note n : i.notes()) {
          recorded(plan, Optional.of(a.number()), Optional.of(i.id()), n, i.source(), findings);
        }
      }
    }
  }

  private static void recorded(ActionPlan plan, Optional<Integer> action, Optional<String> indicator, Note n,
      SourceRef fallback, List<LintFinding> findings) {
    if (RECORDED_KINDS.contains(n.kind())) {
      findings.add(LintFinding.builder().planId(plan.id()).action(action).indicator(indicator)
          .kind(LintKind.RECORDED).text(n.text()).locator(n.source().orElse(fallback))
          .message("the catalogue records " + n.kind() + ": " + n.text()).build());
    }
  }

  /** "Number", "Percentage" or "Number and percentage", as the line opens; empty for a line that opens otherwise. */
  static Optional<String> measureWord(String line) {
    Matcher m = MEASURE.matcher(line);
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  private static String firstWord(String text) {
    String[] words = text.trim().split("[^A-Za-z-]+");
    return words.length == 0 ? "" : words[0].toLowerCase(Locale.ROOT);
  }

  private static ImmutableLintFinding.Builder base(ActionPlan plan, Action a) {
    return LintFinding.builder().planId(plan.id()).action(a.number());
  }

  private static LintFinding finding(ActionPlan plan, Indicator ind, LintKind kind, String text, String message) {
    return LintFinding.builder().planId(plan.id()).action(ind.actionNumber()).indicator(ind.id()).kind(kind)
        .text(text).locator(ind.source()).message(message).build();
  }
}
