/**
 * The published monitoring record of 2022–2025, embedded in the library: the depositary's register, the meetings,
 * what the documents say of named States, extension requests, and every figure the Review Document, UNIDIR's
 * <i>Vientiane Calling</i> and the draft VCAP published, each with its source. Loaded by
 * {@link org.ccmkit.io.Datasets#publishedRecord()}.
 */
package org.ccmkit.io.record;
