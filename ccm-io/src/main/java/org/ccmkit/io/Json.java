package org.ccmkit.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.BiFunction;
import org.ccmkit.io.catalogue.CatalogueResult;

/** Parsing of catalogue files into JSON trees, with malformed or empty JSON reported as a problem, not thrown. */
final class Json {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private Json() {}

  static <T> CatalogueResult<T> readTree(InputStream in, String file,
      BiFunction<JsonNode, String, CatalogueResult<T>> reader) throws IOException {
    JsonNode root;
    try {
      root = MAPPER.readTree(in);
    } catch (JsonProcessingException e) {
      return CatalogueResult.failed(file + " at line " + e.getLocation().getLineNr() + ", column "
          + e.getLocation().getColumnNr() + ": malformed JSON: " + e.getOriginalMessage());
    }
    if (root == null || root.isMissingNode()) {
      return CatalogueResult.failed(file + ": empty file, expected a JSON catalogue");
    }
    return reader.apply(root, file);
  }
}
