import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { parseCsvLines, toCsv } from '../../core/kernel/csv.js';
import { createI18n } from '../../core/kernel/i18n.js';
import { readXlsxLines } from '../../core/kernel/xlsx-read.js';
import { importPeople, invitesTable, PROBLEM_KEYS, type TableRow } from '../../core/people/bulk-import.js';
import { ROLE_LABEL_KEYS } from '../../core/people/roster.js';
import { UsageError, type AdminCommand } from './context.js';

/** A table from a .csv or .xlsx file (by content: an XLSX is a zip). */
async function readTable(file: string): Promise<TableRow[]> {
  const data = await readFile(file);
  if (data[0] === 0x50 && data[1] === 0x4b) return readXlsxLines(new Uint8Array(data));
  return parseCsvLines(data.toString('utf8'));
}

export const importPeopleCommand: AdminCommand = {
  usage: 'import-people <tệp.csv|tệp.xlsx> [--out danh-sach-ma-moi.csv] [--partial] [--ttl-hours 72]',
  summary: 'Nhập danh sách người (cột: ho_ten, ma_don_vi, vai_tro, giai_tang, nganh): kiểm tra từng dòng, mỗi dòng một mã mời, in danh sách',
  async run(args, { db, config, out }) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { out: { type: 'string' }, partial: { type: 'boolean', default: false }, 'ttl-hours': { type: 'string' } },
    });
    const file = positionals[0];
    if (!file) throw new UsageError('thiếu đường dẫn tệp CSV hoặc XLSX');
    const ttlHours = values['ttl-hours'] ? Number(values['ttl-hours']) : config.INVITE_TTL_HOURS;
    if (!Number.isFinite(ttlHours) || ttlHours <= 0) throw new UsageError('--ttl-hours phải là số dương');
    const { t } = createI18n();
    const started = performance.now();
    const r = await importPeople(db, null, await readTable(file), { ttlHours, partial: values.partial, now: new Date() });
    for (const p of r.problems) out(t('vi', 'network-import-line', { line: p.line, problem: t('vi', PROBLEM_KEYS[p.code], { value: p.value ?? '' }) }));
    if (r.issued.length === 0 && r.problems.length > 0) {
      throw new Error(t('vi', 'network-import-held', { problems: r.problems.length, held: r.held }));
    }
    const rows = invitesTable(
      r.issued,
      (role) => t('vi', ROLE_LABEL_KEYS[role]),
      config.TELEGRAM_BOT_USERNAME,
      (d) => d.toISOString(),
    );
    const header = t('vi', 'network-import-list-header').split(',');
    if (values.out) await writeFile(values.out, toCsv(header, rows), { mode: 0o600 });
    else for (const row of [header, ...rows]) out(row.join('\t'));
    out(
      `${t('vi', 'network-import-summary', { count: r.issued.length })} (${Math.round(performance.now() - started)} ms)${values.out ? ` → ${values.out}` : ''}`,
    );
  },
};
