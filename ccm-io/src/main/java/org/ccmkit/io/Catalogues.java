package org.ccmkit.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import com.google.common.base.Preconditions;
import com.google.common.io.MoreFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.ccmkit.io.catalogue.CatalogueException;
import org.ccmkit.io.catalogue.CatalogueReader;
import org.ccmkit.io.catalogue.CatalogueResult;
import org.ccmkit.io.read.Input;
import org.ccmkit.model.convention.Convention;
import org.ccmkit.model.plan.ActionPlan;
import org.ccmkit.model.plan.Crosswalk;
import org.ccmkit.model.plan.Indicator;
import org.ccmkit.model.plan.Vocabulary;

/**
 * The catalogues ccmkit ships: the Lausanne Action Plan, the draft Vientiane Capital Action Plan, the Convention's
 * articles, the shared vocabulary of data elements, and the crosswalk between the two plans. Each is read once, on
 * first use, from the JSON files in this module by the same reader that reads a user's catalogue, and is immutable.
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
    return Holder.LAUSANNE;
  }

  /** {@return the draft Vientiane Capital Action Plan 2027–2031 (43 actions), with baselines as printed} */
  public static ActionPlan vientianeCapital() {
    return Holder.VIENTIANE_CAPITAL;
  }

  /** {@return the Convention on Cluster Munitions: its 23 articles} */
  public static Convention convention() {
    return Holder.CONVENTION;
  }

  /** {@return the data elements both plans' indicators are counted from} */
  public static Vocabulary dataElements() {
    return Holder.DATA_ELEMENTS;
  }

  /** {@return the crosswalk from the Vientiane Capital Action Plan to the Lausanne Action Plan} */
  public static Crosswalk crosswalk() {
    return Holder.CROSSWALK;
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
   * @throws IllegalArgumentException naming the id if there is no such plan
   */
  public static ActionPlan plan(String id) {
    return plans().stream().filter(p -> p.id().equals(id)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no action plan with id '" + id + "'; the plans are LAP, VCAP"));
  }

  /**
   * Reads an action plan a user keeps in a JSON file of the catalogue format.
   *
   * @param file the file
   * @return the catalogue read, or the problems found
   */
  public static CatalogueResult<ActionPlan> readPlan(Path file) {
    return read(file, CatalogueReader::plan);
  }

  /**
   * Reads a vocabulary of data elements from a JSON file of the catalogue format.
   *
   * @param file the file
   * @return the catalogue read, or the problems found
   */
  public static CatalogueResult<Vocabulary> readVocabulary(Path file) {
    return read(file, CatalogueReader::vocabulary);
  }

  private static <T> CatalogueResult<T> read(Path file, BiFunction<JsonNode, String, CatalogueResult<T>> reader) {
    Preconditions.checkNotNull(file, "file must not be null");
    return Json.readCatalogue(Input.builder().name(file.toString()).bytes(MoreFiles.asByteSource(file)).build(),
        reader);
  }

  private static <T> T shipped(String name, BiFunction<JsonNode, String, CatalogueResult<T>> reader) {
    return Json.readCatalogue(Json.shipped(ROOT + name), reader).orThrow();
  }

  /** Checks that every data element an indicator uses is in the vocabulary. */
  static ImmutableList<String> unresolvedDataElements(ActionPlan plan, Vocabulary vocabulary) {
    List<String> problems = new ArrayList<>();
    for (Indicator i : plan.indicators()) {
      i.dataElements().stream().filter(k -> !vocabulary.contains(k))
          .forEach(k -> problems.add(i.id() + " uses data element '" + k + "', which the vocabulary does not define"));
      i.population().qualifier().filter(k -> !vocabulary.contains(k))
          .ifPresent(k -> problems.add(i.id() + " population qualifier '" + k + "' is not in the vocabulary"));
    }
    return ImmutableList.copyOf(problems);
  }

  /** Initialization-on-demand holder: the catalogues are read once, thread-safely, on first use. */
  private static final class Holder {
    static final Vocabulary DATA_ELEMENTS = shipped("data-elements.json", CatalogueReader::vocabulary);
    static final Convention CONVENTION = shipped("convention.json", CatalogueReader::convention);
    static final ActionPlan LAUSANNE = checked(shipped("lausanne.json", CatalogueReader::plan));
    static final ActionPlan VIENTIANE_CAPITAL = checked(shipped("vientiane-capital.json", CatalogueReader::plan));
    static final Crosswalk CROSSWALK = Crosswalk.between(VIENTIANE_CAPITAL, LAUSANNE);

    private static ActionPlan checked(ActionPlan plan) {
      ImmutableList<String> problems = unresolvedDataElements(plan, DATA_ELEMENTS);
      if (!problems.isEmpty()) {
        throw new CatalogueException(problems);
      }
      return plan;
    }
  }
}
