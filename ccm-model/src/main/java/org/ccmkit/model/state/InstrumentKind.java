package org.ccmkit.model.state;

/** The kind of instrument by which a State expressed its consent to be bound (Article 16). */
public enum InstrumentKind {
  /** Ratification by a signatory. */
  RATIFICATION,
  /** Accession by a State that did not sign. */
  ACCESSION,
  /** Acceptance (Japan, the Netherlands). */
  ACCEPTANCE,
  /** Approval (no State has used it). */
  APPROVAL
}
