package org.ccmkit.io.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.cfg.MapperBuilder;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.jsontype.BasicPolymorphicTypeValidator;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import org.ccmkit.io.read.Input;
import org.ccmkit.io.read.ReadLimits;
import org.ccmkit.io.read.ReadResult;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * The one place Jackson is configured for reading monitoring data, so that every reader is equally safe:
 *
 * <ul>
 *   <li>{@link StreamReadConstraints} from {@link ReadLimits}: document length, nesting depth, string, number and name
 *       length, token count;
 *   <li>duplicate keys detected ({@link StreamReadFeature#STRICT_DUPLICATE_DETECTION});
 *   <li>unknown properties, trailing tokens, nulls for primitives, numbers for enums: failures, not silently ignored;
 *   <li>no polymorphic typing: default typing is never activated, the type validator allows no subtype;
 *   <li>YAML: snakeyaml's {@link LoaderOptions} limit aliases, nesting and size, and forbid duplicate and recursive keys;
 *   <li>decimals read as {@link java.math.BigDecimal} with their scale kept, written plainly ({@code 1000}, not
 *       {@code 1E+3}); dates as ISO text ({@code 2010-08-01}).
 * </ul>
 *
 * <p>Each call returns a new mapper, which the caller may configure further without affecting others.
 */
public final class SafeJackson {

  /**
   * The failure an exception a Jackson parser threw while reading {@code source} reports, in the user's words (syntax
   * and limit failures located by line and column); for the readers of other packages, whose parsers are Jackson's.
   *
   * @param e the exception
   * @param source the file or resource read
   * @return a failure of {@code source} in the user's words for {@code e}
   */
  public static org.ccmkit.io.read.Failure failure(Throwable e, String source) {
    return JacksonFailures.of(e, source);
  }

  /**
   * A whole JSON document read as a tree, with the default limits, through the reader a user's JSON goes through
   * (stream-read limits, duplicate keys refused, byte-order marks and encodings checked); for the catalogues.
   *
   * @param input the file or resource
   * @return the document's tree; empty, with a document-level failure, if it cannot be read
   */
  public static ReadResult<Optional<JsonNode>> readTree(Input input) {
    return TREES.readTree(input);
  }

  private static final TreeReader TREES = TreeReader.json();

  /** YAML aliases allowed by snakeyaml's loader options; ccmkit's YAML reader refuses every alias anyway. */
  static final int MAX_YAML_ALIASES = 10;

  private SafeJackson() {}

  /**
   * The stream-read constraints of {@code limits}.
   *
   * @param limits the limits on what is read
   * @return the stream-read constraints of {@code limits}
   */
  public static StreamReadConstraints constraints(ReadLimits limits) {
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
  public static JsonFactory jsonFactory(ReadLimits limits) {
    return JsonFactory.builder()
        .streamReadConstraints(constraints(limits))
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
        .build();
  }

  /**
   * snakeyaml's loader options for {@code limits}: aliases, nesting, size, no duplicate or recursive keys.
   *
   * @param limits the limits on what is read
   * @return snakeyaml's loader options for {@code limits}: aliases, nesting, size, no duplicate or recursive keys
   */
  public static LoaderOptions loaderOptions(ReadLimits limits) {
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
  public static YAMLFactory yamlFactory(ReadLimits limits) {
    return YAMLFactory.builder()
        .loaderOptions(loaderOptions(limits))
        .streamReadConstraints(constraints(limits))
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
        .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
        .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
        .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
        .build();
  }

  /**
   * A CSV factory with the constraints of {@code limits}.
   *
   * @param limits the limits on what is read
   * @return a CSV factory with the constraints of {@code limits}
   */
  public static CsvFactory csvFactory(ReadLimits limits) {
    return CsvFactory.builder()
        .streamReadConstraints(constraints(limits))
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
        .build();
  }

  /** {@return a JSON mapper with the default limits} */
  public static ObjectMapper jsonMapper() {
    return jsonMapper(ReadLimits.defaults());
  }

  /**
   * A JSON mapper with {@code limits}.
   *
   * @param limits the limits on what is read
   * @return a JSON mapper with {@code limits}
   */
  public static ObjectMapper jsonMapper(ReadLimits limits) {
    return configure(JsonMapper.builder(jsonFactory(limits))).build();
  }

  /** {@return a YAML mapper with the default limits} */
  public static ObjectMapper yamlMapper() {
    return yamlMapper(ReadLimits.defaults());
  }

  /**
   * A YAML mapper with {@code limits}.
   *
   * @param limits the limits on what is read
   * @return a YAML mapper with {@code limits}
   */
  public static ObjectMapper yamlMapper(ReadLimits limits) {
    return configure(YAMLMapper.builder(yamlFactory(limits))).build();
  }

  /**
   * A CSV mapper with {@code limits}; without a schema its parsers give each line as an array of strings, and skip
   * empty lines.
   *
   * @param limits the limits on what is read
   * @return a CSV mapper with {@code limits}; without a schema its parsers give each line as an array of strings, and
   *     skip empty lines
   */
  public static CsvMapper csvMapper(ReadLimits limits) {
    return configure(CsvMapper.builder(csvFactory(limits)))
        .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
        .build();
  }

  private static <M extends ObjectMapper, B extends MapperBuilder<M, B>> B configure(B builder) {
    return builder
        .addModule(new JavaTimeModule())
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
        .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .enable(SerializationFeature.INDENT_OUTPUT);
  }
}
