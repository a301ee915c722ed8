import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { Redis } from 'ioredis';
import { erasePerson, findPerson, personAccountKeys } from '../../core/compliance/privacy.js';
import { createSecurityLimits, limitsPrefix } from '../../core/platform/flood-control.js';
import { resolveQueuePrefix } from '../../core/platform/queue-prefix.js';
import { silentLogger } from '../../core/kernel/logger.js';
import { portAnswers } from '../../bot/setup/redis.js';
import { exportPerson } from '../../core/compliance/privacy-export.js';
import { UsageError, type AdminCommand, type AdminContext } from './context.js';
import { removeUnreferenced } from '../../core/media/erase.js';
import { filesDirOf } from '../../core/media/store.js';

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
  async run(args, ctx) {
    const { db, out } = ctx;
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { confirm: { type: 'boolean' }, reason: { type: 'string' } } });
    if (!positionals[0]) throw new UsageError('thiếu người cần xóa dữ liệu');
    const personId = await findPerson(db, positionals[0]);
    if (!values.confirm) throw new UsageError(`thao tác không thể hoàn tác: thêm --confirm để xóa dữ liệu của ${personId}`);
    const keys = await personAccountKeys(db, personId);
    const s = await erasePerson(db, personId, { reason: values.reason });
    await removeUnreferenced(db, filesDirOf(ctx.config), s.voiceFiles);
    out(
      `Đã xóa dữ liệu cá nhân của ${personId}: ${s.accounts} tài khoản, ${s.conversations} hội thoại, ` +
        `${s.sendsDeleted} bản ghi gửi tin, ${s.noticePrefsDeleted} thiết lập thông báo, ${s.voiceNotesDeleted} ghi âm; ${s.reportsUnlinked} báo cáo, ` +
        `${s.hotSpotsUnlinked} điểm nóng và ${s.casesUnlinked} hồ sơ chuyển xử lý (cùng ảnh, tệp kèm theo) được giữ ở dạng ẩn danh. Đã ghi nhật ký kiểm toán.`,
    );
    out(await forgetLimits(ctx, keys));
  },
};

/**
 * Flood-control counters in Redis are keyed by the chat account id: erase them too. A bot
 * process's in-memory copies (kept only while Redis is away) end with their window, at most 1 h.
 */
async function forgetLimits({ db, config }: AdminContext, keys: string[]): Promise<string> {
  if (keys.length === 0) return 'Không có tài khoản chat nào: không có bộ đếm chống gửi dồn dập cần xóa.';
  const url = config.REDIS_URL ?? ((await portAnswers('127.0.0.1', 6379)) ? 'redis://127.0.0.1:6379' : 'redis://127.0.0.1:6390');
  const redis = new Redis(url, { lazyConnect: true, enableOfflineQueue: false, maxRetriesPerRequest: 1, connectTimeout: 2_000, retryStrategy: () => null });
  redis.on('error', () => {}); // not silent: a failed connect() below is answered to the operator (catch)
  try {
    await redis.connect();
    const prefix = limitsPrefix(await resolveQueuePrefix(db, config.QUEUE_PREFIX));
    await createSecurityLimits({ redis, prefix, config, logger: silentLogger }).forgetAccounts(keys);
    return `Đã xóa bộ đếm chống gửi dồn dập của ${keys.length} tài khoản chat trong Redis.`;
  } catch {
    return 'Chưa xóa được bộ đếm chống gửi dồn dập trong Redis (không kết nối được): chúng tự hết hạn trong vòng 1 giờ.';
  } finally {
    redis.disconnect();
  }
}
