/**
 * States and their standing under the Convention: signature, deposit of an instrument, entry into force for the State
 * (Article 17), withdrawal (Article 20), and whether a State is a party on a date in either of the two senses the
 * documents use ({@link org.ccmkit.model.state.PartyBasis}).
 */
@CcmStyle
package org.ccmkit.model.state;

import org.ccmkit.model.CcmStyle;
