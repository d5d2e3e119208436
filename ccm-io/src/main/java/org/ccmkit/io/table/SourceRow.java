package org.ccmkit.io.table;

/**
 * A source reference as written in data files: {@code {"document": "RD", "locator": "para 83"}}, or the CSV columns
 * {@code source.document} and {@code source.locator}.
 *
 * @param document the document's identifier
 * @param locator the place in the document
 */
record SourceRow(String document, String locator) {}
