/**
 * The populations indicators are counted in, computed from the Convention's own state on a cycle's date: the States
 * Parties in either sense of {@link org.ccmkit.model.state.PartyBasis}, those with an outstanding Article 3 or 4
 * obligation, with victims (Article 5), retaining under Article 3(6), new to the Convention within a plan's period, the
 * States not party and signatories, the delegations at the cycle's meeting and the extension requests it considered.
 * Never a hard-coded list.
 */
@CcmStyle
package org.ccmkit.indicators.population;

import org.ccmkit.model.CcmStyle;
