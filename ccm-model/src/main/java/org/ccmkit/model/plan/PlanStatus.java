package org.ccmkit.model.plan;

/** Whether an action plan has been adopted by a Review Conference or is still a draft. */
public enum PlanStatus {
  /** Adopted (the Lausanne Action Plan, by the Second Review Conference). */
  ADOPTED,
  /** A draft under negotiation (the Vientiane Capital Action Plan, for the Third Review Conference). */
  DRAFT
}
