import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { count, eq, sql } from 'drizzle-orm';
import { appendAudit } from '../../core/compliance/audit.js';
import { createI18n } from '../../core/kernel/i18n.js';
import { silentLogger } from '../../core/kernel/logger.js';
import type { InboundMessage, OutboundMessage } from '../../core/kernel/messages.js';
import { auditLog, channelAccounts, conversations, people, processedUpdates, units } from '../../db/schema/index.js';
import { createIntake, type Intake } from '../../bot/engine/intake.js';
import type { Ok } from '../../core/kernel/result.js';
import { effect } from '../../bot/engine/effects.js';
import { defineFlow, waiting, type MachineState } from '../../bot/engine/machine.js';
import type { Feature } from '../../bot/engine/registry.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';

declare module '../../bot/engine/effects.js' {
  interface EffectMap {
    'test.save': [{ value: string }, Ok<{ value: string }>];
  }
}

interface PickState extends MachineState {
  v: 1;
}
interface CountState extends MachineState {
  v: 1;
  n: number;
}

/** A tiny feature exercising every engine path: choices, effects, parking, counters. */
const pick = defineFlow<PickState>({
  name: 'pick',
  resumable: true,
  start: () => ({ state: { v: 1, step: 'pick' } }),
  questions: {
    pick: {
      ask: () => [
        {
          text: 'Chọn',
          choices: [
            { label: 'Đồng ý', value: 'a' },
            { label: 'Bỏ qua', value: 'b' },
          ],
        },
      ],
      answer: (_s, input) =>
        input.type === 'choice' ? { next: 'saving', effect: effect('test.save', { value: input.value }) } : { retry: { text: 'Hãy chọn' } },
    },
    saving: waiting(
      () => 'pick',
      (_s, done) => ({ end: [{ text: done.effect === 'test.save' && done.result.ok ? `saved ${done.result.value}` : 'failed' }] }),
    ),
  },
});
const counter = defineFlow<CountState>({
  name: 'counter',
  resumable: true,
  start: () => ({ state: { v: 1, step: 'count', n: 0 } }),
  questions: {
    count: {
      ask: (s) => [{ text: `n=${s.n}` }],
      answer: (s, input) => (input.type === 'text' ? { state: { ...s, n: s.n + 1 }, stay: true } : { stay: true, say: [] }),
      resume: () => ({ stay: true }),
    },
  },
});
/** Says who the engine thinks is writing. */
const who = defineFlow<PickState>({
  name: 'who',
  resumable: false,
  start: (ctx) => ({ state: { v: 1, step: 'pick' }, end: [{ text: ctx.person ? `known ${ctx.person.displayName}` : 'stranger' }] }),
  questions: { pick: { ask: () => [] } },
});
const feature: Feature = {
  name: 'test',
  flows: [pick, counter, who],
  commands: [
    { names: ['pick'], flow: 'pick' },
    { names: ['count'], flow: 'counter' },
    { names: ['who'], flow: 'who' },
  ],
  effects: {
    'test.save': async (e, h) => {
      if (failNextSave) {
        const kind = failNextSave;
        failNextSave = false;
        // 40001 (serialization failure) goes away on retry; a plain Error stands for a bug or bad data.
        throw kind === 'transient' ? Object.assign(new Error('boom'), { code: '40001' }) : new Error('boom');
      }
      await appendAudit(h.tx, { actorId: h.person?.id ?? null, action: 'test.save', outcome: 'ok', details: { value: e.value } });
      return { ok: true, value: e.value };
    },
  },
};

let failNextSave: 'transient' | 'for-good' | false = false;
let t: TestDatabase;
let intake: Intake;
let sent: { accountId: string; messages: OutboundMessage[]; committedState: unknown }[];
let seq = 0;
const account = 'u1';
const msg = (payload: InboundMessage['payload'], updateKey = String(++seq)): InboundMessage => ({
  channel: 'sandbox',
  accountId: account,
  updateKey,
  receivedAt: new Date(),
  payload,
});
const text = (s: string) => msg({ type: 'text', text: s });
/** The intake resolves at commit; the replies leave through the drain just after. */
const handle = async (m: InboundMessage) => {
  const outcome = await intake.handle(m);
  await intake.replies.idle();
  return outcome;
};
const lastText = () =>
  sent
    .at(-1)
    ?.messages.map((m) => (m.type === 'text' ? m.text : ''))
    .join('\n') ?? '';

beforeAll(async () => {
  t = await createTestDatabase();
  const [u] = await t.db.insert(units).values({ code: 'X', name: 'Xã X', path: '/' }).returning();
  const [p] = await t.db.insert(people).values({ displayName: 'CTV', role: 'collaborator', unitId: u!.id }).returning();
  await t.db.insert(channelAccounts).values({ personId: p!.id, channel: 'sandbox', externalId: account });
  intake = createIntake({
    db: t.db,
    features: [feature],
    t: createI18n().t,
    logger: silentLogger,
    maxTextLength: 4000,
    defaultLocale: 'vi',
    deliver: async (a, messages) => {
      // Replies go out only after commit: another connection already sees the new state.
      sent.push({ accountId: a.accountId, messages, committedState: (await conversationOf(a.accountId))?.state });
    },
  });
});
afterAll(async () => t.close());
beforeEach(() => {
  sent = [];
});

const audits = async () => (await t.db.select({ n: count() }).from(auditLog))[0]!.n;
/** The account's conversation row as another connection sees it (committed state only). */
const conversationOf = async (accountId: string) =>
  (
    await t.db
      .select()
      .from(conversations)
      .where(eq(conversations.accountKey, `sandbox:${accountId}`))
  )[0];

describe('intake engine', () => {
  it('applies a redelivered update exactly once', async () => {
    await handle(text('/pick'));
    const press = msg({ type: 'text', text: '1' }, 'dup-1');
    const before = await audits();
    expect(await handle(press)).toBe('applied');
    expect(await handle(press)).toBe('duplicate');
    expect(await audits()).toBe(before + 1);
    expect(lastText()).toBe('saved a');
  });

  it('matches typed numbers and accent-insensitive labels to the pending choice', async () => {
    await handle(text('/pick'));
    await handle(text('bo qua'));
    expect(lastText()).toBe('saved b');
  });

  it('keeps the buttons of a question asked again, answers a double tap calmly, a superseded question as stale (and re-asks)', async () => {
    await handle(text('/pick'));
    const first = sent.at(-1)!.messages[0]!;
    const oldData = first.type === 'text' ? first.choices![0]!.data : '';
    await handle(text('/pick'));
    await handle(msg({ type: 'choice', data: oldData }));
    expect(lastText()).toBe('saved a');
    await handle(msg({ type: 'choice', data: oldData }));
    expect(lastText()).toContain('đã được ghi nhận');
    await handle(text('/pick'));
    await handle(text('2'));
    await handle(text('/pick'));
    await handle(msg({ type: 'choice', data: oldData }));
    expect(lastText()).toContain('không còn hiệu lực');
    expect(lastText()).toContain('Chọn');
  });

  it('serialises concurrent updates of one user (no lost update)', async () => {
    await handle(text('/count'));
    await Promise.all(Array.from({ length: 10 }, (_, i) => handle(text(`x${i}`))));
    expect(((await conversationOf(account))!.state as { data: { n: number } }).data.n).toBe(10);
  });

  it('an update that waited for the account to be free sees the person as the update before it left them', async () => {
    const [unit] = await t.db.select().from(units).limit(1);
    const [p] = await t.db.insert(people).values({ displayName: 'Tên cũ', role: 'collaborator', unitId: unit!.id }).returning();
    await t.db.insert(channelAccounts).values({ personId: p!.id, channel: 'sandbox', externalId: 'u2' });
    const who = (key: string): InboundMessage => ({ ...text('/who'), accountId: 'u2', updateKey: key });
    await handle(who('who-1'));
    expect(lastText()).toBe('known Tên cũ');
    let second: Promise<unknown> = Promise.resolve();
    await t.db.transaction(async (tx) => {
      // Holds the account's conversation as an update of this person would, and changes the person.
      await tx.select().from(conversations).where(eq(conversations.accountKey, 'sandbox:u2')).for('update');
      second = handle(who('who-2'));
      await new Promise((r) => setTimeout(r, 300)); // the second update has read, and waits for the lock
      await tx.update(people).set({ displayName: 'Tên mới' }).where(eq(people.id, p!.id));
      await tx.execute(sql`update conversations set updated_at = updated_at + interval '1 second' where account_key = 'sandbox:u2'`);
    });
    await second;
    expect(lastText()).toBe('known Tên mới');
  });

  it('writes the account’s last inbound time at most once a minute, and at once when a message makes it reachable again', async () => {
    const where = eq(channelAccounts.externalId, account);
    const lastInbound = async () => (await t.db.select().from(channelAccounts).where(where))[0]!;
    const tenSecondsAgo = new Date(Date.now() - 10_000);
    await t.db.update(channelAccounts).set({ lastInboundAt: tenSecondsAgo }).where(where);
    await handle(text('/who'));
    expect((await lastInbound()).lastInboundAt?.getTime()).toBe(tenSecondsAgo.getTime());
    await t.db
      .update(channelAccounts)
      .set({ lastInboundAt: new Date(Date.now() - 120_000) })
      .where(where);
    await handle(text('/who'));
    expect((await lastInbound()).lastInboundAt!.getTime()).toBeGreaterThan(Date.now() - 10_000);
    await t.db.update(channelAccounts).set({ lastInboundAt: tenSecondsAgo, status: 'unreachable', unreachableReason: 'blocked' }).where(where);
    await handle(text('/who'));
    const reopened = await lastInbound();
    expect([reopened.status, reopened.unreachableReason]).toEqual(['active', null]);
    expect(reopened.lastInboundAt!.getTime()).toBeGreaterThan(tenSecondsAgo.getTime());
  });

  it('records an update that fails for good as failed, tells the person, and treats its redelivery as a duplicate', async () => {
    await handle(text('/huy'));
    await handle(text('/pick'));
    const stateBefore = (await conversationOf(account))!.state;
    const auditsBefore = await audits();
    const bad = msg({ type: 'text', text: '1' }, 'poison-1');
    failNextSave = 'for-good';
    expect(await handle(bad)).toBe('failed');
    expect(lastText()).toContain('không xử lý được');
    const [rec] = await t.db.select().from(processedUpdates).where(eq(processedUpdates.updateKey, 'poison-1'));
    expect(rec?.failed).toBe('Error');
    expect((await conversationOf(account))!.state).toEqual(stateBefore);
    expect(await audits()).toBe(auditsBefore);
    expect(await handle(bad)).toBe('duplicate');
    // The channel moves on: the next update of the same person is applied.
    expect(await handle(text('2'))).toBe('applied');
    expect(lastText()).toBe('saved b');
  });

  it('rolls the whole update back when an effect fails, so it can be redelivered', async () => {
    await handle(text('/huy'));
    await handle(text('/pick'));
    const stateBefore = (await conversationOf(account))!.state;
    const auditsBefore = await audits();
    const bad = msg({ type: 'text', text: '1' }, 'boom-1');
    failNextSave = 'transient';
    await expect(handle(bad)).rejects.toThrow('boom');
    const stateAfter = (await conversationOf(account))!.state;
    expect(stateAfter).toEqual(stateBefore);
    expect(await audits()).toBe(auditsBefore);
    expect(await handle(bad)).toBe('applied');
    expect(lastText()).toBe('saved a');
  });

  it('parks a resumable draft when another flow starts and restores it with /tieptuc', async () => {
    await handle(text('/pick'));
    await handle(text('/count'));
    await handle(text('/huy'));
    await handle(text('/tieptuc'));
    expect(lastText()).toContain('Chọn');
    await handle(text('2'));
    expect(lastText()).toBe('saved b');
  });

  it('a notice button carrying a command starts that flow; the same command mid-draft keeps the draft', async () => {
    await handle(text('/huy'));
    await handle(msg({ type: 'choice', data: '/count' }));
    expect(lastText()).toBe('n=0');
    await handle(text('a'));
    await handle(text('/count'));
    await handle(text('b'));
    expect(lastText()).toBe('n=2');
  });

  it('answers unknown commands clearly and leaves the state alone', async () => {
    await handle(text('/khongco'));
    expect(lastText()).toContain('/khongco');
    expect(sent.at(-1)!.committedState).toBeTruthy();
  });
});
