import { copyFile, mkdir } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createI18n } from '../../core/kernel/i18n.js';
import { lastDuePeriod } from '../../core/kernel/periods.js';
import { parseSpan } from '../../core/synthesis/span.js';
import { generateSynthesis } from '../../core/synthesis/generate.js';
import { findUnitByCode } from '../../core/people/units.js';
import { defaultsFromConfig, settingsOfUnit } from '../../core/people/unit-tree.js';
import { localDate } from '../../core/kernel/zoned-time.js';
import { UsageError, type AdminCommand } from './context.js';

/**
 * `npm run admin -- synthesis --unit <code> [--period YYYY-MM|YYYY-Qn|YYYY-Hn|YYYY] [--locale vi|en] [--out <dir>]`:
 * renders the synthesis of a month, quarter, half year or year for a unit's subtree at once (no
 * queue), writes the DOCX, the Markdown and the XLSX analysis export under DATA_DIR/exports
 * (and copies them to --out), and prints the paths.
 */
export const synthesisCommand: AdminCommand = {
  usage: 'synthesis --unit <code> [--period YYYY-MM | YYYY-Qn | YYYY-Hn | YYYY] [--locale vi|en] [--out <thư mục>]',
  summary: 'Tổng hợp báo cáo tháng, quý, 6 tháng hoặc năm của một đơn vị và các đơn vị trực thuộc thành DOCX, Markdown và bảng XLSX',
  async run(args, { db, config, out }) {
    const { values } = parseArgs({
      args,
      options: { unit: { type: 'string' }, period: { type: 'string' }, locale: { type: 'string', default: 'vi' }, out: { type: 'string' } },
    });
    if (!values.unit) throw new UsageError('cần --unit <mã đơn vị>');
    if (values.period && !parseSpan(values.period))
      throw new UsageError('--period phải có dạng YYYY-MM (tháng), YYYY-Qn (quý), YYYY-Hn (6 tháng) hoặc YYYY (năm), ví dụ 2026-11');
    if (values.locale !== 'vi' && values.locale !== 'en') throw new UsageError('--locale phải là vi hoặc en');
    const unit = await findUnitByCode(db, values.unit);
    if (!unit) throw new UsageError(`không có đơn vị mã "${values.unit}"`);
    const now = new Date();
    const settings = (await settingsOfUnit(db, defaultsFromConfig(config), unit.id))!.settings;
    const period = values.period ?? lastDuePeriod(localDate(now, config.TIMEZONE), settings);
    const scope = { unitId: unit.id, code: unit.code, name: unit.name, path: unit.path };
    const g = await generateSynthesis(db, config, createI18n().t, { scope, period, locale: values.locale, now, tag: `cli${now.getTime().toString(36)}` });
    const paths = [g.docxPath, g.markdownPath, g.xlsxPath];
    if (values.out) {
      const dir = resolve(values.out);
      await mkdir(dir, { recursive: true });
      for (const [i, p] of paths.entries()) {
        paths[i] = join(dir, basename(p));
        await copyFile(p, paths[i]!);
      }
    }
    out(`Đã tổng hợp ${g.reportCount} báo cáo kỳ ${period} của ${unit.name}.`);
    out(`DOCX: ${paths[0]}`);
    out(`Markdown: ${paths[1]}`);
    out(`XLSX: ${paths[2]}`);
  },
};
