import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { lookupButton, matchTyped, readState, renderReplies } from '../../bot/engine/conversation-state.js';
import { parseCommand } from '../../bot/engine/router.js';
import type { Reply } from '../../bot/engine/types.js';
import { hostileText } from './property-arbitraries.js';

/** The engine's own parsing of what users send and of what Postgres hands back. */
describe('parseCommand', () => {
  it('never throws; a command has a lower-case name of letters, digits and _ and trimmed arguments', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          hostileText,
          fc.string().map((s) => `/${s}`),
        ),
        (text) => {
          const cmd = parseCommand(text);
          if (cmd === null) return;
          expect(cmd.name).toMatch(/^[\p{L}\p{N}_]+$/u);
          expect(cmd.name).toBe(cmd.name.toLowerCase());
          expect(cmd.args).toBe(cmd.args.trim());
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('reads back any command it could be given, with or without @bot and arguments', () => {
    const name = fc.stringMatching(/^[a-zA-Z0-9_]{1,20}$/);
    fc.assert(
      fc.property(name, fc.option(fc.stringMatching(/^\w{1,10}$/)), fc.string({ maxLength: 30 }), (n, bot, args) => {
        const text = `/${n}${bot ? `@${bot}` : ''}${args.trim() ? ` ${args}` : ''}`;
        expect(parseCommand(text)).toEqual({ name: n.toLowerCase(), args: args.trim() });
      }),
    );
  });
});

describe('conversation state', () => {
  it('readState accepts anything stored in the column and returns a usable state', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything(),
          fc.record({ flow: fc.anything(), data: fc.anything(), parked: fc.anything(), pending: fc.anything() }),
          fc.record({ pending: fc.record({ nonce: fc.anything(), values: fc.array(fc.anything()), labels: fc.anything() }) }),
        ),
        (raw) => {
          const s = readState(raw);
          expect(s.flow === null || typeof s.flow === 'string').toBe(true);
          expect(Array.isArray(s.parked)).toBe(true);
          expect(() => lookupButton(s, 'c:abcdefgh:1')).not.toThrow();
          expect(() => matchTyped(s, '1')).not.toThrow();
          expect(() => matchTyped(s, 'Đồng ý')).not.toThrow();
        },
      ),
      { numRuns: 1000 },
    );
  });

  const replyArb: fc.Arbitrary<Reply> = fc.record(
    { text: hostileText, choices: fc.array(fc.record({ label: hostileText, value: fc.string({ maxLength: 200 }) }), { maxLength: 12 }) },
    { requiredKeys: ['text'] },
  );

  it('buttons fit Telegram (≤ 64 bytes), only the newest question is pending, every older button is stale', () => {
    fc.assert(
      fc.property(fc.array(replyArb, { maxLength: 6 }), fc.array(replyArb, { minLength: 1, maxLength: 4 }), (first, second) => {
        const state = readState({});
        const older = renderReplies(first, state).flatMap((m) => (m.type === 'text' ? (m.choices ?? []) : []));
        const out = renderReplies(second, state);
        const buttons = out.flatMap((m) => (m.type === 'text' ? (m.choices ?? []) : []));
        for (const b of [...older, ...buttons]) expect(Buffer.byteLength(b.data)).toBeLessThanOrEqual(64);
        const last = [...second].reverse().find((r) => r.choices?.length);
        expect(state.pending?.values ?? null).toEqual(last ? last.choices!.map((c) => c.value) : null);
        // The question just superseded answers a second tap calmly; anything older is stale; none gives a value.
        for (const b of older) expect(['stale', 'answered']).toContain(lookupButton(state, b.data).kind);
        if (last) {
          const lastButtons = out.filter((m) => m.type === 'text' && m.choices?.length).at(-1);
          const data = lastButtons?.type === 'text' ? (lastButtons.choices ?? []) : [];
          data.forEach((b, i) => expect(lookupButton(state, b.data)).toEqual({ kind: 'value', value: last.choices![i]!.value }));
        }
      }),
      { numRuns: 500 },
    );
  });

  it('typed answers never throw and resolve only to a pending value', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 20 }), { minLength: 1, maxLength: 10 }), hostileText, (values, typed) => {
        const state = readState({ pending: { nonce: 'abcdefgh', values, labels: values.map((v) => `Nhãn ${v}`) } });
        const v = matchTyped(state, typed);
        if (v !== null) expect(values).toContain(v);
      }),
      { numRuns: 1000 },
    );
  });
});
