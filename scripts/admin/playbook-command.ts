import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { importPlaybook, parsePlaybook, PLAYBOOKS_DIR } from '../../core/hot-spots/playbooks.js';
import { UsageError, type AdminCommand } from './context.js';

/**
 * `npm run admin -- playbook-import <file.yaml> [--check]`: validates a response playbook (issue
 * 13 §5; problems printed with their line) and stores it for its category, replacing the
 * shipped file's version.
 */
export const playbookImportCommand: AdminCommand = {
  usage: 'playbook-import <tệp.yaml> [--check]',
  summary: `Kiểm tra và nạp kịch bản ứng phó cho một loại điểm nóng (mẫu: ${PLAYBOOKS_DIR}); --check chỉ kiểm tra`,
  async run(args, { db, out }) {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { check: { type: 'boolean', default: false } } });
    const file = positionals[0];
    if (!file) throw new UsageError('cần đường dẫn tệp kịch bản');
    const text = await readFile(file, 'utf8');
    const checked = parsePlaybook(text);
    if (!checked.ok) {
      for (const p of checked.problems) out(p);
      throw new UsageError(`tệp có ${checked.problems.length} lỗi, chưa nạp`);
    }
    const pb = checked.playbook;
    if (values.check) return out(`Hợp lệ: ${pb.category} — ${pb.title} (${pb.steps.length} bước).`);
    await db.transaction((tx) => importPlaybook(tx, text));
    out(`Đã nạp kịch bản ${pb.category}: ${pb.title} (${pb.steps.length} bước).`);
  },
};
