package org.ccmkit.io.table;

/**
 * Each table's row read into its transfer record, field by field, from the row's cells or members; the names are the
 * columns of docs/formats.md. A field of the wrong shape is recorded by {@link Cells} and read as absent.
 */
final class RowMappers {

  /** The fields of an extension nested in an obligation. */
  static final java.util.Set<String> EXTENSION_FIELDS = com.google.common.collect.ImmutableSet.of("grantedBy",
      "grantedOn", "requestedOn", "requestedDeadline", "newDeadline", "source.document", "source.locator", "source");

  private RowMappers() {}

  static StandingRow standing(Cells c) {
    return new StandingRow(c.text("iso3"), c.text("name"), c.text("signature"), c.text("deposit"), c.text("kind"),
        c.text("withdrawalNotified"), c.text("withdrawalEffective"), c.source("source"));
  }

  static ObligationRow obligation(Cells c) {
    return new ObligationRow(c.text("state"), c.text("obligation"), c.text("ground"), c.text("start"),
        c.text("completedOn"), c.text("ceasedOn"), c.text("declarationOfCompliance"),
        c.scalar("clusterMunitionsRetained"), c.scalar("submunitionsRetained"), c.list("measuresInPlace"),
        c.text("report"), c.scalar("coveredYear"), c.text("submittedOn"), c.nested("extensions", EXTENSION_FIELDS, RowMappers::extension),
        c.scalar("extensionsComplete"), c.source("source"));
  }

  static ExtensionRow extension(Cells c) {
    return new ExtensionRow(c.text("grantedBy"), c.text("grantedOn"), c.text("requestedOn"),
        c.text("requestedDeadline"), c.text("newDeadline"), c.source("source"));
  }

  static ObligationExtensionRow obligationExtension(Cells c) {
    return new ObligationExtensionRow(c.text("state"), c.text("obligation"), c.text("start"), c.text("grantedBy"),
        c.text("grantedOn"), c.text("requestedOn"), c.text("requestedDeadline"), c.text("newDeadline"),
        c.source("source"));
  }

  static MeetingRow meeting(Cells c) {
    return new MeetingRow(c.text("id"), c.scalar("year"), c.text("date"), c.text("place"), c.text("presidency"), c.source("source"));
  }

  static CycleRow cycle(Cells c) {
    return new CycleRow(c.text("meeting"), c.scalar("year"));
  }

  static ParticipationRow participation(Cells c) {
    return new ParticipationRow(c.text("meeting"), c.text("cycle"), c.text("element"), c.text("type"),
        c.scalar("value"), c.source("source"));
  }

  static ExtensionRequestRow extensionRequest(Cells c) {
    return new ExtensionRequestRow(c.text("state"), c.scalar("article"), c.text("meeting"), c.text("requestedUntil"),
        c.text("grantedUntil"), c.source("source"));
  }

  static SubmissionRow submission(Cells c) {
    return new SubmissionRow(c.text("state"), c.text("report"), c.scalar("coveredYear"), c.text("submittedOn"),
        c.text("submittedBy"), c.text("notSubmittedOn"), c.source("source"), c.text("quote"), c.text("note"));
  }

  static PublishedValueRow publishedValue(Cells c) {
    return new PublishedValueRow(c.text("indicator"), c.text("cycle"), c.text("period"), c.scalar("value"),
        c.scalar("denominator"), c.text("unit"), c.text("bound"), c.text("quantityUnit"), c.text("component"),
        c.list("states"), c.source("source"), c.text("quote"), c.text("note"));
  }

  static StateAttributeRow stateAttribute(Cells c) {
    return new StateAttributeRow(c.text("state"), c.text("attribute"), c.text("value"));
  }
}
