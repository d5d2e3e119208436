package org.ccmkit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A lookup that finds nothing names what it knows and what was probably meant. */
class UnknownIdExceptionTest {

  private static final List<String> IDS = List.of("LAP-23.1", "LAP-23.2", "LAP-24.1", "LAP-30.1");

  @Test
  void anIdThatDiffersOnlyInCaseIsSuggested() {
    assertEquals(Optional.of("LAP-23.2"), UnknownIdException.suggest("lap-23.2", IDS));
  }

  @Test
  void aTypingSlipIsSuggestedAndAnUnrelatedIdIsNot() {
    assertEquals(Optional.of("LAP-30.1"), UnknownIdException.suggest("LAP-30.l", IDS));
    assertEquals(Optional.of("LAP-24.1"), UnknownIdException.suggest("LAP24.1", IDS));
    assertEquals(Optional.empty(), UnknownIdException.suggest("VCAP-19.a", IDS));
  }

  @Test
  void theMessageNamesWhatWhereTheIdTheSuggestionAndEveryKnownId() {
    UnknownIdException e = UnknownIdException.of("indicator", "the Lausanne Action Plan (LAP)", "lap-23.2", IDS);
    assertEquals("no indicator \"lap-23.2\" in the Lausanne Action Plan (LAP); did you mean LAP-23.2?; known (4): "
        + "LAP-23.1, LAP-23.2, LAP-24.1, LAP-30.1", e.getMessage());
    assertEquals(Optional.of("LAP-23.2"), e.suggestion());
    assertEquals(IDS, e.known());
  }

  @Test
  void nothingKnownIsSaid() {
    assertTrue(UnknownIdException.of("cycle", "the series of LAP-23.2", "13MSP", List.of()).getMessage()
        .endsWith("; it holds none"));
  }
}
