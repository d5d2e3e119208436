package org.ccmkit.io.table;

import java.time.LocalDate;
import org.ccmkit.model.obligation.Extension;
import org.immutables.value.Value;

/**
 * An extension together with the obligation it extends, named by State, type and start: a row of the
 * obligation-extensions table of flat formats, where extensions cannot be nested in their obligation.
 */
@Value.Immutable
public abstract class ObligationExtension {

  /** Implemented in this package only (by the generated immutable class). */
  ObligationExtension() {}

  /** {@return the State's code} */
  public abstract String state();

  /** {@return the obligation's type: stockpile destruction or clearance} */
  public abstract ObligationType obligation();

  /** {@return the start of the obligation extended} */
  public abstract LocalDate start();

  /** {@return the extension} */
  public abstract Extension extension();

  /**
   * An extension of the obligation of {@code state} of type {@code obligation} starting on {@code start}.
   *
   * @param state the State's ISO 3166-1 alpha-3 code
   * @param obligation the obligation
   * @param start the date the obligation starts
   * @param extension the extension
   * @return an extension of the obligation of {@code state} of type {@code obligation} starting on {@code start}
   */
  public static ObligationExtension of(String state, ObligationType obligation, LocalDate start, Extension extension) {
    return ImmutableObligationExtension.builder().state(state).obligation(obligation).start(start).extension(extension)
        .build();
  }
}
