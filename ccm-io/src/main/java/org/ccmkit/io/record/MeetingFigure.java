package org.ccmkit.io.record;

import java.math.BigDecimal;
import java.util.Optional;
import org.ccmkit.model.SourceRef;
import org.ccmkit.model.plan.FigureUnit;

/**
 * A meeting-level figure a document printed: women delegates, delegations headed by women, survivors in delegations.
 *
 * @param meeting the meeting, e.g. {@code 13MSP}, if the document says which
 * @param cycle the cycle the document files the figure under
 * @param measure what is counted, e.g. {@code WOMEN_DELEGATES}
 * @param value the figure
 * @param denominator the denominator, where printed
 * @param unit count, percent …
 * @param source where it is printed
 * @param quote the document's words
 * @param note a remark of the extraction
 */
public record MeetingFigure(Optional<String> meeting, Optional<String> cycle, String measure, BigDecimal value,
    Optional<BigDecimal> denominator, FigureUnit unit, SourceRef source, Optional<String> quote,
    Optional<String> note) {}
