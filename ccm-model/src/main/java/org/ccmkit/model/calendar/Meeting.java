package org.ccmkit.model.calendar;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ccmkit.model.SourceRef;
import org.immutables.value.Value;

/**
 * A Meeting of States Parties or a Review Conference, known by its short name ({@code 13MSP}, {@code 2RC}), with the
 * year it was held (the first year, for the 2RC held in two parts in 2020 and 2021), its opening day where a source
 * gives it, its place and presidency.
 *
 * <p>A meeting's day is data, not a guess: Articles 3(5) and 4(6) count nine months back from it, so a rule that needs
 * it says whether it was exact (the day is known) or a bound (only the year is).
 */
@Value.Immutable
public abstract class Meeting implements Comparable<Meeting> {

  /** Implemented in this package only (by the generated immutable class). */
  Meeting() {}

  private static final Pattern ID = Pattern.compile("(\\d{1,2})(MSP|RC)");

  /** {@return MSP or Review Conference} */
  public abstract MeetingKind kind();

  /** {@return its ordinal among meetings of its kind: 13 for the 13MSP} */
  public abstract int ordinal();

  /** {@return the year it was held (or opened)} */
  public abstract int year();

  /**
   * The day the meeting opened, where a source gives it; in the meeting's {@link #year()}. Empty where no source gives
   * it: then only the year is known.
   *
   * @return the day the meeting opened, where a source gives it; in the meeting's {@link #year()}
   */
  public abstract Optional<LocalDate> date();

  /** {@return the city, where known} */
  public abstract Optional<String> place();

  /** {@return the ISO code of the State holding the presidency, where known (the 14MSP has none yet)} */
  public abstract Optional<String> presidency();

  /** {@return where these facts come from} */
  public abstract Optional<SourceRef> source();

  /** {@return a builder} */
  public static ImmutableMeeting.Builder builder() {
    return ImmutableMeeting.builder();
  }

  /**
   * A meeting.
   *
   * @param kind the kind
   * @param ordinal the meeting's ordinal, e.g. 13 for the 13MSP
   * @param year the year
   * @return a meeting
   */
  public static Meeting of(MeetingKind kind, int ordinal, int year) {
    return builder().kind(kind).ordinal(ordinal).year(year).build();
  }

  /**
   * Parses a short name, {@code 13MSP} or {@code 2RC}, into its kind and ordinal; no year.
   *
   * @param id the id
   * @return the meeting kind
   */
  public static MeetingKind kindOf(String id) {
    return MeetingKind.valueOf(parse(id).group(2).equals("RC") ? "REVIEW_CONFERENCE" : "MSP");
  }

  /**
   * The ordinal in a short name: 13 for {@code 13MSP}.
   *
   * @param id the id
   * @return the ordinal in a short name: 13 for {@code 13MSP}
   */
  public static int ordinalOf(String id) {
    return Integer.parseInt(parse(id).group(1));
  }

  private static Matcher parse(String id) {
    checkArgument(id != null, "meeting id must not be null");
    Matcher m = ID.matcher(id);
    checkArgument(m.matches(), "meeting id must look like '13MSP' or '2RC', was '%s'", id);
    return m;
  }

  /** {@return the short name: {@code 13MSP}, {@code 2RC}} */
  public String id() {
    return ordinal() + kind().suffix();
  }

  /** Validates the attributes on construction; a failure names the field and the value. */
  @Value.Check
  protected void check() {
    checkArgument(ordinal() >= 1, "Meeting.ordinal must be at least 1, was %s", ordinal());
    checkArgument(year() >= 2010, "Meeting.year must not be before the first meeting (2010), was %s (%s)", year(), id());
    date().ifPresent(d -> checkArgument(d.getYear() == year(),
        "Meeting.date must fall in the meeting's year %s, was %s (%s)", year(), d, id()));
    presidency().ifPresent(p -> checkArgument(p.matches("[A-Z]{3}"),
        "Meeting.presidency must be an ISO 3166-1 alpha-3 code, was '%s' (%s)", p, id()));
  }

  @Override
  public int compareTo(Meeting o) {
    int c = Integer.compare(year(), o.year());
    return c != 0 ? c : id().compareTo(o.id());
  }

  @Override
  public String toString() {
    return id() + " (" + date().map(LocalDate::toString).orElse(String.valueOf(year())) + place().map(p -> ", " + p).orElse("") + ")";
  }
}
