import type { ReferralStatus } from '@artsrx/schema';
import { LEGAL_TRANSITIONS } from './legalTransitions.js';

/**
 * Whether the lifecycle allows a referral to move from one state to another.
 *
 * @param from - The current state.
 * @param to - The state to move to.
 * @returns True when `to` is in `LEGAL_TRANSITIONS[from]`.
 * @example
 * canTransition('contacted', 'accepted') //=> true
 * canTransition('completed', 'contacted') //=> false
 */
export function canTransition(from: ReferralStatus, to: ReferralStatus): boolean {
  return (LEGAL_TRANSITIONS[from] ?? []).includes(to);
}
