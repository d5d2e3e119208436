package org.ccmkit.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ccmkit.indicators.data.MonitoringDataset;
import org.ccmkit.indicators.data.PublishedValue;
import org.ccmkit.io.catalogue.CatalogueException;
import org.ccmkit.io.record.PublishedRecord;
import org.ccmkit.io.record.RecordReader;
import org.ccmkit.io.record.StateStatement;
import org.ccmkit.model.calendar.Meeting;
import org.ccmkit.model.calendar.ReportingCycle;
import org.ccmkit.model.obligation.Clearance;
import org.ccmkit.model.obligation.Obligation;
import org.ccmkit.model.obligation.Retention;
import org.ccmkit.model.obligation.VictimAssistance;
import org.ccmkit.model.state.Register;
import org.ccmkit.model.state.Standing;

/**
 * The datasets ccmkit ships. {@link #publishedRecord()} is the monitoring record of the Lausanne Action Plan's
 * reporting cycles (10MSP–13MSP, 2022–2025) as the documents published it, with a source on every entry.
 */
public final class Datasets {

  private static final String ROOT = "/org/ccmkit/io/record/";
  private static final String REGISTER = "ccm-participants-untc-2026-02-03.tsv";

  /** The published values files: the Review Document, UNIDIR's Vientiane Calling, the draft VCAP's status figures. */
  private static final ImmutableList<String> PUBLISHED_VALUES = ImmutableList.of(
      "published-values-rd.json", "published-values-unidir.json", "published-values-vcap.json");

  /** The reporting cycles of the Lausanne Action Plan the record covers. */
  public static final ImmutableList<String> LAP_CYCLES = ImmutableList.of("10MSP", "11MSP", "12MSP", "13MSP");

  private Datasets() {}

  /**
   * The embedded published record: the depositary's register of all 125 participants (status 3 February 2026), the
   * meetings 1MSP–3RC, the 10MSP–13MSP reporting cycles, what the Review Document and UNIDIR say of named States, the
   * obligations those statements establish, the extension requests by meeting, and every indicator value the Review
   * Document, UNIDIR and the draft VCAP printed. Read once, on first use; immutable.
   *
   * <p>The record says only what its sources say. Obligations are built from the documents' lists of States
   * (Article 4: the States with clearance obligations; Article 5: the States with victims; Article 3(6): the retaining
   * States), starting at entry into force for the State; no extension or completion date is invented. The sources
   * give no history of Article 4 extensions (the Review Document lists requests, para 83, fn 12, not decisions), so
   * the clearance obligations say their {@linkplain org.ccmkit.model.obligation.Obligation#extensionsComplete()
   * extensions are not complete}: past the original deadline their status is {@code DEADLINE_UNKNOWN}, not
   * {@code OVERDUE}.
   */
  public static PublishedRecord publishedRecord() {
    return Holder.RECORD;
  }

  private static PublishedRecord load() {
    List<String> problems = new ArrayList<>();
    Register register = Register.of(read(REGISTER, problems, (r, name) -> r.register(text(name))));
    ImmutableList<Meeting> meetings = read("meetings.json", problems, (r, name) -> r.meetings(json(name)));
    ImmutableList<StateStatement> statements = ImmutableList.<StateStatement>builder()
        .addAll(Datasets.<ImmutableList<StateStatement>>read("state-facts.json", problems,
            (r, name) -> r.statements(json(name))))
        .addAll(Datasets.<ImmutableList<StateStatement>>read("unidir-state-facts.json", problems,
            (r, name) -> r.statements(json(name))))
        .build();
    List<PublishedValue> published = new ArrayList<>();
    PUBLISHED_VALUES.forEach(file -> published.addAll(read(file, problems, (r, name) -> r.publishedValues(json(name)))));
    MonitoringDataset dataset = MonitoringDataset.builder()
        .register(register)
        .meetings(meetings)
        .cycles(LAP_CYCLES.stream().map(id -> ReportingCycle.of(meeting(meetings, id))).toList())
        .obligations(obligations(register, statements))
        .extensionRequests(read("extension-requests.json", problems, (r, name) -> r.extensionRequests(json(name))))
        .publishedValues(published)
        .build();
    PublishedRecord record = new PublishedRecord(dataset, statements,
        read("participation.json", problems, (r, name) -> r.meetingFigures(json(name))),
        read("isu-contributions.json", problems, (r, name) -> r.isuContributions(json(name))));
    if (!problems.isEmpty()) {
      throw new CatalogueException(ImmutableList.copyOf(problems));
    }
    return record;
  }

  private static <T> T read(String name, List<String> problems, java.util.function.BiFunction<RecordReader, String, T> how) {
    RecordReader reader = new RecordReader(name);
    T value = how.apply(reader, name);
    problems.addAll(reader.problems());
    return value;
  }

  /**
   * The obligations the documents' lists establish. A statement the extraction flagged as contradicting the
   * document's own list (Bosnia and Herzegovina's Article 4 obligation, RD para 94 against para 86) is kept as a
   * statement but creates no obligation.
   */
  static ImmutableList<Obligation> obligations(Register register, List<StateStatement> statements) {
    List<Obligation> out = new ArrayList<>();
    List<String> seen = new ArrayList<>();
    for (StateStatement s : statements) {
      if (s.flaggedInconsistent() || seen.contains(s.kind() + s.state())) {
        continue;
      }
      Optional<Standing> standing = register.standing(s.state());
      Optional<java.time.LocalDate> eif = standing.flatMap(Standing::entryIntoForce);
      if (eif.isEmpty()) {
        continue;
      }
      Optional<Obligation> o = switch (s.kind()) {
        case "ARTICLE4_OBLIGATION" -> Optional.of(Clearance.builder()
            .from(Clearance.atEntryIntoForce(standing.get().state(), eif.get())).extensionsComplete(false)
            .source(s.source()).build());
        case "ARTICLE5_VICTIMS" -> Optional.of(VictimAssistance.builder()
            .from(VictimAssistance.of(standing.get().state(), eif.get())).source(s.source()).build());
        case "RETENTION" -> Optional.of(Retention.builder()
            .from(Retention.of(standing.get().state(), eif.get())).source(s.source()).build());
        default -> Optional.empty();
      };
      o.ifPresent(ob -> {
        out.add(ob);
        seen.add(s.kind() + s.state());
      });
    }
    return ImmutableList.copyOf(out);
  }

  private static Meeting meeting(List<Meeting> meetings, String id) {
    return meetings.stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow(() -> new CatalogueException(
        ImmutableList.of("meetings.json: the record's cycle " + id + " has no meeting")));
  }

  private static String text(String name) {
    return Json.shippedText(ROOT + name);
  }

  private static JsonNode json(String name) {
    return Json.shippedTree(ROOT + name);
  }

  private static final class Holder {
    static final PublishedRecord RECORD = load();
  }

}
