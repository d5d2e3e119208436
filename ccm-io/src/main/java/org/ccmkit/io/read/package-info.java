/**
 * Reading monitoring data without losing a row: the result of a read ({@link org.ccmkit.io.read.ReadResult}, a value
 * together with every {@link org.ccmkit.io.read.Failure} found, and the proof that every row read was either accepted
 * or failed), where a failure happened ({@link org.ccmkit.io.read.Location}), what kind of failure it is
 * ({@link org.ccmkit.io.read.FailureKind}), and the caller's choice between lenient and strict reading
 * ({@link org.ccmkit.io.read.Strictness}, {@link org.ccmkit.io.read.ReadException}).
 *
 * <p>Readers for file formats are found through {@link java.util.ServiceLoader} as
 * {@link org.ccmkit.io.read.DatasetReader}s by {@link org.ccmkit.io.read.ReaderRegistry}, so a user adds a format by
 * putting a jar on the class path.
 */
@CcmStyle
package org.ccmkit.io.read;

import org.ccmkit.model.CcmStyle;
