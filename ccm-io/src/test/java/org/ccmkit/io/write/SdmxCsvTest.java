package org.ccmkit.io.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.List;
import org.ccmkit.indicators.IndicatorEvaluator;
import org.ccmkit.indicators.data.MonitoringDataset;
import org.ccmkit.indicators.report.Series;
import org.ccmkit.indicators.result.Evaluation;
import org.ccmkit.io.Catalogues;
import org.ccmkit.io.Datasets;
import org.ccmkit.io.read.Failure;
import org.ccmkit.io.read.FailureKind;
import org.ccmkit.io.read.Input;
import org.ccmkit.io.read.ReadResult;
import org.ccmkit.io.SdmxCsvReader;
import org.ccmkit.io.sdmx.SdmxObservation;
import org.ccmkit.model.plan.ActionPlan;
import org.junit.jupiter.api.Test;

/**
 * LAP-23.2's series on the embedded record as SDMX-CSV 2.0: UNIDIR's 3, 3, 6 and 9 of the ten affected States Parties
 * at the 10MSP–13MSP cycles (lines 421–423 and 139) and no value at the 3RC cycle, one row each, read back equal.
 */
class SdmxCsvTest {

  private static final ActionPlan LAP = Catalogues.lausanne();
  private static final MonitoringDataset DATA = Datasets.publishedRecord().dataset();
  private static final IndicatorEvaluator EVALUATOR = IndicatorEvaluator.of(Catalogues.dataElements());

  private static Series lap232() {
    return EVALUATOR.series(LAP.indicator("LAP-23.2").get(), DATA);
  }

  @Test
  void theSeriesFileHasTheDocumentedHeaderAndOneRowPerCycle() {
    Series series = lap232();
    String csv = SdmxCsvWriter.series(series, Provenance.of(LAP, DATA, series));
    List<String> lines = csv.lines().toList();
    assertEquals("STRUCTURE,STRUCTURE_ID,ACTION,INDICATOR,REF_AREA,TIME_PERIOD,OBS_VALUE,UNIT_MEASURE,OBS_STATUS,"
        + "MISSING_REASON,BOUND,PERIOD_COVERED,NUMERATOR,DENOMINATOR,SOURCE,CYCLE,EVAL_DATE,CATALOGUE,DATASET_DIGEST,"
        + "PRODUCER", lines.get(0));
    assertEquals(series.evaluations().size() + 1, lines.size());
    assertEquals(List.of("10MSP", "11MSP", "12MSP", "13MSP", "3RC"), series.meetings());
    assertTrue(lines.get(1).startsWith("dataflow,CCMKIT:CCM_INDICATORS(1.0),I,LAP-23.2,_Z,2022,3,NUMBER,PUBLISHED,,,,3,10,"
        + "\"UNIDIR section 3.2, box 'ACTION 23. INDICATOR 2', line 421\",10MSP,2022-04-30,LAP 2020-10-05,sha256:"),
        lines.get(1));
    assertTrue(lines.get(4).startsWith("dataflow,CCMKIT:CCM_INDICATORS(1.0),I,LAP-23.2,_Z,2025,9,NUMBER,PUBLISHED,,,,9,10,"),
        lines.get(4));
    // The 3RC cycle: the draft VCAP prints no figure for LAP-23.2, and the record names no State: no value, NaN.
    assertTrue(lines.get(5).contains(",LAP-23.2,_Z,2026,NaN,,MISSING,NO_DATA,"), lines.get(5));
  }

  @Test
  void whatWasExportedReadsBackEqual() {
    Series series = lap232();
    Provenance provenance = Provenance.of(LAP, DATA, series);
    ImmutableList<SdmxObservation> written = SdmxCsvWriter.observations(series, provenance);
    ReadResult<ImmutableList<SdmxObservation>> back = SdmxCsvReader.read(Input.of("lap-23.2.csv",
        SdmxCsvWriter.write(written)));
    assertEquals(List.of(), back.failures());
    assertEquals(written, back.value());
    assertEquals(5, back.rowsRead());
    assertEquals(Provenance.libraryVersionOfThisBuild(), back.value().get(0).producer().substring("ccmkit ".length()));
  }

  @Test
  void anEvaluationPerStateGivesEachAffectedStateParty() {
    Evaluation e = EVALUATOR.evaluate(LAP.indicator("LAP-23.2").get(), DATA, DATA.cycle("13MSP").get());
    Provenance provenance = Provenance.of(LAP, DATA, e.cycle());
    String csv = SdmxCsvWriter.evaluations(List.of(e), provenance, true);
    ImmutableList<SdmxObservation> back = SdmxCsvReader.read(Input.of("lap-23.2-13msp.csv", csv)).orThrow();
    assertEquals(11, back.size());
    assertEquals(List.of("_Z", "AFG", "CHL", "DEU", "IRQ", "LAO", "LBN", "MRT", "SOM", "SSD", "TCD"),
        back.stream().map(SdmxObservation::refArea).toList());
    // The record names none of the nine UNIDIR counts: every State is a missing value, not a 0.
    assertTrue(back.subList(1, 11).stream().allMatch(o -> o.value().isEmpty()
        && o.missingReason().equals(java.util.Optional.of("NO_DATA"))));
    assertEquals(new BigDecimal("9"), back.get(0).value().get());
  }

  @Test
  void aBadCellIsAFailureNamingLineColumnValueAndWhatWasExpected() {
    Series series = lap232();
    String csv = SdmxCsvWriter.series(series, Provenance.of(LAP, DATA, series)).replace(",_Z,2023,", ",_Z,23,");
    ReadResult<ImmutableList<SdmxObservation>> back = SdmxCsvReader.read(Input.of("bad.csv", csv));
    assertEquals(5, back.rowsRead());
    assertEquals(4, back.rowsAccepted());
    Failure f = back.failures().get(0);
    assertEquals(FailureKind.INVALID_VALUE, f.kind());
    assertEquals("INVALID_VALUE bad.csv, line 3, column 6, sdmx row 2, field 'TIME_PERIOD': not a valid TIME_PERIOD: '23'; "
        + "expected a year such as 2025", f.toString());
  }

  @Test
  void aFileWithAnotherHeaderIsRefusedWithTheExpectedOne() {
    ReadResult<ImmutableList<SdmxObservation>> back = SdmxCsvReader.read(Input.of("other.csv",
        "STRUCTURE,STRUCTURE_ID,ACTION,REF_AREA,OBS_VALUE\ndataflow,X:Y(1.0),I,LAO,3\n"));
    assertEquals(FailureKind.WRONG_SHAPE, back.failures().get(0).kind());
    assertTrue(back.failures().get(0).toString().contains("expected STRUCTURE,STRUCTURE_ID,ACTION,INDICATOR,REF_AREA,"),
        back.failures().get(0).toString());
  }
}
