package org.ccmkit.io;

import com.google.common.collect.ImmutableSet;

/**
 * The built-in YAML reader: a table is a YAML sequence of mappings, a dataset a mapping of tables, with the fields of
 * the JSON formats. Aliases ({@code *name}) are refused, so an alias bomb is a failure, not an outage.
 */
public final class YamlDatasetReader extends JsonDatasetReader {

  /** The YAML reader (for {@link java.util.ServiceLoader}). */
  public YamlDatasetReader() {
    super(TreeReader::yaml);
  }

  @Override
  public String format() {
    return "yaml";
  }

  @Override
  public ImmutableSet<String> fileExtensions() {
    return ImmutableSet.of("yaml", "yml");
  }

  @Override
  public ImmutableSet<String> mediaTypes() {
    return ImmutableSet.of("application/yaml", "application/x-yaml", "text/yaml");
  }
}
