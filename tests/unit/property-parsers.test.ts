import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { accountKey, channelNames, type InboundMessage } from '../../core/kernel/messages.js';
import { parseTelegramUpdate } from '../../bot/channels/telegram/parse-update.js';
import { parseZaloBotUpdate } from '../../bot/channels/zalo-bot/parse.js';
import { parseZaloEvent } from '../../bot/channels/zalo-oa/parse.js';
import { parseSendBody } from '../../bot/channels/sandbox/validate.js';
import { storableText } from '../../core/kernel/text.js';
import { hostileText } from './property-arbitraries.js';

/**
 * Webhook parsers meet whatever reaches the endpoint once the signature or secret checked out
 * (a compromised secret, a platform change, a bug upstream). With random JSON, and with the
 * real payload shapes mutated at random paths, they must never throw and must return either
 * nothing or a well-formed InboundMessage the engine can key and store — which includes no
 * string PostgreSQL cannot hold (U+0000, lone surrogates; issue 11 item 6).
 */
type Json = unknown;
const fixtures = (dir: string): Json[] => {
  const base = new URL(`../fixtures/${dir}/`, import.meta.url);
  return readdirSync(base)
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(readFileSync(new URL(f, base), 'utf8')) as Json);
};

/** The sandbox page's POST /api/send body, as the engine would get it. */
function parseSandbox(body: unknown): InboundMessage | null {
  const r = parseSendBody(body, 4000);
  return r.ok ? { channel: 'sandbox', updateKey: r.updateKey, accountId: r.account, receivedAt: new Date(), payload: r.payload } : null;
}
const sandboxSamples: Json[] = [
  { account: 'sandbox-a1', text: 'Báo cáo tình hình thôn 3', id: 'abcd1234-0001' },
  { account: 'sandbox-a1', choice: 'c:abcd:1', lang: 'vi' },
  { account: 'sandbox-a1', location: { lat: 21.03, lng: 105.8 } },
  { account: 'sandbox-a1', photo: true, caption: 'Ùn tắc tại cầu' },
];

const parsers: { name: string; parse: (body: unknown) => InboundMessage | null; samples: Json[] }[] = [
  { name: 'telegram', parse: (b) => parseTelegramUpdate(b), samples: fixtures('telegram') },
  { name: 'zalo OA', parse: (b) => parseZaloEvent(b), samples: fixtures('zalo') },
  { name: 'zalo bot', parse: (b) => parseZaloBotUpdate(b), samples: fixtures('zalobot') },
  { name: 'sandbox', parse: parseSandbox, samples: sandboxSamples },
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
  // Nothing PostgreSQL text or jsonb refuses, anywhere in the message.
  for (const s of strings(m)) expect(storableText(s), JSON.stringify(s)).toBe(s);
}

function strings(v: unknown): string[] {
  if (typeof v === 'string') return [v];
  if (Array.isArray(v)) return v.flatMap(strings);
  if (v && typeof v === 'object') return Object.entries(v).flatMap(([k, x]) => [k, ...strings(x)]);
  return [];
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

/** U+0000 and both kinds of lone surrogate, between ordinary Vietnamese. */
const POISON = 'Tình hình\u0000 ổn\uD800 định\uDC00 👨‍🌾';
const CLEAN = 'Tình hình ổn định 👨‍🌾';

describe('what PostgreSQL cannot hold is stripped by every parser, the rest kept', () => {
  const tg = (fields: Record<string, unknown>) => ({ update_id: 7, ...fields });
  const from = { id: 42, is_bot: false, first_name: 'A' };
  const chat = { id: 42, type: 'private' };
  it.each([
    ['telegram text', () => parseTelegramUpdate(tg({ message: { message_id: 1, date: 1, from, chat, text: POISON } }))?.payload, { type: 'text', text: CLEAN }],
    [
      'telegram command arguments',
      () => parseTelegramUpdate(tg({ message: { message_id: 1, date: 1, from, chat, text: `/baocao ${POISON}` } }))?.payload,
      { type: 'text', text: `/baocao ${CLEAN}` },
    ],
    [
      'telegram caption',
      () =>
        parseTelegramUpdate(tg({ message: { message_id: 1, date: 1, from, chat, photo: [{ file_id: 'f', width: 1, height: 1 }], caption: POISON } }))?.payload,
      { type: 'media', media: expect.objectContaining({ fileId: 'f' }), caption: CLEAN },
    ],
    [
      'telegram callback data',
      () => parseTelegramUpdate(tg({ callback_query: { id: 'q', from, data: 'c:1\u0000\uD800', message: { message_id: 1, date: 1, chat } } }))?.payload,
      { type: 'choice', data: 'c:1' },
    ],
    [
      'zalo OA text',
      () => parseZaloEvent({ event_name: 'user_send_text', sender: { id: 'u1' }, message: { msg_id: 'm1', text: POISON }, timestamp: '1' })?.payload,
      { type: 'text', text: CLEAN },
    ],
    [
      'zalo OA caption',
      () =>
        parseZaloEvent({
          event_name: 'user_send_image',
          sender: { id: 'u1' },
          message: { msg_id: 'm2', text: POISON, attachments: [{ type: 'image', payload: { url: 'https://x/a.jpg' } }] },
          timestamp: '1',
        })?.payload,
      { type: 'media', media: { kind: 'photo', fileId: 'https://x/a.jpg' }, caption: CLEAN },
    ],
    [
      'zalo bot text',
      () =>
        parseZaloBotUpdate({ event_name: 'message.text.received', message: { message_id: 'z1', chat: { id: 'c1' }, from: { id: 'c1' }, text: POISON } })
          ?.payload,
      { type: 'text', text: CLEAN },
    ],
    ['sandbox text', () => parseSandbox({ account: 'a1', text: POISON })?.payload, { type: 'text', text: CLEAN }],
    ['sandbox choice', () => parseSandbox({ account: 'a1', choice: 'c:2\u0000' })?.payload, { type: 'choice', data: 'c:2' }],
    [
      'sandbox caption',
      () => parseSandbox({ account: 'a1', photo: true, caption: POISON })?.payload,
      { type: 'media', media: expect.anything(), caption: CLEAN },
    ],
  ])('%s', (_what, parse, expected) => {
    expect(parse()).toEqual(expected);
  });

  it('a Zalo OA timestamp that is an object with a broken toString is ignored, not thrown on', () => {
    const ev = { oa_id: '1', follower: { id: '2' }, event_name: 'follow', app_id: '3', timestamp: { toString: 0 } };
    expect(() => parseZaloEvent(ev)).not.toThrow();
  });

  it('a sandbox account id made only of what cannot be stored is refused, not turned into an empty account', () => {
    expect(parseSandbox({ account: '\ud800', text: 'Báo cáo' })).toBeNull();
    expect(parseSandbox({ account: 'a1\u0000', text: 'Báo cáo' })?.accountId).toBe('a1');
  });
});
