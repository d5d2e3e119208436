package org.ccmkit.io.write;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** What the writers write with: decimals plainly and with their scale, dates as ISO text. */
class OutputMappersTest {

  @Test
  void decimalsAreWrittenPlainlyWithTheirScaleAndDatesAsIsoText() throws Exception {
    ObjectMapper json = OutputMappers.json().disable(SerializationFeature.INDENT_OUTPUT);
    Map<String, Object> value = new TreeMap<>(Map.of("date", LocalDate.of(2010, 8, 1), "large", new BigDecimal("1E+3"),
        "scaled", new BigDecimal("1.50")));
    assertEquals("{\"date\":\"2010-08-01\",\"large\":1000,\"scaled\":1.50}", json.writeValueAsString(value));
    assertEquals("{\"date\":\"2010-08-01\",\"large\":1000,\"scaled\":1.50}",
        json.writeValueAsString(json.valueToTree(value)), "through a tree, as the dataset writers go");
  }

  @Test
  void csvCellsAreWrittenPlainly() throws Exception {
    assertEquals("1000,1.50\n", OutputMappers.csv().writeValueAsString(
        new Object[] {new BigDecimal("1E+3"), new BigDecimal("1.50")}));
  }
}
