package org.ccmkit.model.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** The written-out key check agrees with the regular expression that defines a data element key. */
class DataElementKeyProperties {

  private static final Pattern KEY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*(\\.[a-z0-9]+(-[a-z0-9]+)*)+");

  @Property(tries = 5000)
  void agreesWithTheRegularExpression(
      @ForAll @StringLength(max = 12) @Chars({'a', 'z', '0', '9', '-', '.', 'A', '_', ' ', 'é'}) String key) {
    assertEquals(KEY.matcher(key).matches(), DataElement.isKey(key), key);
  }

  @Test
  void realKeysAndNearMisses() {
    assertTrue(DataElement.isKey("art4.national-strategy"));
    assertTrue(DataElement.isKey("art3.extension-request-costed-work-plan"));
    assertTrue(DataElement.isKey("bench.e0"));
    assertTrue(DataElement.isKey("a.b.c-d"));
    for (String bad : new String[] {"", "art4", "art4.", ".art4", "art4..x", "art4.-x", "art4.x-", "art4.x--y",
        "Art4.x", "art4.x_y", "art4. x", "-a.b", "a-.b"}) {
      assertFalse(DataElement.isKey(bad), bad);
    }
    assertFalse(DataElement.isKey(null));
  }
}
