import { it } from 'vitest';
import { copyFile, mkdir } from 'node:fs/promises';
import { createI18n } from '../../core/kernel/i18n.js';
import { generateSynthesis } from '../../core/synthesis/generate.js';
import { createTestDatabase } from '../helpers/db.js';
import { fileMonthThroughChat } from './synthesis-chat-month.js';
import { testConfig, vn } from './reporting-fixtures.js';
it('sample', async () => {
  const t = await createTestDatabase();
  await mkdir('/tmp/synout', { recursive: true });
  const config = testConfig({ DATA_DIR: '/tmp/synout', ORG_PARENT_NAME: 'TỈNH ỦY THÁI NGUYÊN', ORG_PLACE: 'Thái Nguyên' });
  const m = await fileMonthThroughChat(t.db, config);
  const u = m.u.p!;
  for (const period of (process.env.SPANS ?? '2026-11').split(',')) {
    const g = await generateSynthesis(t.db, config, createI18n().t, { scope: { unitId: u.id, code: u.code, name: u.name, path: u.path }, period, locale: 'vi', now: vn('2026-11-28T10:00:00'), tag: 'sample' });
    await copyFile(g.docxPath, `/tmp/synout/sample-${period}.docx`);
  }
  await t.close();
}, 120000);
