import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { createI18n } from '../../core/kernel/i18n.js';
import { campaignByNumber } from '../../core/surveys/campaigns.js';
import { answersTable, exportFile, talliesTable } from '../../core/surveys/export.js';
import { issueLines } from '../../core/surveys/issues-text.js';
import { loadQuestionnaire } from '../../core/surveys/load.js';
import { campaignResults, loadResponses } from '../../core/surveys/results.js';
import { surveyReport } from '../../core/surveys/report.js';
import { importQuestionnaire } from '../../core/surveys/store.js';
import { surveys } from '../../db/schema/index.js';
import { eq } from 'drizzle-orm';
import { UsageError, type AdminCommand } from './context.js';

/**
 * `npm run admin -- survey-import <file.yaml|json> [--check]`: validates a questionnaire file
 * (every problem printed with its line) and stores it as a new version of its code.
 */
export const surveyImportCommand: AdminCommand = {
  usage: 'survey-import <tệp.yaml|json> [--check]',
  summary: 'Kiểm tra và nạp một bộ câu hỏi khảo sát (báo lỗi theo từng dòng); --check chỉ kiểm tra',
  async run(args, { db, out }) {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { check: { type: 'boolean', default: false } } });
    const file = positionals[0];
    if (!file) throw new UsageError('cần đường dẫn tệp bộ câu hỏi');
    const r = loadQuestionnaire(await readFile(file, 'utf8'));
    if (!r.ok) {
      for (const line of issueLines(createI18n().t, 'vi', r.issues)) out(line);
      throw new UsageError(`tệp có ${r.issues.length} lỗi, chưa nạp`);
    }
    const q = r.questionnaire;
    if (values.check) return out(`Hợp lệ: ${q.code} — ${q.title} (${q.questions.length} câu).`);
    const saved = await importQuestionnaire(db, q);
    out(
      saved.created
        ? `Đã nạp ${q.code} phiên bản ${saved.version}: ${q.title} (${q.questions.length} câu).`
        : `${q.code} không thay đổi (phiên bản ${saved.version}).`,
    );
  },
};

/**
 * `npm run admin -- survey-export --campaign <n> [--what answers|tallies] [--format csv|xlsx] --out <file>`:
 * the anonymous answers (one row per response) or the tallies of a campaign.
 */
export const surveyExportCommand: AdminCommand = {
  usage: 'survey-export --campaign <số> [--what answers|tallies] [--format csv|xlsx] --out <tệp>',
  summary: 'Xuất câu trả lời ẩn danh hoặc bảng tổng hợp của một đợt khảo sát ra CSV/XLSX',
  async run(args, { db, out }) {
    const { values } = parseArgs({
      args,
      options: {
        campaign: { type: 'string' },
        what: { type: 'string', default: 'answers' },
        format: { type: 'string', default: 'xlsx' },
        out: { type: 'string' },
      },
    });
    const n = Number(values.campaign);
    if (!Number.isInteger(n) || n < 1) throw new UsageError('cần --campaign <số đợt>');
    if (values.what !== 'answers' && values.what !== 'tallies') throw new UsageError('--what phải là answers hoặc tallies');
    if (values.format !== 'csv' && values.format !== 'xlsx') throw new UsageError('--format phải là csv hoặc xlsx');
    if (!values.out) throw new UsageError('cần --out <tệp>');
    const c = await campaignByNumber(db, n);
    if (!c) throw new UsageError(`không có đợt khảo sát số ${n}`);
    const responses = await loadResponses(db, c.id);
    const r = (await campaignResults(db, c.id, responses))!;
    const [s] = await db.select({ definition: surveys.definition }).from(surveys).where(eq(surveys.id, c.surveyId));
    const table = values.what === 'answers' ? answersTable(s!.definition, responses, r.units) : talliesTable(r);
    await writeFile(values.out, exportFile(values.format, values.what, table));
    out(`Đã xuất ${table.rows.length} dòng: ${values.out}`);
  },
};

/**
 * `npm run admin -- survey-report <số> [--out <tệp.docx>]`: the campaign's results report as a
 * DOCX (completion per unit, tallies per question, open answers, before/after when linked).
 */
export const surveyReportCommand: AdminCommand = {
  usage: 'survey-report <số đợt> [--out <tệp.docx>]',
  summary: 'Lập báo cáo kết quả một đợt khảo sát (DOCX): tỉ lệ trả lời theo đơn vị, kết quả từng câu, ý kiến, so sánh trước/sau',
  async run(args, { db, config, out }) {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { out: { type: 'string' } } });
    const n = Number(positionals[0]);
    if (!Number.isInteger(n) || n < 1) throw new UsageError('cần số đợt khảo sát');
    const c = await campaignByNumber(db, n);
    if (!c) throw new UsageError(`không có đợt khảo sát số ${n}`);
    const report = (await surveyReport(db, config, createI18n().t, 'vi', c.id, new Date()))!;
    const file = values.out ?? report.fileName;
    await writeFile(file, report.docx);
    out(`Đã lập báo cáo kết quả đợt khảo sát số ${n}: ${file}`);
  },
};
