/**
 * SDMX-CSV 2.0 exchange of indicator values: {@link org.ccmkit.io.sdmx.SdmxCsvWriter} writes series and evaluations
 * as observations of the dataflow {@code CCMKIT:CCM_INDICATORS(1.0)}, one row per indicator, area and cycle, and
 * {@link org.ccmkit.io.sdmx.SdmxCsvReader} reads such a file back into the same
 * {@link org.ccmkit.io.sdmx.SdmxObservation}s. The columns are in docs/formats.md.
 */
@CcmStyle
package org.ccmkit.io.sdmx;

import org.ccmkit.model.CcmStyle;
