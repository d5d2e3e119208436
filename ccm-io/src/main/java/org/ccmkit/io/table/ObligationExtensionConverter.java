package org.ccmkit.io.table;

import java.time.LocalDate;
import java.util.Optional;
import org.ccmkit.io.read.FailureKind;
import org.ccmkit.model.obligation.Extension;

/** Rows of the obligation-extensions table to extensions named with the obligation they extend. */
final class ObligationExtensionConverter implements RowConverter<ObligationExtensionRow, ObligationExtension> {

  private final Known known;

  ObligationExtensionConverter(Known known) {
    this.known = known;
  }

  @Override
  public Optional<ObligationExtension> convert(ObligationExtensionRow row, RowContext context) {
    Fields f = new Fields(context);
    Optional<String> state = known.stateCode(f, "state", row.state());
    Optional<ObligationType> type = f.constant("obligation", row.obligation(), ObligationType.class);
    type.filter(t -> !t.isExtensible()).ifPresent(t -> context.fail(FailureKind.WRONG_TYPE, "obligation",
        "obligation has no deadline a meeting extends", t.name(), "STOCKPILE_DESTRUCTION or CLEARANCE"));
    Optional<LocalDate> start = f.date("start", row.start());
    Optional<Extension> extension = ObligationConverter.extension(f, "", row.grantedBy(), row.grantedOn(),
        row.requestedOn(), row.requestedDeadline(), row.newDeadline(), row.source());
    return context.hasFailures()
        ? Optional.empty()
        : Optional.of(ObligationExtension.of(state.get(), type.get(), start.get(), extension.get()));
  }
}
