package org.ccmkit.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.MapperBuilder;
import com.fasterxml.jackson.databind.jsontype.BasicPolymorphicTypeValidator;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.ccmkit.io.read.ReadLimits;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * The one place Jackson is configured for reading monitoring data, so that every reader is equally safe (the writers
 * configure Jackson for their output in {@code org.ccmkit.io.write}; they need no read limits):
 *
 * <ul>
 *   <li>{@link StreamReadConstraints} from {@link ReadLimits}: document length, nesting depth, string, number and name
 *       length, token count;
 *   <li>duplicate keys detected ({@link StreamReadFeature#STRICT_DUPLICATE_DETECTION});
 *   <li>for the databind mapper ({@link #csvMapper}, which reads SDMX-CSV lines): unknown properties, trailing
 *       tokens, nulls for primitives and numbers for enums are failures, not silently ignored; no polymorphic typing
 *       (default typing is never activated, the type validator allows no subtype);
 *   <li>YAML: snakeyaml's {@link LoaderOptions} limit aliases, nesting and size, and forbid duplicate and recursive keys;
 *   <li>decimals read as {@link java.math.BigDecimal} with their scale kept.
 * </ul>
 *
 * <p>The failures of these parsers are put in words by {@link JacksonFailures}; a document is read token by token by
 * {@link TreeReader}. Each call returns a new factory or mapper, which the caller may configure further without
 * affecting others.
 */
final class SafeJackson {

  /** YAML aliases allowed by snakeyaml's loader options; ccmkit's YAML reader refuses every alias anyway. */
  static final int MAX_YAML_ALIASES = 10;

  private SafeJackson() {}

  /**
   * The stream-read constraints of {@code limits}.
   *
   * @param limits the limits on what is read
   * @return the stream-read constraints of {@code limits}
   */
  static StreamReadConstraints constraints(ReadLimits limits) {
    return StreamReadConstraints.builder()
        .maxDocumentLength(limits.maxInputBytes())
        .maxNestingDepth(limits.maxNestingDepth())
        .maxStringLength(limits.maxStringLength())
        .maxNumberLength(limits.maxNumberLength())
        .maxNameLength(limits.maxNameLength())
        .maxTokenCount(limits.maxTokenCount())
        .build();
  }

  /**
   * A JSON factory with the constraints of {@code limits} and duplicate detection.
   *
   * @param limits the limits on what is read
   * @return a JSON factory with the constraints of {@code limits} and duplicate detection
   */
  static JsonFactory jsonFactory(ReadLimits limits) {
    return JsonFactory.builder()
        .streamReadConstraints(constraints(limits))
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .build();
  }

  /**
   * snakeyaml's loader options for {@code limits}: aliases, nesting, size, no duplicate or recursive keys.
   *
   * @param limits the limits on what is read
   * @return snakeyaml's loader options for {@code limits}: aliases, nesting, size, no duplicate or recursive keys
   */
  static LoaderOptions loaderOptions(ReadLimits limits) {
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(MAX_YAML_ALIASES);
    options.setAllowRecursiveKeys(false);
    options.setAllowDuplicateKeys(false);
    options.setNestingDepthLimit(limits.maxNestingDepth());
    options.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxInputBytes()));
    options.setProcessComments(false);
    return options;
  }

  /**
   * A YAML factory with the constraints and loader options of {@code limits} and duplicate detection.
   *
   * @param limits the limits on what is read
   * @return a YAML factory with the constraints and loader options of {@code limits} and duplicate detection
   */
  static YAMLFactory yamlFactory(ReadLimits limits) {
    return YAMLFactory.builder()
        .loaderOptions(loaderOptions(limits))
        .streamReadConstraints(constraints(limits))
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .build();
  }

  /**
   * A CSV factory with the constraints of {@code limits}.
   *
   * @param limits the limits on what is read
   * @return a CSV factory with the constraints of {@code limits}
   */
  static CsvFactory csvFactory(ReadLimits limits) {
    return CsvFactory.builder()
        .streamReadConstraints(constraints(limits))
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .build();
  }

  /**
   * A CSV mapper with {@code limits}; without a schema its parsers give each line as an array of strings, and skip
   * empty lines.
   *
   * @param limits the limits on what is read
   * @return a CSV mapper with {@code limits}; without a schema its parsers give each line as an array of strings, and
   *     skip empty lines
   */
  static CsvMapper csvMapper(ReadLimits limits) {
    return configure(CsvMapper.builder(csvFactory(limits)))
        .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
        .build();
  }

  private static <M extends ObjectMapper, B extends MapperBuilder<M, B>> B configure(B builder) {
    return builder
        .polymorphicTypeValidator(BasicPolymorphicTypeValidator.builder().build())
        .enable(MapperFeature.BLOCK_UNSAFE_POLYMORPHIC_BASE_TYPES)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);
  }
}
