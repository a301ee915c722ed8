import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OutboundMessage } from '../../core/kernel/messages.js';
import type { Intake } from '../../bot/engine/intake.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { intakeUser } from '../helpers/intake-user.js';
import { createCollectingIntake } from '../helpers/real-intake.js';
import { addPerson, seedTree } from '../../testkit/seed.js';
import { testConfig } from '../helpers/config.js';

/**
 * /help for an official lists about fifty commands: one list of them was a wall a newcomer could
 * not find anything in. They come under their task's heading, the general ones last, then the tip.
 */
let db: TestDatabase;
let intake: Intake;
const outbox = new Map<string, OutboundMessage[]>();
const help = async (accountId: string) => {
  const seen = await intakeUser(() => intake, outbox, accountId).send('/help');
  return seen.map((m) => m.text).join('\n');
};
/** The command lines under each heading, in order. */
const sections = (text: string) =>
  text
    .split('\n\n')
    .slice(1)
    .map((block) => block.split('\n'))
    .filter((lines) => lines.length > 1)
    .map(([head, ...lines]) => ({ head, commands: lines.map((l) => l.split(' — ')[0]) }));

beforeAll(async () => {
  db = await createTestDatabase();
  const tree = await seedTree(db.db);
  intake = createCollectingIntake(db.db, testConfig({ QUIET_HOURS: '' }), outbox);
  await addPerson(db.db, tree.province, 'official', 'Cán bộ tỉnh', { accountId: 'help-official' });
  await addPerson(db.db, tree.commune, 'collaborator', 'Lò Văn Pá', { accountId: 'help-ctv' });
});
afterAll(async () => db?.close());

describe('/help', () => {
  it('an official sees the commands under task headings, the general ones last with /huy, then the tip', async () => {
    const text = await help('help-official');
    expect(text.startsWith('Các lệnh đồng chí có thể dùng, theo nhóm việc:')).toBe(true);
    const s = sections(text);
    expect(s.map((x) => x.head)).toEqual([
      '📝 BÁO CÁO',
      '🚨 ĐIỂM NÓNG',
      '🔎 TRA CỨU, CHUYỂN XỬ LÝ',
      '📣 ĐỊNH HƯỚNG DƯ LUẬN',
      '📊 THĂM DÒ, KHẢO SÁT',
      '👥 MẠNG LƯỚI, GIAO BAN, TÀI LIỆU',
      '⚙️ CHUNG',
    ]);
    const under = (head: string) => s.find((x) => x.head === head)!.commands;
    expect(under('📝 BÁO CÁO')).toEqual(expect.arrayContaining(['/baocao', '/nhanh', '/thongbao', '/yeucaubaocao']));
    expect(under('🚨 ĐIỂM NÓNG')).toEqual(expect.arrayContaining(['/diemnong', '/canhbao', '/tiepnhan']));
    expect(under('📣 ĐỊNH HƯỚNG DƯ LUẬN')).toEqual(expect.arrayContaining(['/dinhhuong', '/danhan']));
    expect(under('📊 THĂM DÒ, KHẢO SÁT')).toEqual(expect.arrayContaining(['/taothamdo', '/taokhaosat']));
    expect(under('👥 MẠNG LƯỚI, GIAO BAN, TÀI LIỆU')).toEqual(expect.arrayContaining(['/mangluoi', '/giaoban', '/quyche']));
    expect(under('⚙️ CHUNG')).toEqual(['/trangthai', '/menu', '/dangnhap', '/ngonngu', '/tieptuc', '/huy', '/help']);
    expect(text.endsWith('Khi có câu hỏi kèm lựa chọn, đồng chí có thể bấm nút hoặc gõ số thứ tự (1, 2, …).')).toBe(true);
    // Every command is listed once.
    const all = s.flatMap((x) => x.commands);
    expect(new Set(all).size).toBe(all.length);
  });

  it('a collaborator sees only their own commands, under the same headings', async () => {
    const s = sections(await help('help-ctv'));
    const all = s.flatMap((x) => x.commands);
    expect(all).toEqual(expect.arrayContaining(['/baocao', '/diemnong', '/danhan', '/huy']));
    for (const officials of ['/canhbao', '/dinhhuong', '/taothamdo', '/mangluoi', '/dangnhap']) expect(all).not.toContain(officials);
    expect(s.at(-1)!.head).toBe('⚙️ CHUNG');
  });
});
