/**
 * Reading the action plans, the Convention's articles and the data element vocabulary from the JSON catalogues
 * described in {@code docs/formats.md}. The shipped catalogues are reached through {@link org.ccmkit.io.Catalogues}.
 */
package org.ccmkit.io.catalogue;
