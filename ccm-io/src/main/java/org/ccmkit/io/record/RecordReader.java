package org.ccmkit.io.record;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.ccmkit.indicators.data.Bound;
import org.ccmkit.indicators.data.ExtensionRequest;
import org.ccmkit.indicators.data.Fact;
import org.ccmkit.indicators.data.FactValue;
import org.ccmkit.indicators.data.PublishedValue;
import org.ccmkit.io.catalogue.CatalogueReader;
import org.ccmkit.io.catalogue.JsonFields;
import org.ccmkit.model.SourceRef;
import org.ccmkit.model.calendar.Meeting;
import org.ccmkit.model.calendar.MeetingKind;
import org.ccmkit.model.plan.DataElement;
import org.ccmkit.model.plan.FigureUnit;
import org.ccmkit.model.plan.ValueType;
import org.ccmkit.model.plan.Vocabulary;
import org.ccmkit.model.state.InstrumentKind;
import org.ccmkit.model.state.Register;
import org.ccmkit.model.state.Standing;
import org.ccmkit.model.state.State;

/**
 * Reads the files of the published record (formats in {@code docs/formats.md}). Every entry that cannot be read is
 * reported with its file and JSON pointer (or TSV line); nothing is dropped silently.
 */
public final class RecordReader {

  private final JsonFields f;

  /**
   * A reader of the file named {@code file}.
   *
   * @param file the file
   */
  public RecordReader(String file) {
    this.f = new JsonFields(file);
  }

  /** {@return the problems found so far} */
  public ImmutableList<String> problems() {
    return f.problems();
  }

  /**
   * The depositary's register from its tab-separated table (columns {@code state_name, iso3, signature_date,
   * deposit_date, deposit_kind, withdrawal_notified, withdrawal_effective, source}).
   *
   * @param tsv the tab-separated text
   * @return the depositary's register from its tab-separated table (columns {@code state_name, iso3, signature_date,
   *     deposit_date, deposit_kind, withdrawal_notified, withdrawal_effective, source})
   */
  public ImmutableList<Standing> register(String tsv) {
    List<Standing> out = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(new StringReader(tsv))) {
      String header = in.readLine();
      if (header == null || !header.startsWith("state_name\tiso3\tsignature_date\tdeposit_date\tdeposit_kind")) {
        f.problem("line 1", "expected the header state_name, iso3, signature_date, deposit_date, deposit_kind, "
            + "withdrawal_notified, withdrawal_effective, source; was '" + header + "'");
        return ImmutableList.of();
      }
      String line;
      int n = 1;
      while ((line = in.readLine()) != null) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        String[] c = line.split("\t", -1);
        String where = "line " + n;
        if (c.length < 8) {
          f.problem(where, "expected 8 tab-separated columns, found " + c.length + ": '" + line + "'");
          continue;
        }
        Standing s = f.guarded(where, () -> Standing.builder()
            .state(State.of(c[1], c[0]))
            .signature(date(c[2], where, "signature_date"))
            .deposit(date(c[3], where, "deposit_date"))
            .instrumentKind(c[4].isEmpty() ? Optional.empty()
                : Optional.of(InstrumentKind.valueOf(c[4].toUpperCase(Locale.ROOT))))
            .withdrawalNotified(date(c[5], where, "withdrawal_notified"))
            .recordedWithdrawalEffective(date(c[6], where, "withdrawal_effective"))
            .source(SourceRef.of("UNTC", c[7].isEmpty() ? "status page XXVI-6" : c[7]))
            .build());
        if (s != null) {
          out.add(s);
        }
      }
    } catch (IOException e) {
      f.problem("", "cannot read the register: " + e.getMessage());
    }
    return ImmutableList.copyOf(out);
  }

  private Optional<LocalDate> date(String text, String where, String column) {
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(text));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(column + " must be a date YYYY-MM-DD, was '" + text + "'");
    }
  }

  /**
   * Meetings from {@code meetings.json}.
   *
   * @param root the document's root node
   * @return the meeting list
   */
  public ImmutableList<Meeting> meetings(JsonNode root) {
    return array(root, (n, p) -> Meeting.builder()
        .kind(f.text(n, p, "kind").equals("RC") ? MeetingKind.REVIEW_CONFERENCE : MeetingKind.MSP)
        .ordinal(f.integer(n, p, "ordinal"))
        .year(f.integer(n, p, "year"))
        .date(f.optDate(n, p, "date"))
        .place(f.optText(n, p, "place"))
        .presidency(f.optText(n, p, "presidency"))
        .source(CatalogueReader.source(f, n, p))
        .build());
  }

  /**
   * Published values from a {@code published-values-*.json} file.
   *
   * @param root the document's root node
   * @return Published values from a {@code published-values-*.json} file
   */
  public ImmutableList<PublishedValue> publishedValues(JsonNode root) {
    return array(root, (n, p) -> PublishedValue.builder()
        .indicator(f.optText(n, p, "indicator"))
        .cycle(f.text(n, p, "cycle"))
        .value(required(f.optNumber(n, p, "value"), p, "value"))
        .denominator(f.optNumber(n, p, "denominator"))
        .unit(unit(f.text(n, p, "unit"), p))
        .quantityUnit(f.optText(n, p, "quantityUnit"))
        .component(f.optText(n, p, "component"))
        .bound(f.optText(n, p, "bound").map(Bound::parse))
        .period(f.optText(n, p, "period"))
        .states(f.textArray(n, p, "states", s -> s))
        .source(CatalogueReader.source(f, n, p))
        .quote(f.optText(n, p, "quote"))
        .note(f.optText(n, p, "note"))
        .build());
  }

  private FigureUnit unit(String text, String p) {
    // A sum over several cycles ("only twice in four years") is published like an average: one figure for a range.
    return text.equals("TOTAL") ? FigureUnit.AVERAGE : FigureUnit.valueOf(text);
  }

  /**
   * Statements about named States from {@code state-facts.json} or {@code unidir-state-facts.json}.
   *
   * @param root the document's root node
   * @return the state statement list
   */
  public ImmutableList<StateStatement> statements(JsonNode root) {
    return array(root, (n, p) -> new StateStatement(f.text(n, p, "state"), f.text(n, p, "fact"),
        f.optText(n, p, "cycle"), scalar(n, p, "value"), scalar(n, p, "date"), CatalogueReader.source(f, n, p),
        f.optText(n, p, "quote"), f.optText(n, p, "note")));
  }

  /**
   * State-level facts from a {@code state-evidence-*.json} file (fields {@code subject, cycle, period, element, value,
   * source, quote, note, loose}); the value's type is the data element's in {@code vocabulary}.
   *
   * @param root the document's root node
   * @param vocabulary the data elements known
   * @return State-level facts from a {@code state-evidence-*.json} file (fields {@code subject, cycle, period,
   *     element, value, source, quote, note, loose}); the value's type is the data element's in {@code vocabulary}
   */
  public ImmutableList<Fact> facts(JsonNode root, Vocabulary vocabulary) {
    return array(root, (n, p) -> {
      String element = f.text(n, p, "element");
      DataElement e = vocabulary.element(element).orElseThrow(() -> new IllegalArgumentException(
          "unknown data element '" + element + "': not in the shipped vocabulary"));
      JsonNode v = n.get("value");
      FactValue value;
      if (v == null || v.isNull()) {
        throw new IllegalArgumentException("missing required value");
      } else if (e.valueType() == ValueType.BOOLEAN) {
        if (!v.isBoolean()) {
          throw new IllegalArgumentException("value of " + element + " must be true or false, was " + v);
        }
        value = FactValue.of(v.booleanValue());
      } else if (e.valueType() == ValueType.TEXT) {
        value = FactValue.of(v.asText());
      } else if (e.valueType() == ValueType.DATE) {
        value = FactValue.of(LocalDate.parse(v.asText()));
      } else {
        if (!v.isNumber()) {
          throw new IllegalArgumentException("value of " + element + " must be a number, was " + v);
        }
        value = FactValue.of(e.valueType(), v.decimalValue());
      }
      return Fact.builder().subject(f.text(n, p, "subject")).cycle(f.text(n, p, "cycle")).element(element)
          .value(value).source(CatalogueReader.source(f, n, p)).quote(f.optText(n, p, "quote"))
          .note(f.optText(n, p, "note")).period(f.optText(n, p, "period"))
          .loose(n.path("loose").asBoolean(false)).build();
    });
  }

  /**
   * The UN Member States and observer States that are not in {@code participants}, as States with no instrument, from
   * the tab-separated table {@code un-member-and-observer-states.tsv} (columns {@code state_name, iso3, status,
   * admission_date, source}).
   *
   * @param tsv the tab-separated text
   * @param participants the participants
   * @return the UN Member States and observer States that are not in {@code participants}, as States with no
   *     instrument, from the tab-separated table {@code un-member-and-observer-states.tsv} (columns {@code state_name,
   *     iso3, status, admission_date, source})
   */
  public ImmutableList<Standing> otherStates(String tsv, Register participants) {
    List<Standing> out = new ArrayList<>();
    String[] lines = tsv.split("\n", -1);
    if (lines.length == 0 || !lines[0].startsWith("state_name\tiso3\tstatus\tadmission_date\tsource")) {
      f.problem("line 1", "expected the header state_name, iso3, status, admission_date, source; was '"
          + (lines.length == 0 ? "" : lines[0]) + "'");
      return ImmutableList.of();
    }
    for (int i = 1; i < lines.length; i++) {
      String line = lines[i];
      if (line.isBlank()) {
        continue;
      }
      String where = "line " + (i + 1);
      String[] c = line.split("\t", -1);
      if (c.length != 5) {
        f.problem(where, "expected 5 tab-separated columns, found " + c.length + ": '" + line + "'");
        continue;
      }
      if (!c[2].equals("MEMBER") && !c[2].equals("OBSERVER")) {
        f.problem(where, "status must be MEMBER or OBSERVER, was '" + c[2] + "'");
        continue;
      }
      if (participants.standing(c[1]).isPresent()) {
        continue;
      }
      Standing s = f.guarded(where, () -> Standing.builder().state(State.of(c[1], c[0]))
          .source(SourceRef.of("UN", (c[2].equals("MEMBER") ? "Member State" : "non-member observer State")
              + (c[3].isEmpty() ? "" : ", admitted " + c[3]) + "; " + c[4]))
          .build());
      if (s != null) {
        out.add(s);
      }
    }
    return ImmutableList.copyOf(out);
  }

  /**
   * Extension requests from {@code extension-requests.json}.
   *
   * @param root the document's root node
   * @return Extension requests from {@code extension-requests.json}
   */
  public ImmutableList<ExtensionRequest> extensionRequests(JsonNode root) {
    return array(root, (n, p) -> ExtensionRequest.builder()
        .state(f.text(n, p, "state"))
        .article(Integer.parseInt(scalar(n, p, "article").orElse("0")))
        .meeting(f.text(n, p, "meeting"))
        .requestedUntil(f.optDate(n, p, "requestedUntil"))
        .grantedUntil(f.optDate(n, p, "grantedUntil"))
        .source(CatalogueReader.source(f, n, p))
        .build());
  }

  /**
   * Meeting-level figures from {@code participation.json}.
   *
   * @param root the document's root node
   * @return Meeting-level figures from {@code participation.json}
   */
  public ImmutableList<MeetingFigure> meetingFigures(JsonNode root) {
    return array(root, (n, p) -> new MeetingFigure(f.optText(n, p, "meeting"), f.optText(n, p, "cycle"),
        f.text(n, p, "measure"), required(f.optNumber(n, p, "value"), p, "value"), f.optNumber(n, p, "denominator"),
        unit(f.text(n, p, "unit"), p), CatalogueReader.source(f, n, p), f.optText(n, p, "quote"),
        f.optText(n, p, "note")));
  }

  /**
   * The ISU contribution table from {@code isu-contributions.json}.
   *
   * @param root the document's root node
   * @return the ISU contribution table from {@code isu-contributions.json}
   */
  public ImmutableList<IsuContribution> isuContributions(JsonNode root) {
    return array(root, (n, p) -> new IsuContribution(f.optNumber(n, p, "year").map(BigDecimal::intValueExact), f.text(n, p, "measure"),
        f.optNumber(n, p, "value"), f.text(n, p, "unit"), f.optText(n, p, "quantityUnit"), scalar(n, p, "raw"),
        CatalogueReader.source(f, n, p), f.optText(n, p, "note")));
  }

  private <T> T required(Optional<T> value, String p, String field) {
    return value.orElseThrow(() -> new IllegalArgumentException("missing required number '" + field + "'"));
  }

  /** A field that may be printed as text or as a number, read as text. */
  private Optional<String> scalar(JsonNode n, String p, String field) {
    JsonNode v = n.get(field);
    if (v == null || v.isNull()) {
      return Optional.empty();
    }
    if (v.isNumber()) {
      return Optional.of(v.isIntegralNumber() ? v.bigIntegerValue().toString() : v.decimalValue().toPlainString());
    }
    return f.optText(n, p, field);
  }

  private <T> ImmutableList<T> array(JsonNode root, JsonFields.ElementMapper<T> mapper) {
    if (!root.isArray()) {
      f.problem("", "expected an array, was " + JsonFields.abbreviate(root));
      return ImmutableList.of();
    }
    ImmutableList.Builder<T> out = ImmutableList.builder();
    for (int i = 0; i < root.size(); i++) {
      JsonNode n = root.get(i);
      String p = "/" + i;
      T t = f.guarded(p, () -> mapper.map(n, p));
      if (t != null) {
        out.add(t);
      }
    }
    return out.build();
  }

}
