import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { openDatabase, rowsOf, type Database } from '../../db/client.js';
import { sends } from '../../db/schema/index.js';
import { claimTurn } from '../../bot/engine/intake-sql.js';
import { createIntake } from '../../bot/engine/intake.js';
import { createI18n } from '../../core/kernel/i18n.js';
import { silentLogger } from '../../core/kernel/logger.js';
import type { OutboundMessage } from '../../core/kernel/messages.js';
import { addPerson, seedUnits, type PersonRef } from '../../testkit/seed.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';

/**
 * A label typed instead of pressed on a worker's message (bot/engine/notice-buttons.ts) is looked
 * up for free text typed outside a form — half of what people type. The claim statement reads the
 * person's recent buttons with the update: no statement, no round trip of its own (issue 16).
 */
let t: TestDatabase;
let d: Database;
let who: PersonRef;
const i18n = createI18n();
const replies: OutboundMessage[] = [];
let seq = 0;

beforeAll(async () => {
  t = await createTestDatabase();
  if (!t.url) throw new Error('needs a real Postgres (TEST_DATABASE_URL)');
  d = await openDatabase({ url: t.url, max: 1 }); // one connection: its prepared statements are the ones looked at
  const u = await seedUnits(d.db, [{ key: 'a', name: 'Xã Tân Cương' }]);
  who = await addPerson(d.db, u.a!.id, 'collaborator', 'CTV An');
  // A worker's message with a button whose data is a command (/huy: «nothing to cancel» tells it apart from free text).
  const message = { type: 'text', text: 'Mời dự họp', choices: [{ label: '✅ Tham dự', data: '/huy' }] };
  await d.db.insert(sends).values({ purpose: 'test-invite', personId: who.id, lane: 'bulk', channel: who.channel, accountId: who.accountId, message });
});
afterAll(async () => {
  await d?.close();
  await t?.close();
});

const claim = (notice: boolean, state?: unknown) =>
  d.db.transaction(async (tx) => {
    if (state !== undefined)
      await tx.execute(
        sql`insert into conversations (account_key, state) values (${`sandbox:${who.accountId}`}, ${JSON.stringify(state)}::jsonb)
          on conflict (account_key) do update set state = excluded.state`,
      );
    const key = `sandbox:${who.accountId}`;
    return claimTurn(tx, { channel: 'sandbox', updateKey: `n${++seq}`, accountKey: key, externalId: who.accountId, locale: 'vi', now: new Date(), notice });
  });

const standaloneLookups = async () =>
  rowsOf<{ n: number }>(
    await d.db.execute(sql`select count(*)::int as n from pg_prepared_statements
      where statement like '%message -> ''choices'' as choices from sends%' and statement not like '%processed_updates%'`),
  )[0]!.n;

describe('typed notice buttons read with the claim (issue 16)', () => {
  it('the claim reads the person’s recent buttons for text outside a form, and only then', async () => {
    expect((await claim(true, { flow: null }))?.noticeChoices).toEqual([[{ label: '✅ Tham dự', data: '/huy' }]]);
    expect((await claim(false))?.noticeChoices).toBeUndefined();
    expect((await claim(true, { flow: 'hot-spot', data: {} }))?.noticeChoices).toBeUndefined();
  });

  it('a label typed outside a form answers the button without a statement of its own', async () => {
    await d.db.execute(sql`update conversations set state = '{}'::jsonb, flow = null where account_key = ${`sandbox:${who.accountId}`}`);
    const intake = createIntake({
      db: d.db,
      features: [],
      t: i18n.t,
      logger: silentLogger,
      maxTextLength: 4000,
      defaultLocale: 'vi',
      deliver: async (_account, messages) => void replies.push(...messages),
    });
    const say = async (text: string) => {
      replies.length = 0;
      await intake.handle({ channel: 'sandbox', accountId: who.accountId, updateKey: `say${++seq}`, receivedAt: new Date(), payload: { type: 'text', text } });
      await intake.replies.idle();
      return replies.map((m) => (m.type === 'text' ? m.text : '')).join('\n');
    };
    expect(await say('tham du')).toBe(i18n.t('vi', 'engine-nothing-to-cancel'));
    expect(await say('tham du ngay mai')).not.toBe(i18n.t('vi', 'engine-nothing-to-cancel'));
    expect(await standaloneLookups()).toBe(0);
    await intake.replies.stop();
  });
});
