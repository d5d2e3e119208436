package org.ccmkit.model.plan;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Optional;
import org.ccmkit.model.SourceRef;
import org.ccmkit.model.convention.ArticleRef;
import org.immutables.value.Value;

/**
 * A reportable fact, such as "has a costed national strategy for Article 4", with one key shared by every plan and
 * tied to the Article 7 item or form it is reported in.
 */
@Value.Immutable
public abstract class DataElement {

  /** Implemented in this package only (by the generated immutable class). */
  DataElement() {}

  /** {@return the key, e.g. {@code art4.national-strategy}: lower-case, an area then the fact, dot-separated} */
  public abstract String key();

  /** {@return the type of value reported} */
  public abstract ValueType valueType();

  /** {@return what the fact is, in words} */
  public abstract String description();

  /**
   * {@return the Article 7(1) item the fact is reported under, e.g. {@code Art. 7(1)(k)}; empty if not an Article 7 item}
   */
  public abstract Optional<ArticleRef> article7();

  /** {@return the reporting form, where the documents name one} */
  public abstract Optional<String> form();

  /** {@return where the documents describe the fact} */
  public abstract Optional<SourceRef> source();

  /** {@return a builder} */
  public static ImmutableDataElement.Builder builder() {
    return ImmutableDataElement.builder();
  }

  /**
   * Whether {@code key} has the shape of a data element key.
   *
   * @param key the data element's key
   * @return whether {@code key} has the shape of a data element key
   */
  public static boolean isKey(String key) {
    // Written out, not a regular expression: every fact built checks its element's key, and a matcher allocates.
    // The shape is [a-z0-9]+(-[a-z0-9]+)*(\.[a-z0-9]+(-[a-z0-9]+)*)+ : words of lower-case letters and digits joined
    // by single hyphens, in at least two parts separated by dots.
    if (key == null || key.isEmpty()) {
      return false;
    }
    int dots = 0;
    char previous = '.';
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
        previous = c;
        continue;
      }
      if (c != '.' && c != '-' || previous == '.' || previous == '-') {
        return false;
      }
      if (c == '.') {
        dots++;
      }
      previous = c;
    }
    return dots > 0 && previous != '.' && previous != '-';
  }

  /** Validates the attributes on construction; a failure names the field and the value. */
  @Value.Check
  protected void check() {
    checkArgument(isKey(key()), "DataElement.key must be lower-case words separated by dots, e.g. 'art4.national-strategy', "
        + "was '%s'", key());
    checkArgument(!description().isBlank(), "DataElement.description must not be blank (key %s)", key());
    article7().ifPresent(a -> checkArgument(a.article() == 7,
        "DataElement.article7 must refer to Article 7, was %s (key %s)", a, key()));
  }

  @Override
  public String toString() {
    return key();
  }
}
