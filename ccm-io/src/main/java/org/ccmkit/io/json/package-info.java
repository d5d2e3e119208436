/**
 * Jackson, configured once and safely, for JSON and YAML: {@link org.ccmkit.io.json.SafeJackson} makes the mappers
 * (stream-read limits set, duplicate keys detected, unknown properties a failure, no polymorphic typing, YAML aliases
 * limited), its package-private {@code JacksonFailures} turns Jackson's exceptions into {@link
 * org.ccmkit.io.read.Failure}s, and its package-private {@code TreeReader} reads a document's arrays of objects into
 * rows, each row's failures carrying its line and JSON pointer.
 */
@CcmStyle
package org.ccmkit.io.json;

import org.ccmkit.model.CcmStyle;
