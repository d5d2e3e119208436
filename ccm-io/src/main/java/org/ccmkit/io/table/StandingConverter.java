package org.ccmkit.io.table;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.ccmkit.io.read.FailureKind;
import org.ccmkit.model.state.InstrumentKind;
import org.ccmkit.model.state.Standing;
import org.ccmkit.model.state.State;

/** Rows of the register to standings; a State listed twice is a {@link FailureKind#DUPLICATE}. */
final class StandingConverter implements RowConverter<StandingRow, Standing> {

  private final Map<String, String> seen = new HashMap<>();

  @Override
  public Optional<Standing> convert(StandingRow row, RowContext context) {
    Fields f = new Fields(context);
    Optional<String> code = f.text("iso3", row.iso3());
    code.filter(c -> !State.isIso3(c)).ifPresent(c -> context.fail(FailureKind.WRONG_TYPE, "iso3",
        "not a State code", c, "an ISO 3166-1 alpha-3 code such as LAO"));
    Optional<String> name = f.text("name", row.name());
    Optional<LocalDate> signature = f.optionalDate("signature", row.signature());
    Optional<LocalDate> deposit = f.optionalDate("deposit", row.deposit());
    Optional<InstrumentKind> kind = f.optionalConstant("kind", row.kind(), InstrumentKind.class);
    Optional<LocalDate> notified = f.optionalDate("withdrawalNotified", row.withdrawalNotified());
    Optional<LocalDate> effective = f.optionalDate("withdrawalEffective", row.withdrawalEffective());
    var source = f.optionalSource("source", row.source());
    if (context.hasFailures()) {
      return Optional.empty();
    }
    Standing standing = Standing.builder().state(State.of(code.get(), name.get())).signature(signature)
        .deposit(deposit).instrumentKind(kind).withdrawalNotified(notified).recordedWithdrawalEffective(effective)
        .source(source).build();
    String first = seen.putIfAbsent(code.get(), context.location().toString());
    if (first != null) {
      context.fail(FailureKind.DUPLICATE, "iso3", "State listed twice in the register (first at " + first + ")",
          code.get(), "each State once");
      return Optional.empty();
    }
    return Optional.of(standing);
  }
}
