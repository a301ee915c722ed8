import type { BroadcastSettings } from '../../../core/broadcasts/broadcast.js';
import type { Translate } from '../../../core/kernel/i18n.js';
import type { Ok } from '../../../core/kernel/result.js';
import { listTopics, publishMaterial, type MaterialInput, type PublishRefusal } from '../../../core/network/materials.js';
import type { EffectHandlers } from '../../engine/registry.js';
import { actorOf } from './effects.js';

declare module '../../engine/effects.js' {
  interface EffectMap {
    /** The library's topics the official sees, newest first (to pick one instead of typing it). */
    'network.material-topics': [object, { topics: string[] }];
    /** Sends the material as guidance asking «Đã nhận» and files it in the library (scope-checked, audited). */
    'network.material-publish': [{ draft: MaterialInput }, Ok<{ materialId: string; audience: number; status: string; unitName: string }> | PublishRefusal];
  }
}

export function materialEffects(env: { settings: BroadcastSettings; t: Translate }): EffectHandlers {
  return {
    'network.material-topics': async (_input, h) => ({ topics: (await listTopics(h.tx, actorOf(h))).map((x) => x.topic) }),
    'network.material-publish': ({ draft }, h) => publishMaterial(h.tx, env, actorOf(h), draft, h.flow.now),
  };
}
