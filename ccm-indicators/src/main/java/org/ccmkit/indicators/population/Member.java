package org.ccmkit.indicators.population;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.ccmkit.indicators.result.Reason;
import org.immutables.value.Value;

/** A member of a computed population: a State, delegation or extension request, with why it belongs. */
@Value.Immutable
public abstract class Member implements Comparable<Member> {

  /** Implemented in this package only (by the generated immutable class). */
  Member() {}

  /** {@return the subject: an ISO code, or an extension request's id} */
  public abstract String subject();

  /** {@return the State's name as the register prints it, or a description of the request} */
  public abstract Optional<String> name();

  /** {@return why it belongs: standing, then the obligations that put it in the population} */
  public abstract ImmutableList<Reason> reasons();

  /**
   * A member.
   *
   * @param subject the subject: a State's code or a meeting's id
   * @param name the name
   * @param reasons the reasons
   * @return a member
   */
  public static Member of(String subject, Optional<String> name, Iterable<Reason> reasons) {
    checkArgument(subject != null && name != null && reasons != null,
        "Member.of needs a subject, an optional name and reasons, was subject=%s, name=%s, reasons=%s", subject, name,
        reasons);
    return ImmutableMember.builder().subject(subject).name(name).addAllReasons(reasons).build();
  }

  @Override
  public int compareTo(Member o) {
    return subject().compareTo(o.subject());
  }

  @Override
  public String toString() {
    return subject() + " " + reasons();
  }
}
