import { freshDemoInvites, type FreshDemoInvites } from '../../core/demo/invites.js';
import type { Config } from '../../core/platform/config.js';
import { DEMO_INVITES_PATH } from '../../bot/http/demo-invites.js';
import { browserUrl } from '../../bot/setup/start-banner.js';
import type { AdminCommand } from './context.js';

const ROLE: Record<string, string> = { collaborator: 'cộng tác viên / collaborator', official: 'cán bộ / official' };

function print(result: FreshDemoInvites, config: Config, out: (line: string) => void): void {
  if (!result.ok) {
    throw new Error(
      result.code === 'real_accounts'
        ? 'Cơ sở dữ liệu này đã có tài khoản Telegram/Zalo thật: không tạo mã demo. / This database has real Telegram/Zalo accounts: no demo codes.'
        : 'Chưa có tỉnh demo (tạo khi hộp thử nghiệm chạy lần đầu trên cơ sở dữ liệu trống). / No demo province (made when the sandbox first starts on an empty database).',
    );
  }
  out('Mã mời demo mới / Fresh demo invite codes (30 ngày / 30 days):');
  for (const inv of result.invites) out(`    ${inv.code}   ${ROLE[inv.role] ?? inv.role} — ${inv.unitName}`);
  out(`Mở / Open ${browserUrl(config.HOST, config.PORT)}/sandbox → "Người dùng mới / New user" → gửi mã / send the code.`);
}

/**
 * `npm run admin -- demo-invites`: new codes for the sandbox's demo province. On PGlite the
 * running `npm start` holds the data directory, so then the command asks it over loopback.
 */
export const demoInvitesCommand: AdminCommand = {
  usage: 'demo-invites',
  summary: 'Mã mời mới cho tỉnh demo của hộp thử nghiệm (không bao giờ nơi có tài khoản thật)',
  async run(_args, ctx) {
    print(await freshDemoInvites(ctx.db), ctx.config, ctx.out);
  },
  async whenDataDirBusy(_args, ctx) {
    const url = `${browserUrl(ctx.config.HOST, ctx.config.PORT)}${DEMO_INVITES_PATH}`;
    const res = await fetch(url, { method: 'POST' }).catch(() => {
      throw new Error(
        `Thư mục dữ liệu đang được một tiến trình giữ (npm start), nhưng không kết nối được tới nó ở ${url}. Nếu đã chạy npm start với PORT hoặc HOST khác, chạy lệnh này với cùng PORT/HOST (ví dụ: PORT=3100 npm run admin -- demo-invites). / The data directory is held by a running process, but ${url} does not answer: run this with the same PORT/HOST as npm start.`,
      );
    });
    if (res.status === 404) throw new Error(`Tiến trình đang chạy không bật hộp thử nghiệm (${url}). / The running process serves no sandbox.`);
    print((await res.json()) as FreshDemoInvites, ctx.config, ctx.out);
  },
};
