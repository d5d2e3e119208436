/**
 * The vocabulary shared by every part of ccmkit: where a fact comes from ({@link org.ccmkit.model.SourceRef}) and the
 * style of its value types. Subpackages hold the Convention ({@code convention}), States and their standing
 * ({@code state}), obligations ({@code obligation}), meetings and reporting cycles ({@code calendar}) and the action
 * plans ({@code plan}).
 */
@CcmStyle
package org.ccmkit.model;
