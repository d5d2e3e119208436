/**
 * The values of SDMX-CSV 2.0 exchange of indicator values: the dataflow {@code CCMKIT:CCM_INDICATORS(1.0)} and its
 * columns ({@link org.ccmkit.io.sdmx.SdmxCsv}) and one observation, a row per indicator, area and cycle
 * ({@link org.ccmkit.io.sdmx.SdmxObservation}). {@link org.ccmkit.io.write.SdmxCsvWriter} writes series and
 * evaluations as such observations, and {@link org.ccmkit.io.SdmxCsvReader} reads such a file back into the same
 * observations. The columns are in docs/formats.md.
 */
@CcmStyle
package org.ccmkit.io.sdmx;

import org.ccmkit.model.CcmStyle;
