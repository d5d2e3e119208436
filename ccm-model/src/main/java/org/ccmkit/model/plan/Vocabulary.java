package org.ccmkit.model.plan;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import java.util.Optional;
import org.ccmkit.model.UnknownIdException;
import org.immutables.value.Value;

/** The shared vocabulary of data elements: one key per reportable fact, used by every plan. */
@Value.Immutable
public abstract class Vocabulary {

  /** Implemented in this package only (by the generated immutable class). */
  Vocabulary() {}

  /** {@return the data elements, in the order given} */
  public abstract ImmutableList<DataElement> elements();

  /**
   * A vocabulary of the given elements.
   *
   * @param elements the data elements
   * @return a vocabulary of the given elements
   */
  public static Vocabulary of(Iterable<DataElement> elements) {
    return ImmutableVocabulary.builder().addAllElements(elements).build();
  }

  @Value.Lazy
  ImmutableSortedMap<String, DataElement> byKey() {
    return elements().stream().collect(ImmutableSortedMap.toImmutableSortedMap(
        java.util.Comparator.naturalOrder(), DataElement::key, e -> e));
  }

  /**
   * The elements by key for looking one up: a hash map, as a search of the sorted map compares keys that share long
   * prefixes ({@code cooperation.}, {@code art4.}) letter by letter, for every element of every indicator evaluated.
   */
  @Value.Lazy
  ImmutableMap<String, DataElement> lookup() {
    return ImmutableMap.<String, DataElement>builderWithExpectedSize(byKey().size()).putAll(byKey()).buildOrThrow();
  }

  /**
   * The element with the given key.
   *
   * @param key the data element's key
   * @return the element with the given key
   */
  public Optional<DataElement> element(String key) {
    return Optional.ofNullable(lookup().get(key));
  }

  /**
   * The element with the given key, or an exception naming the known keys and the one probably meant.
   *
   * @param key the data element's key, e.g. {@code art4.national-strategy}
   * @return the element
   * @throws UnknownIdException if the vocabulary does not define {@code key}
   */
  public DataElement elementOrThrow(String key) {
    return element(key).orElseThrow(() -> UnknownIdException.of("data element", "the vocabulary", key,
        byKey().keySet()));
  }

  /**
   * Whether the vocabulary defines {@code key}.
   *
   * @param key the data element's key
   * @return whether the vocabulary defines {@code key}
   */
  public boolean contains(String key) {
    return lookup().containsKey(key);
  }

  /** Validates the attributes on construction; a failure names the field and the value. */
  @Value.Check
  protected void check() {
    java.util.Set<String> seen = new java.util.HashSet<>();
    elements().forEach(e -> checkArgument(seen.add(e.key()), "Vocabulary defines data element '%s' twice", e.key()));
  }

  /** {@return how many data elements it defines, and the first keys} */
  @Override
  public String toString() {
    ImmutableList<String> keys = byKey().keySet().asList();
    return "Vocabulary: " + keys.size() + " data elements" + (keys.isEmpty() ? "" : " (" + String.join(", ",
        keys.subList(0, Math.min(3, keys.size()))) + (keys.size() > 3 ? ", …)" : ")"));
  }
}
