package org.ccmkit.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.BiFunction;
import org.ccmkit.io.read.Failure;
import org.ccmkit.io.read.FailureKind;
import org.ccmkit.io.read.Input;
import org.ccmkit.io.read.Location;
import org.ccmkit.io.read.ReadResult;
import org.ccmkit.model.convention.Convention;
import org.ccmkit.model.plan.ActionPlan;
import org.ccmkit.model.plan.Crosswalk;
import org.ccmkit.model.plan.Indicator;
import org.ccmkit.model.plan.Vocabulary;

/**
 * The catalogues ccmkit ships: the Lausanne Action Plan, the draft Vientiane Capital Action Plan, the Convention's
 * articles, the shared vocabulary of data elements, and the crosswalk between the two plans. Each is read on its first
 * use, from its own JSON file in this module and from no other (the Lausanne plan reads {@code lausanne.json} only),
 * by the same reader that reads a user's catalogue into a {@link ReadResult}, and is immutable. A shipped catalogue
 * that cannot be read is a defect of the library: its first use throws a {@link org.ccmkit.io.read.ReadException}
 * listing every failure.
 *
 * <pre>{@code
 * ActionPlan lap = Catalogues.lausanne();
 * lap.actions().get(22).indicators().get(1).text();   // LAP-23.2
 * Catalogues.crosswalk().predecessorsOf(Catalogues.vientianeCapital().indicator("VCAP-19.a").get());
 * }</pre>
 */
public final class Catalogues {

  private static final String ROOT = "/org/ccmkit/io/catalogues/";

  private Catalogues() {}

  /** {@return the Lausanne Action Plan 2021–2026 (50 actions in sections II–XI, the indicators of its Annex 1)} */
  public static ActionPlan lausanne() {
    return Lausanne.PLAN;
  }

  /** {@return the draft Vientiane Capital Action Plan 2027–2031 (43 actions), with baselines as printed} */
  public static ActionPlan vientianeCapital() {
    return VientianeCapital.PLAN;
  }

  /** {@return the Convention on Cluster Munitions: its 23 articles} */
  public static Convention convention() {
    return Articles.CONVENTION;
  }

  /** {@return the data elements both plans' indicators are counted from} */
  public static Vocabulary dataElements() {
    return DataElements.VOCABULARY;
  }

  /** {@return the crosswalk from the Vientiane Capital Action Plan to the Lausanne Action Plan (reads both plans)} */
  public static Crosswalk crosswalk() {
    return Plans.CROSSWALK;
  }

  /** {@return Both plans, Lausanne first} */
  public static ImmutableList<ActionPlan> plans() {
    return ImmutableList.of(lausanne(), vientianeCapital());
  }

  /**
   * The shipped plan with id {@code LAP} or {@code VCAP}.
   *
   *
   * @param id the id
   * @return the shipped plan with id {@code LAP} or {@code VCAP}
   * @throws IllegalArgumentException naming the id, and the plan meant if it differs only in case
   */
  public static ActionPlan plan(String id) {
    Preconditions.checkNotNull(id, "Catalogues.plan: id must not be null");
    if (id.equals("LAP")) {
      return lausanne();
    }
    if (id.equals("VCAP")) {
      return vientianeCapital();
    }
    String hint = id.equalsIgnoreCase("LAP") || id.equalsIgnoreCase("VCAP")
        ? "; '" + id + "' differs from '" + id.toUpperCase(java.util.Locale.ROOT) + "' only in case" : "";
    throw new IllegalArgumentException("Catalogues.plan: no action plan with id '" + id + "'; the plans are LAP, VCAP"
        + hint);
  }

  /**
   * Reads an action plan a user keeps in a JSON file of the catalogue format: the plan, or no value and every failure
   * found (each located by file, line or JSON pointer), never an exception.
   *
   * @param file the file
   * @return the value read, with every failure found
   */
  public static ReadResult<Optional<ActionPlan>> readPlan(Path file) {
    return read(file, CatalogueReader::plan);
  }

  /**
   * Reads a vocabulary of data elements from a JSON file of the catalogue format, as {@link #readPlan} does.
   *
   * @param file the file
   * @return the value read, with every failure found
   */
  public static ReadResult<Optional<Vocabulary>> readVocabulary(Path file) {
    return read(file, CatalogueReader::vocabulary);
  }

  private static <T> ReadResult<Optional<T>> read(Path file,
      BiFunction<JsonNode, String, ReadResult<Optional<T>>> reader) {
    Preconditions.checkNotNull(file, "Catalogues: file must not be null");
    return Json.readCatalogue(Input.builder().from(Input.of(file)).name(file.toString()).build(), reader);
  }

  private static <T> T shipped(String name, BiFunction<JsonNode, String, ReadResult<Optional<T>>> reader) {
    ReadResult<Optional<T>> r = Json.readCatalogue(Json.shipped(ROOT + name), reader);
    return r.orThrow().orElseThrow(() -> new org.ccmkit.io.read.ReadException(ImmutableList.of(Failure.of(
        FailureKind.EMPTY, Location.of(name), "shipped catalogue holds nothing"))));
  }

  /**
   * The failures of {@code plan}'s indicators that use a data element (or population qualifier) {@code vocabulary}
   * does not define, each naming the indicator and the element.
   */
  static ImmutableList<Failure> unresolvedDataElements(ActionPlan plan, Vocabulary vocabulary) {
    ImmutableList.Builder<Failure> out = ImmutableList.builder();
    Location at = Location.of(plan.id());
    for (Indicator i : plan.indicators()) {
      i.dataElements().stream().filter(k -> !vocabulary.contains(k)).forEach(k -> out.add(Failure.of(
          FailureKind.UNKNOWN_DATA_ELEMENT, at.withField(i.id()), "indicator uses a data element the vocabulary does "
              + "not define", k, "a key of the vocabulary")));
      i.population().qualifier().filter(k -> !vocabulary.contains(k)).ifPresent(k -> out.add(Failure.of(
          FailureKind.UNKNOWN_DATA_ELEMENT, at.withField(i.id()), "population qualifier is not in the vocabulary", k,
          "a key of the vocabulary")));
    }
    return out.build();
  }

  // One holder a catalogue (initialization on demand): each file is read once, thread-safely, on its first use.

  private static final class Lausanne {
    static final ActionPlan PLAN = shipped("lausanne.json", CatalogueReader::plan);
  }

  private static final class VientianeCapital {
    static final ActionPlan PLAN = shipped("vientiane-capital.json", CatalogueReader::plan);
  }

  private static final class Articles {
    static final Convention CONVENTION = shipped("convention.json", CatalogueReader::convention);
  }

  private static final class DataElements {
    static final Vocabulary VOCABULARY = shipped("data-elements.json", CatalogueReader::vocabulary);
  }

  private static final class Plans {
    static final Crosswalk CROSSWALK = Crosswalk.between(vientianeCapital(), lausanne());
  }
}
