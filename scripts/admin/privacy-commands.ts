import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { erasePerson, findPerson } from '../../core/compliance/privacy.js';
import { exportPerson } from '../../core/compliance/privacy-export.js';
import { UsageError, type AdminCommand } from './context.js';

/**
 * Data-subject requests (PDP Law 91/2025). A person is named by a channel account
 * (`telegram:123456`, `zalo:…`) or by their id (`npm run admin -- people` lists them).
 */
export const exportPersonCommand: AdminCommand = {
  usage: 'export-person <telegram:123|zalo:…|person-id> [--out tệp.json]',
  summary: 'Xuất toàn bộ dữ liệu lưu về một người (JSON) — quyền được biết/truy cập dữ liệu',
  async run(args, { db, out }) {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { out: { type: 'string' } } });
    if (!positionals[0]) throw new UsageError('thiếu người cần xuất dữ liệu');
    const personId = await findPerson(db, positionals[0]);
    const json = JSON.stringify(await exportPerson(db, personId), null, 2);
    if (!values.out) return out(json);
    // Owner-only: the file holds everything about a person.
    await writeFile(values.out, json, { mode: 0o600 });
    out(`Đã xuất dữ liệu của ${personId} vào ${values.out}.`);
  },
};

export const erasePersonCommand: AdminCommand = {
  usage: 'erase-person <telegram:123|zalo:…|person-id> --confirm [--reason "…"]',
  summary: 'Xóa dữ liệu cá nhân của một người; báo cáo được giữ dưới dạng ý kiến nhóm, ẩn danh',
  async run(args, { db, out }) {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { confirm: { type: 'boolean' }, reason: { type: 'string' } } });
    if (!positionals[0]) throw new UsageError('thiếu người cần xóa dữ liệu');
    const personId = await findPerson(db, positionals[0]);
    if (!values.confirm) throw new UsageError(`thao tác không thể hoàn tác: thêm --confirm để xóa dữ liệu của ${personId}`);
    const s = await erasePerson(db, personId, { reason: values.reason });
    out(
      `Đã xóa dữ liệu cá nhân của ${personId}: ${s.accounts} tài khoản, ${s.conversations} hội thoại, ` +
        `${s.sendsDeleted} bản ghi gửi tin; ${s.reportsUnlinked} báo cáo và ${s.hotSpotsUnlinked} điểm nóng được giữ ở dạng ẩn danh. Đã ghi nhật ký kiểm toán.`,
    );
  },
};
