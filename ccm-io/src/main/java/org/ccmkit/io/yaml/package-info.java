/**
 * The built-in YAML reader: the JSON formats written in YAML, read through the same safely configured Jackson (aliases
 * refused, snakeyaml's loader options limiting aliases, depth and size).
 */
@CcmStyle
package org.ccmkit.io.yaml;

import org.ccmkit.model.CcmStyle;
