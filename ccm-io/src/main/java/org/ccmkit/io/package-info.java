/**
 * Where a user of ccm-io starts: the shipped catalogues ({@link org.ccmkit.io.Catalogues}) and published record
 * ({@link org.ccmkit.io.Datasets}); a user's monitoring data read into a {@link org.ccmkit.io.read.ReadResult}
 * ({@link org.ccmkit.io.MonitoringDataReader}) by the built-in format readers, {@link org.ccmkit.io.JsonDatasetReader},
 * {@link org.ccmkit.io.YamlDatasetReader}, {@link org.ccmkit.io.CsvDatasetReader} and
 * {@link org.ccmkit.io.XlsxDatasetReader}; the data-entry workbook an implementation support unit fills
 * ({@link org.ccmkit.io.DataEntryWorkbook}); and SDMX-CSV read back into observations
 * ({@link org.ccmkit.io.SdmxCsvReader}).
 *
 * <p>The readers share one package-private configuration of Jackson (stream-read limits, duplicate keys detected,
 * YAML's loader options), the translation of its failures into the user's words, the token-by-token reader of JSON and
 * YAML documents, and the streaming reader of a workbook's sheets, so that none of it is part of the API.
 */
package org.ccmkit.io;
