package org.ccmkit.io.write;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.ccmkit.indicators.data.Bound;
import org.ccmkit.indicators.result.Evaluation;
import org.ccmkit.indicators.result.PopulationCode;
import org.ccmkit.indicators.result.PopulationResult;
import org.ccmkit.indicators.result.Score;
import org.ccmkit.model.plan.FigureUnit;
import org.ccmkit.indicators.result.SubjectEntry;
import org.ccmkit.io.fhir.MeasureReportType;
import org.ccmkit.model.plan.Direction;

/**
 * Writes an evaluation as an HL7 FHIR R4 {@code MeasureReport} in JSON: {@code status} {@code complete}; {@code type}
 * {@code summary}, {@code subject-list} or {@code individual}; {@code measure} (the indicator's canonical URL under
 * {@value #CANONICAL}); {@code date} (the day the populations were computed on); {@code period} (the calendar year the
 * cycle's reports cover); {@code improvementNotation} from the indicator's direction; one {@code group} whose
 * {@code population}s carry the codes of the {@code measure-population} code system ({@code initial-population},
 * {@code denominator-exclusion}, {@code denominator}, {@code numerator}) or, for the populations FHIR has no code for,
 * of ccmkit's ({@value #POPULATION_SYSTEM}: {@code no-data}, {@code left}), with counts; the {@code measureScore}; and
 * for a subject list each population's States as a contained {@code List}. The provenance is in {@code meta}.
 */
public final class MeasureReportWriter {

  /** The base of the canonical URLs of ccmkit's measures and code systems. */
  public static final String CANONICAL = "https://ccmkit.org/fhir";

  /** FHIR's {@code measure-population} code system. */
  public static final String MEASURE_POPULATION = "http://terminology.hl7.org/CodeSystem/measure-population";

  /** FHIR's {@code measure-improvement-notation} code system. */
  public static final String IMPROVEMENT_NOTATION =
      "http://terminology.hl7.org/CodeSystem/measure-improvement-notation";

  /** ccmkit's code system for the populations FHIR has no code for: {@code no-data}, {@code left}. */
  public static final String POPULATION_SYSTEM = CANONICAL + "/CodeSystem/population";

  /** ccmkit's code system for the provenance tags in {@code meta.tag}. */
  public static final String PROVENANCE_SYSTEM = CANONICAL + "/CodeSystem/provenance";

  /** The identifier system of States: ISO 3166-1 alpha-3. */
  public static final String ISO_3166 = "urn:iso:std:iso:3166";

  /** The identifier system of other subjects (meetings, extension requests). */
  public static final String SUBJECT_SYSTEM = CANONICAL + "/subject";

  private static final ObjectMapper JSON = OutputMappers.json();

  private MeasureReportWriter() {}

  /**
   * The evaluation as a {@code summary} or {@code subject-list} MeasureReport.
   *
   * @param e the evaluation
   * @param type the type
   * @param provenance the provenance
   * @return the evaluation as a {@code summary} or {@code subject-list} MeasureReport
   */
  public static String json(Evaluation e, MeasureReportType type, Provenance provenance) {
    checkArgument(e != null, "MeasureReportWriter.json: evaluation must not be null");
    checkArgument(type != null && type != MeasureReportType.INDIVIDUAL,
        "MeasureReportWriter.json: type must be SUMMARY or SUBJECT_LIST (for INDIVIDUAL use individual(...)), was %s",
        type);
    return write(report(e, type, Optional.empty(), provenance));
  }

  /**
   * One State's (or subject's) {@code individual} MeasureReport: the populations it is in, with a count of 1 each.
   *
   * @param e the evaluation
   * @param subject the subject: a State's code or a meeting's id
   * @param provenance the provenance
   * @return one State's (or subject's) {@code individual} MeasureReport: the populations it is in, with a count of 1
   *     each
   */
  public static String individual(Evaluation e, String subject, Provenance provenance) {
    checkArgument(e != null, "MeasureReportWriter.individual: evaluation must not be null");
    Optional<SubjectEntry> entry = Optional.ofNullable(subject).flatMap(e::subject);
    checkArgument(entry.isPresent(), "MeasureReportWriter.individual: subject '%s' is in no population of %s %s; "
        + "known subjects: %s", subject, e.indicator().id(), e.cycle().meeting(),
        e.initialPopulation().stream().map(SubjectEntry::subject).toList());
    return write(report(e, MeasureReportType.INDIVIDUAL, entry, provenance));
  }

  /** The report as a JSON tree. */
  static ObjectNode report(Evaluation e, MeasureReportType type, Optional<SubjectEntry> individual,
      Provenance provenance) {
    checkArgument(provenance != null, "MeasureReportWriter: provenance must not be null (evaluation %s %s)",
        e.indicator().id(), e.cycle().meeting());
    ObjectNode r = JSON.createObjectNode();
    r.put("resourceType", "MeasureReport");
    r.put("id", id(e.indicator().id() + "-" + e.cycle().meeting() + individual.map(s -> "-" + s.subject()).orElse("")));
    r.set("meta", meta(provenance));
    if (type == MeasureReportType.SUBJECT_LIST) {
      ArrayNode contained = r.putArray("contained");
      for (PopulationResult p : e.populations()) {
        contained.add(list(e, p));
      }
      if (contained.isEmpty()) {
        r.remove("contained");
      }
    }
    ArrayNode ext = r.putArray("extension");
    ext.add(extension("evaluation-status", "valueCode", e.status().name()));
    e.reason().ifPresent(reason -> ext.add(extension("reason", "valueString", reason)));
    ext.add(extension("population-rule", "valueString", e.populationRule()));
    String source = EvaluationWriter.sources(e);
    if (!source.equals("–")) {
      ext.add(extension("source", "valueString", source));
    }
    r.put("status", "complete");
    r.put("type", type.code());
    r.put("measure", CANONICAL + "/Measure/" + e.indicator().id());
    individual.ifPresent(s -> r.set("subject", reference(s)));
    r.put("date", e.date().toString());
    ObjectNode period = r.putObject("period");
    period.put("start", e.cycle().coveredYear() + "-01-01");
    period.put("end", e.cycle().coveredYear() + "-12-31");
    if (e.indicator().direction() != Direction.NEUTRAL) {
      ObjectNode coding = r.putObject("improvementNotation").putArray("coding").addObject();
      coding.put("system", IMPROVEMENT_NOTATION);
      coding.put("code", e.indicator().direction() == Direction.INCREASE ? "increase" : "decrease");
    }
    ObjectNode group = r.putArray("group").addObject();
    ArrayNode populations = group.putArray("population");
    for (PopulationResult p : e.populations()) {
      if (individual.isPresent() && !p.contains(individual.get().subject())) {
        continue;
      }
      ObjectNode pop = populations.addObject();
      ObjectNode coding = pop.putObject("code").putArray("coding").addObject();
      boolean fhir = p.code() != PopulationCode.NO_DATA && p.code() != PopulationCode.LEFT;
      coding.put("system", fhir ? MEASURE_POPULATION : POPULATION_SYSTEM);
      coding.put("code", p.code().code());
      pop.put("count", individual.isPresent() ? 1 : p.count());
      if (type == MeasureReportType.SUBJECT_LIST) {
        pop.putObject("subjectResults").put("reference", "#" + listId(p));
      }
    }
    if (populations.isEmpty()) {
      group.remove("population");
    }
    if (individual.isEmpty()) {
      e.score().ifPresent(s -> group.set("measureScore", score(s)));
    }
    if (group.isEmpty()) {
      r.remove("group");
    }
    return r;
  }

  private static ObjectNode meta(Provenance p) {
    ObjectNode meta = JSON.createObjectNode();
    meta.put("source", CANONICAL + "/ccmkit/" + p.libraryVersion());
    ArrayNode tags = meta.putArray("tag");
    tags.add(tag("library-version", p.libraryVersion()));
    tags.add(tag("catalogue", p.catalogueInWords()));
    tags.add(tag("dataset-digest", p.datasetDigest()));
    tags.add(tag("cycles", p.cyclesInWords()));
    return meta;
  }

  private static ObjectNode tag(String code, String display) {
    ObjectNode t = JSON.createObjectNode();
    t.put("system", PROVENANCE_SYSTEM);
    t.put("code", code);
    t.put("display", display);
    return t;
  }

  /** An extension of ccmkit's: its URL and its value of FHIR type {@code type} ({@code valueString} …). */
  private static ObjectNode extension(String name, String type, Object value) {
    ObjectNode x = JSON.createObjectNode();
    x.put("url", CANONICAL + "/StructureDefinition/" + name);
    x.set(type, JSON.valueToTree(value));
    return x;
  }

  /** The score as a FHIR Quantity: a percentage in UCUM {@code %}, a count in {1}; a bound as its comparator. */
  private static ObjectNode score(Score s) {
    ObjectNode q = JSON.createObjectNode();
    q.put("value", s.value());
    s.bound().flatMap(MeasureReportWriter::comparator).ifPresent(c -> q.put("comparator", c));
    if (s.unit() == FigureUnit.PERCENT) {
      q.put("unit", "%");
      q.put("system", "http://unitsofmeasure.org");
      q.put("code", "%");
    } else if (s.unit() == FigureUnit.COUNT || s.unit() == FigureUnit.CHANGE) {
      q.put("unit", s.unit() == FigureUnit.CHANGE ? "change in count" : "count");
      q.put("system", "http://unitsofmeasure.org");
      q.put("code", "{count}");
    }
    ArrayNode ext = JSON.createArrayNode();
    s.bound().filter(b -> b == Bound.APPROXIMATE).ifPresent(b -> ext.add(extension("score-approximate",
        "valueBoolean", true)));
    s.period().ifPresent(p -> ext.add(extension("score-period", "valueString", p)));
    s.component().ifPresent(c -> ext.add(extension("score-component", "valueString", c)));
    s.count().ifPresent(c -> ext.add(extension("score-numerator", "valueInteger", c)));
    s.denominator().ifPresent(d -> ext.add(extension("score-denominator", "valueInteger", d)));
    if (!ext.isEmpty()) {
      q.set("extension", ext);
    }
    return q;
  }

  private static Optional<String> comparator(Bound b) {
    switch (b) {
      case AT_LEAST:
        return Optional.of(">=");
      case MORE_THAN:
        return Optional.of(">");
      case AT_MOST:
        return Optional.of("<=");
      default:
        return Optional.empty();
    }
  }

  private static ObjectNode list(Evaluation e, PopulationResult p) {
    ObjectNode l = JSON.createObjectNode();
    l.put("resourceType", "List");
    l.put("id", listId(p));
    l.put("status", "current");
    l.put("mode", "snapshot");
    l.put("title", p.code().code() + " of " + e.indicator().id() + ", " + e.cycle().meeting() + " cycle");
    l.put("date", e.date().toString());
    if (p.subjects().isEmpty()) {
      ObjectNode reason = l.putObject("emptyReason").putArray("coding").addObject();
      reason.put("system", "http://terminology.hl7.org/CodeSystem/list-empty-reason");
      reason.put("code", "nilknown");
      return l;
    }
    ArrayNode entries = l.putArray("entry");
    for (SubjectEntry s : p.subjects()) {
      entries.addObject().set("item", reference(s));
    }
    return l;
  }

  private static ObjectNode reference(SubjectEntry s) {
    ObjectNode ref = JSON.createObjectNode();
    ObjectNode identifier = ref.putObject("identifier");
    boolean state = s.subjectId().isState();
    identifier.put("system", state ? ISO_3166 : SUBJECT_SYSTEM);
    identifier.put("value", s.subject());
    s.name().ifPresent(n -> ref.put("display", n));
    return ref;
  }

  private static String listId(PopulationResult p) {
    return "list-" + p.code().code();
  }

  /** A FHIR id: letters, digits, '-' and '.', at most 64 characters. */
  private static String id(String raw) {
    String id = raw.replaceAll("[^A-Za-z0-9.-]", "-");
    return id.length() <= 64 ? id : id.substring(0, 64);
  }

  private static String write(ObjectNode r) {
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(r) + "\n";
    } catch (JsonProcessingException ex) {
      throw new IllegalStateException("a MeasureReport tree always serialises", ex);
    }
  }
}
