package org.ccmkit.io.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import java.util.OptionalInt;
import org.ccmkit.indicators.data.Fact;
import org.ccmkit.indicators.data.FactValue;
import org.ccmkit.io.CsvDatasetReader;
import org.ccmkit.io.JsonDatasetReader;
import org.ccmkit.io.MonitoringDataReader;
import org.ccmkit.io.YamlDatasetReader;
import org.ccmkit.model.SourceRef;
import org.ccmkit.model.state.Register;
import org.junit.jupiter.api.Test;

/** Readers are found through ServiceLoader: the built-in ones, and a user's registered in META-INF/services. */
class ReaderRegistryTest {

  private static final ReaderRegistry REGISTRY = ReaderRegistry.load();

  @Test
  void builtInReadersAreFoundByFormatExtensionAndMediaType() {
    assertTrue(REGISTRY.forFormat("JSON").get() instanceof JsonDatasetReader);
    assertTrue(REGISTRY.forExtension(".yml").get() instanceof YamlDatasetReader);
    assertTrue(REGISTRY.forMediaType("text/csv; charset=utf-8").get() instanceof CsvDatasetReader);
    assertTrue(REGISTRY.forInput(Input.builder().from(Input.of("upload", "x")).mediaType("application/yaml").build())
        .get() instanceof YamlDatasetReader);
    assertEquals(Optional.empty(), REGISTRY.forExtension("ods"));
    assertEquals("xlsx", REGISTRY.forExtension("xlsx").get().format());
    assertTrue(REGISTRY.problems().isEmpty(), REGISTRY.problems().toString());
  }

  @Test
  void aReaderRegisteredInMetaInfServicesIsDiscoveredAndUsed() {
    assertTrue(REGISTRY.forExtension("psv").get() instanceof PipeSeparatedReader, REGISTRY.toString());
    assertTrue(REGISTRY.forMediaType("text/x-pipe-separated").isPresent());
    MonitoringDataReader reader = MonitoringDataReader.create();
    Register register = reader.readRegister(Input.of("states.psv",
        "iso3|name|signature|deposit|kind\nLAO|Lao People's Democratic Republic|2008-12-03|2009-03-18|RATIFICATION\n"))
        .orThrow();
    assertEquals("LAO", register.states().get(0).code());
    ReadResult<ImmutableList<Fact>> facts = reader.with(ReadContext.empty().withRegister(register)).readFacts(
        Input.of("facts.psv", "subject|cycle|element|type|value|source.document|source.locator\n"
            + "LAO|13MSP|art4.national-strategy|BOOLEAN|true|RD|para 86\n"
            + "CPV|13MSP|art4.national-strategy|BOOLEAN|true|RD|para 86\n"));
    assertEquals(ImmutableList.of(Fact.of("LAO", "13MSP", "art4.national-strategy", FactValue.of(true),
        SourceRef.of("RD", "para 86"))), facts.value());
    Failure f = facts.failures().get(0);
    assertEquals(FailureKind.UNKNOWN_STATE, f.kind());
    assertEquals(OptionalInt.of(3), f.location().line());
    assertEquals(Optional.of("subject"), f.location().field());
  }

  @Test
  void aRegistryOfGivenReadersFindsOnlyThose() {
    ReaderRegistry onlyCsv = ReaderRegistry.of(ImmutableList.of(new CsvDatasetReader()));
    ReadResult<Optional<DatasetReader>> r = onlyCsv.find(Input.of("facts.json", "[]"));
    assertEquals(FailureKind.UNSUPPORTED_FORMAT, r.failures().get(0).kind());
    assertEquals("facts.json: no reader for this kind of file: '.json'; expected one of the extensions [csv, tsv] "
        + "(readers are registered in META-INF/services/org.ccmkit.io.read.DatasetReader)",
        r.failures().get(0).message());
  }
}
