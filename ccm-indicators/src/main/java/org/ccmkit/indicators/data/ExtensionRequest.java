package org.ccmkit.indicators.data;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.Optional;
import org.ccmkit.model.SourceRef;
import org.immutables.value.Value;

/**
 * A request to extend an Article 3 or Article 4 deadline, as considered by a meeting. Facts about a request (for
 * example that it includes a costed work plan) are {@link Fact}s whose subject is the request's {@link #id()}.
 */
@Value.Immutable
public abstract class ExtensionRequest {

  /** Implemented in this package only (by the generated immutable class). */
  ExtensionRequest() {}

  /** {@return the requesting State's ISO code} */
  public abstract String state();

  /** {@return the article: 3 or 4} */
  public abstract int article();

  /** {@return the meeting that considered it, e.g. {@code 11MSP}} */
  public abstract String meeting();

  /** {@return the deadline requested, where printed} */
  public abstract Optional<LocalDate> requestedUntil();

  /** {@return the deadline granted, where printed} */
  public abstract Optional<LocalDate> grantedUntil();

  /** {@return where it is recorded} */
  public abstract SourceRef source();

  /** {@return a builder} */
  public static ImmutableExtensionRequest.Builder builder() {
    return ImmutableExtensionRequest.builder();
  }

  /** {@return the request's id, used as the subject of facts about it: {@code LAO-4-11MSP}} */
  public String id() {
    return state() + "-" + article() + "-" + meeting();
  }

  /** {@return the request as a subject: {@code LAO-4-11MSP}, of its State, article and meeting} */
  public SubjectId subjectId() {
    return SubjectId.extensionRequest(state(), article(), meeting());
  }

  /** Validates the attributes on construction; a failure names the field and the value. */
  @Value.Check
  protected void check() {
    checkArgument(article() == 3 || article() == 4, "ExtensionRequest.article must be 3 or 4, was %s (%s)", article(),
        state());
    checkArgument(state().matches("[A-Z]{3}"), "ExtensionRequest.state must be an ISO 3166-1 alpha-3 code, was '%s'",
        state());
  }
}
