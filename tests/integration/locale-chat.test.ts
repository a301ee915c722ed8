import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import type { OutboundMessage } from '../../core/kernel/messages.js';
import { createI18n } from '../../core/kernel/i18n.js';
import { createInvite } from '../../core/people/invites.js';
import { changeStatus } from '../../core/people/roster.js';
import type { Intake } from '../../bot/engine/intake.js';
import { auditLog, conversations, people } from '../../db/schema/index.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import type { SeenMessage } from '../helpers/chat-driver.js';
import { intakeUser } from '../helpers/intake-user.js';
import { createCollectingIntake } from '../helpers/real-intake.js';
import { sendsTo } from './hotspot-fixtures.js';
import { addPerson, seedTree, type Tree } from '../../testkit/seed.js';
import { testConfig } from '../helpers/config.js';

/**
 * Issue 17 item 6 through the real intake: the locales are the folders of templates/ (vi, en);
 * a newcomer sees the other language beside the consent and re-reads it there; the chosen one is
 * stored with the person, so later notices come in it; /ngonngu switches it back (audited).
 */
let db: TestDatabase;
let tree: Tree;
let intake: Intake;
const outbox = new Map<string, OutboundMessage[]>();
const config = testConfig({ QUIET_HOURS: '' });
const text = (seen: SeenMessage[]) => seen.map((m) => m.text).join('\n');
const labels = (seen: SeenMessage[]) => seen.flatMap((m) => m.choices.map((c) => c.label));
const pick = (seen: SeenMessage[], label: string) => {
  const c = seen.flatMap((m) => m.choices).find((x) => x.label === label);
  if (!c) throw new Error(`no ${label} in ${labels(seen).join(' | ')}`);
  return c.data;
};
const newcomer = intakeUser(() => intake, outbox, 'newcomer-lang');
let personId = '';

beforeAll(async () => {
  db = await createTestDatabase();
  tree = await seedTree(db.db);
  intake = createCollectingIntake(db.db, config, outbox);
});
afterAll(async () => db?.close());

describe('languages', () => {
  it('registration offers English beside the consent; tapping it re-asks in English and registers the person in English', async () => {
    const { code } = await createInvite(db.db, { unitId: tree.commune, role: 'collaborator', displayName: 'Sơn Thị Đa', ttlHours: 24 });
    let seen = await newcomer.send(`/start ${code}`);
    expect(text(seen)).toContain('Đồng chí có đồng ý với việc xử lý dữ liệu nêu trên không?');
    expect(labels(seen)).toEqual(['Đồng ý', 'Không đồng ý', '🌐 English']);
    seen = await newcomer.press(pick(seen, '🌐 English'));
    expect(text(seen)).toContain('Do you agree to this processing of your data?');
    expect(labels(seen)).toEqual(['I agree', 'I do not agree', '🌐 Tiếng Việt']);
    seen = await newcomer.press(pick(seen, 'I agree'));
    const [row] = await db.db
      .select({ id: people.id, locale: people.locale })
      .from(people)
      .innerJoin(conversations, eq(conversations.personId, people.id))
      .where(eq(conversations.accountKey, 'sandbox:newcomer-lang'));
    expect(row?.locale).toBe('en');
    personId = row!.id;
    expect(text(await newcomer.send('/help'))).toContain('The commands you can use, by task:');
  });

  it('later notices come in the person’s language', async () => {
    const official = await addPerson(db.db, tree.province, 'official', 'Cán bộ tỉnh');
    const { t } = createI18n();
    await db.db.transaction((tx) =>
      changeStatus(tx, { t, inviteTtlHours: 24 }, { id: official.id, role: 'official', unitId: tree.province }, personId, 'suspend', new Date()),
    );
    const notice = (await sendsTo(db.db, personId)).at(-1)?.message as { text: string };
    expect(notice.text).toContain('your activity in the system is suspended from today');
    await db.db.update(people).set({ status: 'active' }).where(eq(people.id, personId));
  });

  it('/ngonngu lists the languages, switches back to Vietnamese (audited), and explains an unknown one', async () => {
    let seen = await newcomer.send('/ngonngu');
    expect(text(seen)).toContain('Current language: English.');
    expect(labels(seen)).toEqual(['🌐 Tiếng Việt', '✓ English']);
    seen = await newcomer.press(pick(seen, '🌐 Tiếng Việt'));
    expect(text(seen)).toContain('Đã chuyển sang Tiếng Việt.');
    const [row] = await db.db.select({ locale: people.locale }).from(people).where(eq(people.id, personId));
    expect(row?.locale).toBe('vi');
    expect(text(await newcomer.send('/help'))).toContain('Các lệnh đồng chí có thể dùng, theo nhóm việc:');
    const audits = await db.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'person.locale'), eq(auditLog.actorId, personId)));
    expect(audits.map((a) => (a.details as { locale: string }).locale)).toEqual(['vi']);
    expect(text(await newcomer.send('/ngonngu khmer'))).toContain('Chưa có ngôn ngữ này. Các ngôn ngữ hiện có: Tiếng Việt (vi), English (en).');
    expect(text(await newcomer.send('/language english'))).toContain('Switched to English.');
  });
});
