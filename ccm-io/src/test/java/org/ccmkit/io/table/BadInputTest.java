package org.ccmkit.io.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import org.ccmkit.io.MonitoringDataReader;
import org.ccmkit.indicators.data.Fact;
import org.ccmkit.indicators.data.FactValue;
import org.ccmkit.indicators.data.PublishedValue;
import org.ccmkit.io.Catalogues;
import org.ccmkit.io.read.Failure;
import org.ccmkit.io.read.FailureKind;
import org.ccmkit.io.read.Input;
import org.ccmkit.io.read.ReadContext;
import org.ccmkit.io.read.ReadException;
import org.ccmkit.io.read.ReadLimits;
import org.ccmkit.io.read.ReadResult;
import org.ccmkit.io.read.Strictness;
import org.ccmkit.model.obligation.Obligation;
import org.ccmkit.model.obligation.ObligationStatus;
import org.ccmkit.model.state.Register;
import org.junit.jupiter.api.Test;

/**
 * Each kind of bad input gets its own failure: the kind, where (file, line, row, field), the offending value and what
 * was expected. The register is the example's (Lao PDR, Cabo Verde, Lithuania …); the vocabulary the shipped one.
 */
class BadInputTest {

  private static final String FACTS_HEADER = "subject,cycle,element,type,value,source.document,source.locator\n";
  private static final Register REGISTER = MonitoringDataReader.create()
      .readRegister(Input.of(ExampleFilesTest.EXAMPLES.resolve(Path.of("csv", "states.csv")))).orThrow();
  private static final MonitoringDataReader READER = MonitoringDataReader.create().with(ReadContext.builder()
      .register(REGISTER).vocabulary(Catalogues.dataElements()).build());

  @Test
  void unknownStateCodeInTheRegisterGiven() {
    ReadResult<ImmutableList<Fact>> r = READER.readFacts(Input.of("facts.csv", FACTS_HEADER
        + "LAO,13MSP,art4.national-strategy,BOOLEAN,true,RD,para 86\n"
        + "XKX,13MSP,art4.national-strategy,BOOLEAN,true,RD,para 86\n"));
    assertEquals(1, r.value().size());
    Failure f = only(r);
    assertEquals(FailureKind.UNKNOWN_STATE, f.kind());
    assertEquals(OptionalInt.of(3), f.location().line());
    assertEquals(OptionalInt.of(2), f.location().row());
    assertEquals("facts.csv, line 3, column 1, facts row 2, field 'subject': State not in the register: 'XKX'; "
        + "expected one of the 10 States the register lists", f.message());
  }

  @Test
  void unknownStateCodeInTheRegisterBeingRead() {
    ReadResult<org.ccmkit.indicators.data.MonitoringDataset> r = MonitoringDataReader.create().readDataset(
        Input.of("dataset.json", "{\"states\": [{\"iso3\": \"LAO\", \"name\": \"Lao PDR\"}],\n"
            + " \"obligations\": [{\"state\": \"KHM\", \"obligation\": \"VICTIM_ASSISTANCE\", \"start\": \"2012-03-01\"}]}"));
    Failure f = only(r);
    assertEquals(FailureKind.UNKNOWN_STATE, f.kind());
    assertEquals(Optional.of("/obligations/0/state"), f.location().field());
    assertEquals(OptionalInt.of(2), f.location().line());
    assertEquals(Optional.of("KHM"), f.value());
  }

  @Test
  void unknownDataElementGivenAVocabulary() {
    Failure f = only(READER.readFacts(Input.of("facts.csv", FACTS_HEADER
        + "LAO,13MSP,art4.national-strategie,BOOLEAN,true,RD,para 86\n")));
    assertEquals(FailureKind.UNKNOWN_DATA_ELEMENT, f.kind());
    assertEquals(Optional.of("element"), f.location().field());
    assertEquals(Optional.of("art4.national-strategie"), f.value());
  }

  @Test
  void unknownCycles() {
    Failure shape = only(READER.readFacts(Input.of("facts.csv", FACTS_HEADER
        + "LAO,13MPS,art4.national-strategy,BOOLEAN,true,RD,para 86\n")));
    assertEquals(FailureKind.UNKNOWN_CYCLE, shape.kind());
    assertEquals(Optional.of("cycle"), shape.location().field());
    MonitoringDataReader withCycles = READER.with(READER.context().withCycles(ImmutableList.of(
        org.ccmkit.model.calendar.ReportingCycle.of("13MSP", 2025))));
    Failure unknown = only(withCycles.readFacts(Input.of("facts.csv", FACTS_HEADER
        + "LAO,14MSP,art4.national-strategy,BOOLEAN,true,RD,para 86\n")));
    assertEquals(FailureKind.UNKNOWN_CYCLE, unknown.kind());
    assertEquals("facts.csv, line 2, column 1, facts row 1, field 'cycle': reporting cycle not in the cycles known: "
        + "'14MSP'; expected one of [13MSP]; did you mean '13MSP'?", unknown.message());
  }

  @Test
  void valuesOfTheWrongType() {
    ReadResult<ImmutableList<Fact>> r = READER.readFacts(Input.of("facts.csv", FACTS_HEADER
        + "LAO,13MSP,art4.national-strategy,BOOLEAN,yes,RD,para 86\n"
        + "DEU,13MSP,retention.quantity-retained,QUANTITY,some,RD,para 90\n"
        + "DEU,13MSP,retention.quantity-retained,COUNT,3,RD,para 91\n"));
    assertEquals(ImmutableList.of(FailureKind.WRONG_TYPE, FailureKind.WRONG_TYPE, FailureKind.WRONG_TYPE),
        r.failures().stream().map(Failure::kind).toList());
    assertEquals("facts.csv, line 2, column 1, facts row 1, field 'value': not a yes/no value: 'yes'; expected true "
        + "or false", r.failures().get(0).message());
    assertEquals(Optional.of("some"), r.failures().get(1).value());
    assertEquals("facts.csv, line 4, column 1, facts row 3, field 'type': type differs from the data element's: "
        + "'COUNT'; expected QUANTITY (the type of retention.quantity-retained in the vocabulary)",
        r.failures().get(2).message());
    Failure json = only(READER.readFacts(Input.of("facts.json", "[{\"subject\": \"LAO\", \"cycle\": \"13MSP\", "
        + "\"element\": \"art4.national-strategy\", \"value\": 1, \"source\": {\"document\": \"RD\", \"locator\": "
        + "\"para 86\"}}]")));
    assertEquals(FailureKind.WRONG_TYPE, json.kind());
    assertEquals(Optional.of("/0/value"), json.location().field());
    Failure date = only(READER.readRegister(Input.of("states.csv", "iso3,name,deposit,kind\nLAO,Lao,2009-02-30,"
        + "RATIFICATION\n")));
    assertEquals(FailureKind.WRONG_TYPE, date.kind());
    assertEquals("states.csv, line 2, column 1, states row 1, field 'deposit': not a date: '2009-02-30'; expected an "
        + "ISO date such as 2010-08-01", date.message());
  }

  @Test
  void dateBeforeTheConventionExisted() {
    Failure f = only(READER.readRegister(Input.of("states.csv",
        "iso3,name,signature,deposit,kind\nNOR,Norway,2008-12-03,2007-05-01,RATIFICATION\n")));
    assertEquals(FailureKind.DATE_BEFORE_CONVENTION, f.kind());
    assertEquals("states.csv, line 2, column 1, states row 1, field 'deposit': date before the Convention existed "
        + "(opened for signature on 2008-12-03): '2007-05-01'; expected a date on or after 2008-12-03", f.message());
  }

  @Test
  void numeratorLargerThanItsDenominator() {
    ReadResult<ImmutableList<PublishedValue>> r = READER.readPublishedValues(Input.of("published-values.csv",
        "indicator,cycle,value,denominator,unit,source.document,source.locator\n"
            + "LAP-23.2,13MSP,11,10,COUNT,UNIDIR,p. 23\n"
            + "LAP-23.2,13MSP,90,10,PERCENT,UNIDIR,p. 23\n"));
    assertEquals(1, r.rowsAccepted());
    Failure f = only(r);
    assertEquals(FailureKind.NUMERATOR_EXCEEDS_DENOMINATOR, f.kind());
    assertEquals("published-values.csv, line 2, column 1, published-values row 1, field 'value': figure is larger "
        + "than its denominator 10: '11'; expected at most 10", f.message());
  }

  @Test
  void conflictingFactsFromOneSourceAndDisagreeingSourcesKept() {
    ReadResult<ImmutableList<Fact>> r = READER.readFacts(Input.of("facts.csv", FACTS_HEADER
        + "LAO,13MSP,art4.national-strategy,BOOLEAN,true,RD,para 86\n"
        + "LAO,13MSP,art4.national-strategy,BOOLEAN,true,UNIDIR,p. 23\n"
        + "LAO,13MSP,art4.national-strategy,BOOLEAN,false,RD,para 90\n"
        + "LAO,13MSP,art4.national-strategy,BOOLEAN,true,RD,para 86\n"));
    assertEquals(2, r.rowsAccepted());
    assertEquals(ImmutableList.of(FailureKind.CONFLICTING_FACT, FailureKind.DUPLICATE),
        r.failures().stream().map(Failure::kind).toList());
    Failure conflict = r.failures().get(0);
    assertEquals(OptionalInt.of(4), conflict.location().line());
    assertTrue(conflict.message().contains("conflicts with the value true that RD gives for LAO, "
        + "art4.national-strategy, 13MSP at line 2, row 1"), conflict.message());
    assertEquals(ImmutableList.of("RD", "UNIDIR"), r.value().stream().map(x -> x.source().document()).toList());
  }

  @Test
  void missingRequiredColumnFailsTheHeaderAndEveryRow() {
    ReadResult<ImmutableList<Fact>> r = READER.readFacts(Input.of("facts.csv",
        "subject,cycle,element,type,value,source.document\n"
            + "LAO,13MSP,art4.national-strategy,BOOLEAN,true,RD\n"
            + "IRQ,13MSP,art4.national-strategy,BOOLEAN,false,RD\n"));
    assertEquals(2, r.rowsFailed());
    Failure header = r.failures().get(0);
    assertEquals(FailureKind.MISSING_FIELD, header.kind());
    assertEquals("facts.csv, line 1, column 1, table facts, field 'source.locator': required column of the facts table is missing from the header; "
        + "expected a column 'source.locator'", header.message());
    assertEquals(FailureKind.MISSING_FIELD, r.failures().get(1).kind());
    assertEquals(Optional.of("source.locator"), r.failures().get(1).location().field());
  }

  @Test
  void malformedCsvStopsAtTheRowItBreaks() {
    ReadResult<ImmutableList<Fact>> r = READER.readFacts(Input.of("facts.csv", FACTS_HEADER
        + "LAO,13MSP,art4.national-strategy,BOOLEAN,true,RD,para 86\n"
        + "IRQ,13MSP,art4.national-strategy,BOOLEAN,false,RD,\"para 86\n"));
    assertEquals(1, r.rowsAccepted());
    assertEquals(1, r.rowsFailed());
    Failure f = only(r);
    assertEquals(FailureKind.MALFORMED, f.kind());
    assertEquals(OptionalInt.of(2), f.location().row());
    assertTrue(f.message().contains("syntax error"), f.message());
  }

  @Test
  void rowsWithTooFewOrTooManyFieldsAndUnknownColumns() {
    ReadResult<Register> r = READER.readRegister(Input.of("states.csv",
        "iso3,name,colour\nLAO,Lao,blue\nCPV,Cabo Verde\nIRQ,Iraq,green,extra\n"));
    assertEquals(1, r.rowsAccepted());
    assertEquals(ImmutableList.of(FailureKind.UNKNOWN_FIELD, FailureKind.WRONG_SHAPE, FailureKind.WRONG_SHAPE),
        r.failures().stream().map(Failure::kind).toList());
    assertEquals("states.csv, line 1, column 3, table states, field 'colour': the states table has no such column; its values are not "
        + "read: 'colour'; expected one of [iso3, name, signature, deposit, kind, withdrawalNotified, "
        + "withdrawalEffective, source.document, source.locator]", r.failures().get(0).message());
    assertEquals(OptionalInt.of(3), r.failures().get(1).location().line());
  }

  @Test
  void lineNumbersFollowQuotedValuesThatSpanLines() {
    Failure f = only(READER.readFacts(Input.of("facts.csv", FACTS_HEADER
        + "LAO,13MSP,art4.national-strategy,BOOLEAN,true,RD,\"para 86,\nsecond line\"\n"
        + "XKX,13MSP,art4.national-strategy,BOOLEAN,true,RD,para 86\n")));
    assertEquals(OptionalInt.of(4), f.location().line());
    assertEquals(OptionalInt.of(2), f.location().row());
  }

  @Test
  void emptyFilesAndFilesWithOnlyAHeader() {
    assertEquals(FailureKind.EMPTY, only(READER.readFacts(Input.of("facts.csv", ""))).kind());
    assertEquals(FailureKind.EMPTY, only(READER.readFacts(Input.of("facts.json", "\n"))).kind());
    assertEquals(FailureKind.EMPTY, only(READER.readFacts(Input.of("facts.yaml", "# nothing yet\n"))).kind());
    ReadResult<ImmutableList<Fact>> header = READER.readFacts(Input.of("facts.csv", FACTS_HEADER));
    assertEquals(0, header.rowsRead());
    assertTrue(header.failures().isEmpty());
  }

  @Test
  void byteOrderMarkAndCrlfLineEndsAreAccepted() {
    byte[] text = ("\uFEFF" + FACTS_HEADER + "LAO,13MSP,art4.national-strategy,BOOLEAN,true,RD,para 86\n"
        + "XKX,13MSP,art4.national-strategy,BOOLEAN,true,RD,para 86\n").replace("\n", "\r\n")
        .getBytes(StandardCharsets.UTF_8);
    ReadResult<ImmutableList<Fact>> r = READER.readFacts(Input.of("facts.csv", text));
    assertEquals(ImmutableList.of(Fact.of("LAO", "13MSP", "art4.national-strategy", FactValue.of(true),
        org.ccmkit.model.SourceRef.of("RD", "para 86"))), r.value());
    assertEquals(OptionalInt.of(3), only(r).location().line());
    ReadResult<ImmutableList<Fact>> json = READER.readFacts(Input.of("facts.json", ("\uFEFF[\r\n{\"subject\": "
        + "\"LAO\", \"cycle\": \"13MSP\", \"element\": \"art4.national-strategy\", \"value\": true,\r\n\"source\": "
        + "{\"document\": \"RD\", \"locator\": \"para 86\"}}\r\n]\r\n").getBytes(StandardCharsets.UTF_8)));
    assertEquals(r.value(), json.value());
    assertTrue(json.failures().isEmpty(), json.failures().toString());
  }

  @Test
  void modelValidationBecomesAFailure() {
    Failure accession = only(READER.readRegister(Input.of("states.csv",
        "iso3,name,signature,deposit,kind\nAND,Andorra,2008-12-03,2013-04-09,ACCESSION\n")));
    assertEquals(FailureKind.INVALID_VALUE, accession.kind());
    assertEquals("states.csv, line 2, column 1, states row 1: the row breaks a rule of the model: Standing.instrumentKind ACCESSION is for States that "
        + "did not sign, but state AND signed on 2008-12-03", accession.message());
    ReadResult<org.ccmkit.indicators.data.MonitoringDataset> tooLong = READER.readDataset(Input.of("dataset.json",
        "{\"obligations\": [{\"state\": \"LAO\", \"obligation\": \"CLEARANCE\", \"ground\": "
            + "\"CONTAMINATION_AT_ENTRY_INTO_FORCE\", \"start\": \"2010-08-01\", \"extensions\": [{\"grantedBy\": "
            + "\"9MSP\", \"grantedOn\": \"2019-09-04\", \"newDeadline\": \"2026-08-01\"}]}]}"));
    Failure f = only(tooLong);
    assertEquals(FailureKind.INVALID_VALUE, f.kind());
    assertTrue(f.message().contains("exceeds the maximum of 5 years per extension (Art. 4(5)) for state LAO"),
        f.message());
    Failure negative = only(READER.readFacts(Input.of("facts.csv", FACTS_HEADER
        + "DEU,13MSP,retention.quantity-retained,QUANTITY,-3,RD,para 90\n")));
    assertEquals(FailureKind.INVALID_VALUE, negative.kind());
    assertTrue(negative.message().contains("must not be negative, was -3"), negative.message());
  }

  @Test
  void stateListedTwiceAndExtensionsOfUnlistedObligations() {
    Failure twice = only(READER.readRegister(Input.of("states.csv", "iso3,name\nLAO,Lao\nLAO,Laos\n")));
    assertEquals(FailureKind.DUPLICATE, twice.kind());
    assertEquals(OptionalInt.of(3), twice.location().line());
    ReadResult<org.ccmkit.indicators.data.MonitoringDataset> r = READER.readDataset(Input.of("dataset.json",
        "{\"obligation-extensions\": [{\"state\": \"IRQ\", \"obligation\": \"CLEARANCE\", \"start\": \"2013-11-01\", "
            + "\"grantedBy\": \"13MSP\", \"grantedOn\": \"2023-09-01\", \"newDeadline\": \"2028-11-01\"}]}"));
    assertEquals(FailureKind.UNKNOWN_REFERENCE, only(r).kind());
  }

  @Test
  void fieldsThatDoNotApplyToTheObligation() {
    ReadResult<ImmutableList<Obligation>> r = READER.readObligations(Input.of("obligations.csv",
        "state,obligation,start,ground,coveredYear\nDEU,RETENTION,2010-08-01,CONTAMINATION_AT_ENTRY_INTO_FORCE,2020\n"));
    assertEquals(ImmutableList.of("ground", "coveredYear"),
        r.failures().stream().map(f -> f.location().field().get()).toList());
    assertTrue(r.failures().stream().allMatch(f -> f.kind() == FailureKind.UNKNOWN_FIELD));
  }

  @Test
  void anIncompleteHistoryOfExtensionsIsReadAndAWrongValueNamed() {
    ReadResult<ImmutableList<Obligation>> r = READER.readObligations(Input.of("obligations.csv",
        "state,obligation,ground,start,extensionsComplete\n"
            + "LAO,CLEARANCE,CONTAMINATION_AT_ENTRY_INTO_FORCE,2010-08-01,false\n"
            + "IRQ,CLEARANCE,CONTAMINATION_AT_ENTRY_INTO_FORCE,2013-11-01,\n"
            + "DEU,CLEARANCE,CONTAMINATION_AT_ENTRY_INTO_FORCE,2009-08-01,perhaps\n"
            + "DEU,RETENTION,,2010-08-01,false\n"));
    assertEquals(2, r.rowsAccepted());
    assertEquals(false, r.value().get(0).extensionsComplete());
    assertEquals(ObligationStatus.DEADLINE_UNKNOWN, r.value().get(0).statusOn(LocalDate.of(2025, 4, 30)));
    assertEquals(true, r.value().get(1).extensionsComplete());
    Failure wrong = r.failures().get(0);
    assertEquals(FailureKind.WRONG_TYPE, wrong.kind());
    assertEquals(Optional.of("extensionsComplete"), wrong.location().field());
    assertEquals(Optional.of("perhaps"), wrong.value());
    assertEquals(4, wrong.location().line().getAsInt());
    assertEquals(FailureKind.UNKNOWN_FIELD, r.failures().get(1).kind());
    assertEquals(Optional.of("extensionsComplete"), r.failures().get(1).location().field());
  }

  @Test
  void tooManyRowsExceedTheLimit() {
    MonitoringDataReader small = READER.with(ReadContext.builder().from(READER.context())
        .limits(ReadLimits.builder().maxRows(2).build()).build());
    ReadResult<Register> r = small.readRegister(Input.of("states.csv",
        "iso3,name\nLAO,Lao\nCPV,Cabo Verde\nIRQ,Iraq\n"));
    assertEquals(2, r.rowsAccepted());
    assertEquals(FailureKind.LIMIT_EXCEEDED, only(r).kind());
  }

  @Test
  void aMissingFolderIsUnreadable() {
    Failure f = only(READER.readDataset(Path.of("no", "such", "dataset")));
    assertEquals(FailureKind.UNREADABLE, f.kind());
    assertEquals(ExampleFilesTest.EXAMPLES.getFileSystem().getPath("no", "such", "dataset").toString(),
        f.location().source());
  }

  @Test
  void unsupportedFormat() {
    Failure f = only(READER.readFacts(Input.of("facts.ods", "PK")));
    assertEquals(FailureKind.UNSUPPORTED_FORMAT, f.kind());
    assertTrue(f.message().contains("'.ods'; expected one of the extensions [csv, json, "), f.message());
  }

  @Test
  void strictReadingThrowsOneExceptionListingEveryFailure() {
    ReadResult<ImmutableList<Fact>> r = READER.readFacts(Input.of("facts.csv", FACTS_HEADER
        + "XKX,13MSP,art4.national-strategy,BOOLEAN,true,RD,para 86\n"
        + "LAO,13MSP,art4.national-strategy,BOOLEAN,maybe,RD,para 86\n"));
    assertEquals(ImmutableList.of(), r.get(Strictness.LENIENT));
    ReadException e = assertThrows(ReadException.class, () -> r.get(Strictness.STRICT));
    assertEquals(2, e.failures().size());
    assertTrue(e.getMessage().startsWith("2 failures reading input:\n  UNKNOWN_STATE: facts.csv, line 2"),
        e.getMessage());
    assertTrue(e.getMessage().contains("\n  WRONG_TYPE: facts.csv, line 3"), e.getMessage());
  }

  @Test
  void everyProblemOfARowIsReportedNotOnlyTheFirst() {
    ReadResult<Register> r = READER.readRegister(Input.of("states.csv",
        "iso3,name,signature,deposit,kind\nlao,,2007-01-01,someday,TREATY\n"));
    assertEquals(ImmutableList.of(FailureKind.MISSING_FIELD, FailureKind.WRONG_TYPE, FailureKind.WRONG_TYPE,
        FailureKind.WRONG_TYPE, FailureKind.DATE_BEFORE_CONVENTION),
        r.failures().stream().map(Failure::kind).sorted().toList());
    assertEquals(1, r.rowsFailed());
  }

  private static Failure only(ReadResult<?> r) {
    assertEquals(1, r.failures().size(), r.failures().toString());
    return r.failures().get(0);
  }
}
