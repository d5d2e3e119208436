package org.ccmkit.io.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Random;
import java.util.Set;
import org.ccmkit.indicators.data.MonitoringDataset;
import org.ccmkit.model.plan.ValueType;
import org.ccmkit.model.state.ImmutableStanding;
import org.ccmkit.model.state.InstrumentKind;
import org.junit.jupiter.api.Test;

/**
 * The datasets the round-trip properties generate cover every shape the formats must carry, so that those properties
 * can fail: every obligation type with extensions, every value type, withdrawals with a recorded date, text that needs
 * quoting in CSV.
 */
class DatasetArbitrariesTest {

  @Test
  void generatedDatasetsCoverEveryShape() {
    Set<ObligationType> obligations = EnumSet.noneOf(ObligationType.class);
    Set<ValueType> values = EnumSet.noneOf(ValueType.class);
    Set<InstrumentKind> kinds = EnumSet.noneOf(InstrumentKind.class);
    boolean extensions = false;
    boolean recordedWithdrawal = false;
    boolean awkwardText = false;
    boolean meetingFacts = false;
    boolean attributes = false;
    Random random = new Random(2008_12_03L);
    for (int i = 0; i < 200; i++) {
      MonitoringDataset d = DatasetArbitraries.dataset(random, 12);
      d.obligations().forEach(o -> obligations.add(ObligationType.of(o)));
      extensions |= d.obligations().stream().anyMatch(o -> o.extensions().size() > 1);
      d.facts().forEach(f -> values.add(f.value().type()));
      meetingFacts |= d.facts().stream().anyMatch(f -> f.subject().endsWith("MSP") || f.subject().endsWith("RC"));
      awkwardText |= d.facts().stream().anyMatch(f -> f.value().text().filter(t -> t.contains("\n")
          && t.contains(",") || t.contains("\"")).isPresent());
      d.register().standings().forEach(s -> s.instrumentKind().ifPresent(kinds::add));
      recordedWithdrawal |= d.register().standings().stream()
          .anyMatch(s -> ((ImmutableStanding) s).recordedWithdrawalEffective().isPresent());
      attributes |= !d.stateAttributes().isEmpty();
    }
    assertEquals(EnumSet.allOf(ObligationType.class), obligations);
    assertEquals(EnumSet.allOf(ValueType.class), values);
    assertEquals(EnumSet.allOf(InstrumentKind.class), kinds);
    assertTrue(extensions, "chains of extensions");
    assertTrue(recordedWithdrawal, "withdrawals with a recorded date");
    assertTrue(awkwardText, "text with new lines, commas and quotes");
    assertTrue(meetingFacts, "meeting-level facts");
    assertTrue(attributes, "state attributes");
  }
}
