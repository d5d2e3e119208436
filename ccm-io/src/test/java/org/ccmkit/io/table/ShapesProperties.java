package org.ccmkit.io.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The hand-written shape checks accept exactly what the regular expressions they replace accept. */
class ShapesProperties {

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.strings().withChars("az09-.+eE:xA ").ofMaxLength(14);
  }

  @Property(tries = 3000)
  void elementKeys(@ForAll("texts") String s) {
    assertEquals(s.matches("[a-z0-9]+(-[a-z0-9]+)*(\\.[a-z0-9]+(-[a-z0-9]+)*)+"), Shapes.isElementKey(s), s);
  }

  @Property(tries = 3000)
  void numbers(@ForAll("texts") String s) {
    assertEquals(s.matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d{1,4})?"), Shapes.isNumber(s), s);
  }

  @Property(tries = 3000)
  void wholesDecimalsAndDates(@ForAll("texts") String s) {
    assertEquals(s.matches("\\d+"), Shapes.isWhole(s), s);
    assertEquals(s.matches("\\d*\\.\\d+|\\d+\\.\\d*"), Shapes.isDecimal(s), s);
    String date = s.replace('x', '-');
    assertEquals(Pattern.matches("\\d{4}-\\d{2}-\\d{2}", date), Shapes.isIsoDate(date), date);
  }
}
