package org.ccmkit.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Optional;
import org.ccmkit.io.read.ReadResult;
import org.ccmkit.model.SourceRef;
import org.ccmkit.model.convention.Article;
import org.ccmkit.model.convention.ArticleRef;
import org.ccmkit.model.convention.Convention;
import org.ccmkit.model.convention.ObligationKind;
import org.ccmkit.model.plan.Action;
import org.ccmkit.model.plan.ActionPlan;
import org.ccmkit.model.plan.Baseline;
import org.ccmkit.model.plan.CountingRule;
import org.ccmkit.model.plan.DataElement;
import org.ccmkit.model.plan.Direction;
import org.ccmkit.model.plan.FigureUnit;
import org.ccmkit.model.plan.Indicator;
import org.ccmkit.model.plan.Note;
import org.ccmkit.model.plan.NoteKind;
import org.ccmkit.model.plan.PlanStatus;
import org.ccmkit.model.plan.Population;
import org.ccmkit.model.plan.PopulationBase;
import org.ccmkit.model.plan.SubAction;
import org.ccmkit.model.plan.SubjectKind;
import org.ccmkit.model.plan.ThematicArea;
import org.ccmkit.model.plan.ValueType;
import org.ccmkit.model.plan.Vocabulary;
import org.ccmkit.model.state.PartyBasis;

/**
 * Turns the JSON catalogues described in {@code docs/formats.md} into the model's catalogue types. Every field that is
 * missing or malformed is a {@link org.ccmkit.io.read.Failure} located by file and JSON pointer; a catalogue with
 * failures is not returned half-built (the result's value is then empty).
 */
final class CatalogueReader {

  private CatalogueReader() {}

  /**
   * An action plan from its JSON tree, or the problems that prevent it.
   *
   * @param root the document's root node
   * @param file the file
   * @return an action plan from its JSON tree, or the problems that prevent it
   */
  public static ReadResult<Optional<ActionPlan>> plan(JsonNode root, String file) {
    JsonFields f = new JsonFields(file);
    if (!root.isObject()) {
      f.problem("", "expected an action plan object, was " + JsonFields.abbreviate(root));
      return f.result(null);
    }
    String planId = f.text(root, "", "id");
    ImmutableList<ThematicArea> areas = f.array(root, "", "areas", (n, p) -> ThematicArea.builder()
        .id(f.text(n, p, "id"))
        .numeral(f.optText(n, p, "numeral"))
        .title(f.text(n, p, "title"))
        .source(source(f, n, p))
        .build());
    ImmutableList<Action> actions = f.array(root, "", "actions", (n, p) -> action(f, planId, n, p));
    ActionPlan plan = f.guarded("", () -> ActionPlan.builder()
        .id(planId)
        .title(f.text(root, "", "title"))
        .periodStart(f.integer(root, "", "periodStart"))
        .periodEnd(f.integer(root, "", "periodEnd"))
        .status(f.enumValue(root, "", "status", PlanStatus.class, PlanStatus.DRAFT))
        .source(source(f, root, ""))
        .areas(areas)
        .actions(actions)
        .notes(notes(f, root, ""))
        .build());
    return f.result(plan);
  }

  private static Action action(JsonFields f, String planId, JsonNode n, String p) {
    int number = f.integer(n, p, "number");
    return Action.builder()
        .planId(planId)
        .number(number)
        .areaId(f.text(n, p, "area"))
        .text(f.text(n, p, "text"))
        .subActions(f.array(n, p, "subActions", (s, sp) -> SubAction.of(f.text(s, sp, "letter"), f.text(s, sp, "text"))))
        .articles(f.textArray(n, p, "articles", ArticleRef::parse))
        .continues(f.array(n, p, "continues", (c, cp) -> {
          if (!c.isIntegralNumber()) {
            f.problem(cp, "expected an action number, was " + c);
            return null;
          }
          return c.intValue();
        }))
        .indicators(f.array(n, p, "indicators", (i, ip) -> indicator(f, planId, number, i, ip)))
        .source(source(f, n, p))
        .notes(notes(f, n, p))
        .build();
  }

  private static Indicator indicator(JsonFields f, String planId, int action, JsonNode n, String p) {
    JsonNode pop = n.get("population");
    Population population = null;
    if (pop == null || !pop.isObject()) {
      f.problem(p + "/population", "missing required object 'population'");
    } else {
      String pp = p + "/population";
      PopulationBase base = f.enumValue(pop, pp, "base", PopulationBase.class, PopulationBase.NONE);
      PartyBasis basis = f.enumValue(pop, pp, "basis", PartyBasis.class, PartyBasis.INSTRUMENT_DEPOSITED);
      Optional<String> qualifier = f.optText(pop, pp, "qualifier").map(CatalogueReader::elementKey);
      population = qualifier.map(q -> Population.of(base, basis, q)).orElseGet(() -> Population.of(base, basis));
    }
    ImmutableList<FigureUnit> units = units(f, n, p);
    var indicator = Indicator.builder()
        .id(f.text(n, p, "id"))
        .planId(planId)
        .actionNumber(action)
        .text(f.text(n, p, "text"))
        .heading(f.optText(n, p, "heading"))
        .units(units)
        .subject(f.enumValue(n, p, "subject", SubjectKind.class, SubjectKind.STATES_PARTIES))
        .population(population)
        .dataElements(f.textArray(n, p, "dataElements", CatalogueReader::elementKey))
        .direction(f.enumValue(n, p, "direction", Direction.class, Direction.INCREASE))
        .baseline(baseline(f, n.get("baseline"), p + "/baseline"))
        .source(source(f, n, p))
        .notes(notes(f, n, p));
    f.optText(n, p, "counting").map(c -> f.guarded(p + "/counting", () -> CountingRule.parse(c)))
        .ifPresent(indicator::counting);
    // Without its units the indicator is not built: the problem with them is recorded, and is the one to read.
    return units.isEmpty() ? null : indicator.build();
  }

  /**
   * An indicator's {@code units}, headline first: {@code ["PERCENT", "COUNT"]}. The word {@code measure} of earlier
   * catalogues is not read: the problem says what to write instead, so that one word says one thing.
   */
  private static ImmutableList<FigureUnit> units(JsonFields f, JsonNode n, String p) {
    JsonNode old = n.get("measure");
    if (old != null) {
      String instead = old.isTextual() ? OLD_MEASURES.get(old.asText()) : null;
      f.problem(p + "/measure", "'measure' is no longer read: an indicator names its \"units\", headline first, one of "
          + FigureUnit.indicatorUnitsInWords() + (instead == null ? "" : "; for \"measure\": " + old
          + " write \"units\": " + instead));
      return ImmutableList.of();
    }
    if (n.get("units") == null || n.get("units").isNull()) {
      f.problem(p + "/units", "missing required array 'units': the units the value is expressed in, headline first, "
          + "one of " + FigureUnit.indicatorUnitsInWords());
      return ImmutableList.of();
    }
    ImmutableList<FigureUnit> units = f.textArray(n, p, "units", t -> {
      try {
        return FigureUnit.valueOf(t);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("expected a unit, one of COUNT, PERCENT, QUANTITY or CHANGE, was \"" + t
            + "\"");
      }
    });
    if (!n.get("units").isArray() || units.size() != n.get("units").size()) {
      return ImmutableList.of(); // the array's or an element's problem is recorded
    }
    if (!FigureUnit.isIndicatorUnits(units)) {
      f.problem(p + "/units", "expected " + FigureUnit.indicatorUnitsInWords() + ", headline first, was " + units);
      return ImmutableList.of();
    }
    return units;
  }

  /** What to write for each word of the former {@code measure}. */
  private static final ImmutableMap<String, String> OLD_MEASURES = ImmutableMap.of(
      "COUNT", "[\"COUNT\"]", "PERCENTAGE", "[\"PERCENT\"]", "COUNT_AND_PERCENTAGE", "[\"PERCENT\", \"COUNT\"]",
      "QUANTITY", "[\"QUANTITY\"]", "CHANGE", "[\"CHANGE\"]");

  private static Optional<Baseline> baseline(JsonFields f, JsonNode n, String p) {
    if (n == null || n.isNull()) {
      return Optional.empty();
    }
    if (!n.isObject() || n.get("raw") == null || !n.get("raw").isTextual()) {
      f.problem(p, "expected a baseline object with its raw text, was " + JsonFields.abbreviate(n));
      return Optional.empty();
    }
    return Optional.ofNullable(f.guarded(p, () -> Baseline.builder()
        .raw(n.get("raw").asText())
        .value(f.optNumber(n, p, "value"))
        .percent(f.optNumber(n, p, "percent"))
        .asOf(f.text(n, p, "asOf"))
        .build()));
  }

  private static ImmutableList<Note> notes(JsonFields f, JsonNode n, String p) {
    return f.array(n, p, "notes", (x, xp) -> {
      org.ccmkit.model.plan.ImmutableNote.Builder b = org.ccmkit.model.plan.ImmutableNote.builder()
          .kind(f.enumValue(x, xp, "kind", NoteKind.class, NoteKind.TEXT))
          .text(f.text(x, xp, "text"));
      if (x.hasNonNull("source")) {
        b.source(source(f, x, xp));
      }
      return b.build();
    });
  }

  /** The {@code source} object of {@code n}. */
  static SourceRef source(JsonFields f, JsonNode n, String p) {
    JsonNode s = n.get("source");
    if (s == null || !s.isObject()) {
      f.problem(p + "/source", "missing required source {document, locator}");
      return SourceRef.of("?", "?");
    }
    return SourceRef.of(f.text(s, p + "/source", "document"), f.text(s, p + "/source", "locator"));
  }

  /**
   * A data element key as read, as the one {@link String} instance that every catalogue read in this JVM uses for it
   * ({@link String#intern()}): an indicator's elements and qualifier and the vocabulary's keys are then the same
   * objects, so that the evaluator's lookups of one in a map keyed by the other (the vocabulary, the facts of a cycle)
   * compare them by identity rather than letter by letter. Keys are few (a catalogue's hundred or so).
   */
  private static String elementKey(String key) {
    return key.intern();
  }

  /**
   * The shared vocabulary of data elements from its JSON array.
   *
   * @param root the document's root node
   * @param file the file
   * @return the shared vocabulary of data elements from its JSON array
   */
  public static ReadResult<Optional<Vocabulary>> vocabulary(JsonNode root, String file) {
    JsonFields f = new JsonFields(file);
    if (!root.isArray()) {
      f.problem("", "expected an array of data elements, was " + JsonFields.abbreviate(root));
      return f.result(null);
    }
    ImmutableList.Builder<DataElement> elements = ImmutableList.builder();
    for (int i = 0; i < root.size(); i++) {
      JsonNode n = root.get(i);
      String p = "/" + i;
      DataElement e = f.guarded(p, () -> DataElement.builder()
          .key(elementKey(f.text(n, p, "key")))
          .valueType(f.enumValue(n, p, "valueType", ValueType.class, ValueType.BOOLEAN))
          .description(f.text(n, p, "description"))
          .article7(f.optText(n, p, "article7").map(ArticleRef::parse))
          .form(f.optText(n, p, "form"))
          .source(n.hasNonNull("source") ? Optional.of(source(f, n, p)) : Optional.empty())
          .build());
      if (e != null) {
        elements.add(e);
      }
    }
    Vocabulary v = f.guarded("", () -> Vocabulary.of(elements.build()));
    return f.result(v);
  }

  /**
   * The Convention's articles from their JSON array.
   *
   * @param root the document's root node
   * @param file the file
   * @return the Convention's articles from their JSON array
   */
  public static ReadResult<Optional<Convention>> convention(JsonNode root, String file) {
    JsonFields f = new JsonFields(file);
    if (!root.isArray()) {
      f.problem("", "expected an array of articles, was " + JsonFields.abbreviate(root));
      return f.result(null);
    }
    ImmutableList.Builder<Article> articles = ImmutableList.builder();
    for (int i = 0; i < root.size(); i++) {
      JsonNode n = root.get(i);
      String p = "/" + i;
      Article a = f.guarded(p, () -> Article.of(f.integer(n, p, "number"), f.text(n, p, "title"),
          f.enumValue(n, p, "obligationKind", ObligationKind.class, ObligationKind.FINAL_CLAUSE)));
      if (a != null) {
        articles.add(a);
      }
    }
    Convention c = f.guarded("", () -> Convention.of(articles.build()));
    return f.result(c);
  }
}
