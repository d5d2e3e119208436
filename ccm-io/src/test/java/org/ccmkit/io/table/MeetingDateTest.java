package org.ccmkit.io.table;

import org.ccmkit.io.MonitoringDataReader;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.ccmkit.indicators.data.MonitoringDataset;
import org.ccmkit.io.read.FailureKind;
import org.ccmkit.io.read.Input;
import org.ccmkit.io.read.ReadResult;
import org.junit.jupiter.api.Test;

/** The meetings table's optional date: read where given, absent where not, refused outside the meeting's year. */
class MeetingDateTest {

  @Test
  void aMeetingsDayIsReadWhereGivenAndAbsentOtherwise() {
    ReadResult<MonitoringDataset> r = MonitoringDataReader.create().readDataset(Input.of("dataset.json",
        "{\"meetings\": [{\"id\": \"2RC\", \"year\": 2020, \"date\": \"2020-11-23\"}, {\"id\": \"3RC\", \"year\": 2026}]}"));
    assertEquals(List.of(), r.failures());
    assertEquals(Optional.of(LocalDate.of(2020, 11, 23)), r.value().meetings().get(0).date());
    assertEquals(Optional.empty(), r.value().meetings().get(1).date());
  }

  @Test
  void aDayOutsideTheMeetingsYearIsALocatedFailure() {
    ReadResult<MonitoringDataset> r = MonitoringDataReader.create().readDataset(Input.of("dataset.json",
        "{\"meetings\": [{\"id\": \"13MSP\", \"year\": 2025, \"date\": \"2024-09-08\"}]}"));
    assertEquals(1, r.failures().size(), r.failures()::toString);
    assertEquals(FailureKind.INVALID_VALUE, r.failures().get(0).kind());
    String message = r.failures().get(0).message();
    org.junit.jupiter.api.Assertions.assertTrue(message.contains("date") && message.contains("2024-09-08")
        && message.contains("a date in 2025"), message);
  }
}
