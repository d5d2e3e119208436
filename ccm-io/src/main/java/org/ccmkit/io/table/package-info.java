/**
 * The tables of monitoring data, independent of file format: what each table's rows hold ({@link
 * org.ccmkit.io.table.DataTable}, with its columns and a transfer record per row), how a row becomes a value of the
 * domain with every problem found reported as a failure ({@link org.ccmkit.io.table.Tables}), and how the tables of a
 * folder or a dataset file make a {@link org.ccmkit.indicators.data.MonitoringDataset} ({@link
 * org.ccmkit.io.table.DatasetAssembler}). The transfer records are the only place the data's field names appear; the
 * model never sees Jackson.
 */
@CcmStyle
package org.ccmkit.io.table;

import org.ccmkit.model.CcmStyle;
