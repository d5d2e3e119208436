package org.ccmkit.io.write;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The Jackson mappers the writers write with. A writer parses nothing, so none of the reading limits apply here (they
 * are the readers' own); what is configured is the output: decimals written plainly ({@code 1000}, not {@code 1E+3})
 * and with their scale ({@code 1.50} stays {@code 1.50}, also through {@code valueToTree}), dates as ISO text
 * ({@code 2010-08-01}), JSON indented. Each call returns a new mapper, which the caller may configure further.
 */
final class OutputMappers {

  private OutputMappers() {}

  /** {@return a JSON mapper for output} */
  static ObjectMapper json() {
    return JsonMapper.builder(JsonFactory.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build())
        .addModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .enable(SerializationFeature.INDENT_OUTPUT)
        // valueToTree reads the serialised value back as a tree: keep a decimal's scale on the way.
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false)
        .build();
  }

  /** {@return a CSV mapper for output; the schema is the caller's} */
  static CsvMapper csv() {
    return CsvMapper.builder(CsvFactory.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build())
        .build();
  }
}
