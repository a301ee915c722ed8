import { releaseWaitingSends } from '../../../core/delivery/sends.js';
import type { Feature } from '../../engine/registry.js';

/**
 * Zalo only lets us write to someone who interacted within 7 days: notifications refused for
 * that reason wait (`waiting_window`) and go out as soon as the person writes to us again.
 */
export function createInteractionWindowFeature(): Feature {
  return {
    name: 'interaction-window',
    onInbound: async (h) => {
      if (h.person) await releaseWaitingSends(h.tx, h.person.id, h.account.channel);
    },
  };
}
