import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { accountKey, channelNames, type InboundMessage } from '../../core/kernel/messages.js';
import { parseTelegramUpdate } from '../../bot/channels/telegram/parse-update.js';
import { parseZaloBotUpdate } from '../../bot/channels/zalo-bot/parse.js';
import { parseZaloEvent } from '../../bot/channels/zalo-oa/parse.js';
import { hostileText } from './property-arbitraries.js';

/**
 * Webhook parsers meet whatever reaches the endpoint once the signature or secret checked out
 * (a compromised secret, a platform change, a bug upstream). With random JSON, and with the
 * real payload shapes mutated at random paths, they must never throw and must return either
 * nothing or a well-formed InboundMessage the engine can key and store.
 */
type Json = unknown;
const fixtures = (dir: string): Json[] => {
  const base = new URL(`../fixtures/${dir}/`, import.meta.url);
  return readdirSync(base)
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(readFileSync(new URL(f, base), 'utf8')) as Json);
};

const parsers: { name: string; parse: (body: unknown) => InboundMessage | null; samples: Json[] }[] = [
  { name: 'telegram', parse: (b) => parseTelegramUpdate(b), samples: fixtures('telegram') },
  { name: 'zalo OA', parse: (b) => parseZaloEvent(b), samples: fixtures('zalo') },
  { name: 'zalo bot', parse: (b) => parseZaloBotUpdate(b), samples: fixtures('zalobot') },
];

/** Every path to a value inside a JSON document. */
function paths(v: Json, prefix: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(v)) return [prefix, ...v.flatMap((x, i) => paths(x, [...prefix, i]))];
  if (v && typeof v === 'object') return [prefix, ...Object.entries(v).flatMap(([k, x]) => paths(x, [...prefix, k]))];
  return [prefix];
}

function setAt(doc: Json, path: (string | number)[], value: Json | typeof DELETE): Json {
  if (path.length === 0) return value === DELETE ? {} : value;
  const copy: Json = structuredClone(doc);
  let node = copy as Record<string | number, Json>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, Json>;
  const last = path.at(-1)!;
  if (value === DELETE) delete node[last];
  else node[last] = value;
  return copy;
}
const DELETE = Symbol('delete');

const hostileValue: fc.Arbitrary<Json> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  hostileText,
  fc.constantFrom(null, true, 0, -1, 1e308, -0, Number.MAX_SAFE_INTEGER + 2, '', '0', 'NaN', [], {}, [[[]]], { __proto__: { x: 1 } }),
);

function mutated(samples: Json[]): fc.Arbitrary<Json> {
  return fc
    .tuple(fc.constantFrom(...samples), fc.array(fc.tuple(fc.nat(), fc.oneof(hostileValue, fc.constant(DELETE))), { minLength: 1, maxLength: 4 }))
    .map(([doc, edits]) => {
      let out = doc;
      for (const [i, value] of edits) {
        const all = paths(out);
        out = setAt(out, all[i % all.length]!, value);
      }
      return out;
    });
}

function wellFormed(m: InboundMessage | null): void {
  if (m === null) return;
  expect(channelNames).toContain(m.channel);
  expect(typeof m.accountId === 'string' && m.accountId.length > 0).toBe(true);
  expect(typeof m.updateKey === 'string' && m.updateKey.length > 0).toBe(true);
  expect(() => accountKey(m.channel, m.accountId)).not.toThrow();
  const p = m.payload;
  expect(['text', 'choice', 'location', 'media', 'unsupported', 'event']).toContain(p.type);
  if (p.type === 'text') expect(typeof p.text).toBe('string');
  if (p.type === 'choice') expect(typeof p.data).toBe('string');
  if (p.type === 'location') expect(Number.isFinite(p.latitude) && Number.isFinite(p.longitude)).toBe(true);
  // Stored as jsonb: no NaN, Infinity or undefined that would change on the way through.
  const json = JSON.stringify(m.payload);
  expect(JSON.stringify(JSON.parse(json))).toBe(json);
  expect(nonFinite(m.payload)).toBe(false);
}

function nonFinite(v: unknown): boolean {
  if (typeof v === 'number') return !Number.isFinite(v);
  if (v && typeof v === 'object') return Object.values(v).some(nonFinite);
  return false;
}

describe.each(parsers)('$name webhook parser', ({ parse, samples }) => {
  it('accepts every real payload shape', () => {
    for (const s of samples) expect(() => wellFormed(parse(s))).not.toThrow();
  });

  it('never throws on random JSON, and what it returns is well formed', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.jsonValue()), (body) => wellFormed(parse(body))),
      { numRuns: 500 },
    );
  });

  it('never throws on real payloads mutated at random paths (wrong types, missing fields, huge values)', () => {
    fc.assert(
      fc.property(mutated(samples), (body) => wellFormed(parse(body))),
      { numRuns: 1500 },
    );
  });
});
