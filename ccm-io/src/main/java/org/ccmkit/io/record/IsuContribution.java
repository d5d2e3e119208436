package org.ccmkit.io.record;

import java.math.BigDecimal;
import java.util.Optional;
import org.ccmkit.model.SourceRef;

/**
 * One cell of the Review Document's table of contributions to the Implementation Support Unit, by year.
 *
 * @param year the year, where the figure belongs to one
 * @param measure the row or column the cell belongs to
 * @param value the figure, if the cell holds one
 * @param unit its unit ({@code QUANTITY}, {@code PERCENT}, {@code COUNT})
 * @param quantityUnit the currency, for amounts
 * @param raw the cell exactly as printed
 * @param source where it is printed
 * @param note a remark of the extraction
 */
public record IsuContribution(Optional<Integer> year, String measure, Optional<BigDecimal> value, String unit,
    Optional<String> quantityUnit, Optional<String> raw, SourceRef source, Optional<String> note) {}
