import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OutboundMessage } from '../../core/kernel/messages.js';
import { configSchema } from '../../core/platform/config.js';
import { createInvite } from '../../core/people/invites.js';
import { createDemoInvites } from '../../core/demo/invites.js';
import type { Intake } from '../../bot/engine/intake.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { intakeUser } from '../helpers/intake-user.js';
import { createCollectingIntake } from '../helpers/real-intake.js';
import { makeUnitAndPerson } from './domain-fixtures.js';

/** Issue 11 items 9–10: newcomers who chat before typing their code, and each role's welcome. */
let t: TestDatabase;
let intake: Intake;
let unitId: string;
const outbox = new Map<string, OutboundMessage[]>();
const texts = (seen: { text: string }[]) => seen.map((m) => m.text).join('\n');
const labels = (seen: { choices: { label: string }[] }[]) => seen.flatMap((m) => m.choices.map((c) => c.label));

beforeAll(async () => {
  t = await createTestDatabase();
  ({ unitId } = await makeUnitAndPerson(t.db, 'Xã An Bình'));
  intake = createCollectingIntake(t.db, configSchema.parse({}), outbox);
});
afterAll(async () => t.close());

const invite = (role: 'collaborator' | 'official', displayName: string) => createInvite(t.db, { unitId, role, displayName, ttlHours: 48 });

describe('a chatty newcomer', () => {
  it('greetings and questions cost no attempt; the valid code still works afterwards', async () => {
    const { code } = await invite('collaborator', 'Lê Văn Chín');
    const u = intakeUser(() => intake, outbox, 'chatty-1');
    const all: string[] = [];
    for (const text of ['alo', 'Xin chào', 'Mã mời là gì vậy?', 'ok', 'alo alo', 'dạ vâng', 'hello']) all.push(texts(await u.send(text)));
    const joined = all.join('\n');
    expect(joined).not.toContain('không đúng định dạng');
    expect(joined).not.toContain('lần nhập');
    expect(all[2]).toContain('cán bộ phụ trách'); // what an invite code is and where to get one
    const seen = await u.send(code);
    expect(texts(seen)).toContain('Mã mời hợp lệ');
  });

  it('a code-shaped but impossible code is refused with a message that describes the real shape', async () => {
    const u = intakeUser(() => intake, outbox, 'chatty-2');
    await u.send('alo');
    const seen = texts(await u.send('ABCD-1234'));
    expect(seen).toContain('B, C, G, H, K, M, N, P, Q, T, V');
    expect(seen).toContain('lần nhập');
  });

  it("a stranger's question gets a polite members-only answer", async () => {
    const u = intakeUser(() => intake, outbox, 'stranger-1');
    const seen = texts(await u.send('Cho tôi hỏi thủ tục làm sổ đỏ ở đâu?'));
    expect(seen).toContain('dành riêng cho');
    expect(seen).not.toContain('không đúng định dạng');
  });
});

describe('each role its own welcome and menu', () => {
  it('a demo invite names the role in words, not its code (item 11)', async () => {
    const [demo] = await createDemoInvites(t.db, new Map([['DEMO-PH-PL', { id: unitId, name: 'Phường Phú Lợi' }]]));
    const u = intakeUser(() => intake, outbox, 'demo-official');
    const seen = texts(await u.send(demo!.code));
    expect(seen).toContain('Cán bộ dùng thử');
    expect(seen).not.toContain('(official)');
    // Named as a person in the welcome, not «Người dùng mới (cán bộ phụ trách) (Phường Phú Lợi)».
    const welcome = texts(await u.send('Đồng ý'));
    expect(welcome).toMatch(/Kính chào đồng chí Cán bộ dùng thử \(Xã An Bình\)/);
    expect(welcome).not.toContain('Người dùng mới');
  });

  it('an official is welcomed as an official, with the officials’ buttons, and /menu shows them again', async () => {
    const { code } = await invite('official', 'Phạm Thị Mai');
    const u = intakeUser(() => intake, outbox, 'official-1');
    await u.send(code);
    const welcome = await u.send('Đồng ý');
    expect(texts(welcome)).not.toContain('cộng tác viên');
    for (const l of ['Cảnh báo', 'Định hướng', 'Thống kê', 'Tổng hợp']) expect(labels(welcome).join('|')).toContain(l);
    const menu = await u.send('/menu');
    for (const l of ['Cảnh báo', 'Định hướng', 'Thống kê', 'Tổng hợp']) expect(labels(menu).join('|')).toContain(l);
  });

  it('a collaborator keeps the reporting menu, without officials’ buttons', async () => {
    const { code } = await invite('collaborator', 'Đỗ Văn Tư');
    const u = intakeUser(() => intake, outbox, 'collab-1');
    await u.send(code);
    const welcome = await u.send('Đồng ý');
    expect(texts(welcome)).toContain('cộng tác viên');
    expect(labels(welcome).join('|')).toContain('Báo cáo định kỳ');
    expect(labels(welcome).join('|')).not.toContain('Cảnh báo');
  });
});
