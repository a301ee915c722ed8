import { parseArgs } from 'node:util';
import { desc, eq } from 'drizzle-orm';
import { verifyAuditChain } from '../../core/compliance/audit.js';
import { auditLog } from '../../db/schema/index.js';
import { UsageError, type AdminCommand } from './context.js';

class AuditChainBrokenError extends Error {
  override readonly name = 'AuditChainBrokenError';
}

/**
 * `audit verify [--anchor <id>:<hash>]` — walks the hash chain of the audit log. The chain shows
 * any rewritten or removed entry up to the newest; removing entries at the *end* leaves a shorter
 * valid chain, so the command prints the head (id:hash) to be noted somewhere else, and checks a
 * head noted earlier with --anchor. Exit code 1 when broken.
 */
export const auditCommand: AdminCommand = {
  usage: 'audit verify [--anchor <id>:<hash>]',
  summary: 'Kiểm tra chuỗi băm của nhật ký kiểm toán (phát hiện bản ghi bị sửa/xóa)',
  async run(args, { db, out }) {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { anchor: { type: 'string' } } });
    if (positionals[0] !== 'verify') throw new UsageError('lệnh con hợp lệ: verify');
    const anchor = values.anchor ? parseAnchor(values.anchor) : null;
    const r = await verifyAuditChain(db);
    if (r.brokenAt !== null) throw new AuditChainBrokenError(`chuỗi kiểm toán bị phá vỡ tại bản ghi #${r.brokenAt} (đã kiểm ${r.checked} bản ghi)`);
    if (anchor) {
      const [row] = await db.select({ hash: auditLog.hash }).from(auditLog).where(eq(auditLog.id, anchor.id));
      if (row?.hash !== anchor.hash) throw new AuditChainBrokenError(`mốc #${anchor.id} không còn khớp: nhật ký đã bị cắt bớt hoặc viết lại`);
    }
    const [head] = await db.select({ id: auditLog.id, hash: auditLog.hash }).from(auditLog).orderBy(desc(auditLog.id)).limit(1);
    out(`Chuỗi kiểm toán nguyên vẹn: ${r.checked} bản ghi.`);
    if (head) out(`Mốc hiện tại (lưu lại để đối chiếu lần sau với --anchor): ${head.id}:${head.hash}`);
  },
};

function parseAnchor(s: string): { id: number; hash: string } {
  const m = /^(\d+):([0-9a-f]{64})$/.exec(s.trim());
  if (!m) throw new UsageError('--anchor phải có dạng <id>:<hash sha-256 hex>');
  return { id: Number(m[1]), hash: m[2]! };
}
