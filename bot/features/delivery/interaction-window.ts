import { releaseOnInbound } from '../../../core/delivery/window.js';
import type { Feature } from '../../engine/registry.js';

/**
 * Zalo only lets us write to someone who interacted within 7 days: messages refused for that
 * reason (notifications and broadcast deliveries alike) wait (`waiting_window`) and go out as
 * soon as the person writes to us again. The only onInbound that releases them.
 */
export function createInteractionWindowFeature(): Feature {
  return {
    name: 'interaction-window',
    onInbound: async (h) => {
      if (h.person) await releaseOnInbound(h.tx, h.person.id, h.account);
    },
  };
}
