import type { InboundMessage } from '../../core/kernel/messages.js';
import { storableText } from '../../core/kernel/text.js';

/**
 * The last step of every parser: each string of the message (text, caption, command arguments,
 * choice data, ids, file names) passed through `storableText`, so the engine never receives
 * what PostgreSQL cannot hold. Null when the ids are left empty (nothing to key or answer).
 */
export function storableInbound(msg: InboundMessage | null): InboundMessage | null {
  if (!msg) return null;
  const clean = deepClean(msg);
  return clean.accountId && clean.updateKey ? clean : null;
}

function deepClean<T>(value: T): T {
  if (typeof value === 'string') return storableText(value) as T;
  if (Array.isArray(value)) return value.map(deepClean) as T;
  if (value === null || typeof value !== 'object' || value instanceof Date) return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [storableText(k), deepClean(v)])) as T;
}
