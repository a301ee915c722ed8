import { parseArgs } from 'node:util';
import { createZaloPkce, exchangeCodeWithZalo, zaloPermissionUrl } from '../../bot/channels/zalo-oa/oauth.js';
import { setZaloTokens } from '../../bot/channels/zalo-oa/token-store.js';
import { UsageError, type AdminCommand } from './context.js';

/**
 * The OA admin's consent with PKCE (reference §1.2), for the first token pair or after a
 * refresh token was lost: prints the permission URL, takes back the address Zalo redirected to
 * (or just its code), checks `state`, exchanges the code with the verifier and stores the pair.
 * The verifier never leaves this process; no token is printed.
 */
export const zaloConnectCommand: AdminCommand = {
  usage: 'zalo-connect --redirect-uri <Callback URL đã lưu trong trang nhà phát triển>',
  summary: 'Kết nối Zalo OA qua bước đồng ý của quản trị viên OA (PKCE): in đường dẫn cấp quyền, nhận địa chỉ Zalo chuyển về, đổi mã lấy cặp token và lưu lại',
  async run(args, { db, config, out, ask }) {
    const { values } = parseArgs({ args, options: { 'redirect-uri': { type: 'string' } } });
    const redirectUri = values['redirect-uri'];
    if (!redirectUri || !URL.canParse(redirectUri)) throw new UsageError('cần --redirect-uri: đúng Callback URL đã lưu cho ứng dụng ở developers.zalo.me');
    if (!config.ZALO_APP_ID || !config.ZALO_APP_SECRET) throw new UsageError('cần ZALO_APP_ID và ZALO_APP_SECRET trong cấu hình');
    if (!ask) throw new UsageError('lệnh này cần nhập từ bàn phím');
    const pkce = createZaloPkce();
    out('1. Quản trị viên OA mở đường dẫn sau, đăng nhập Zalo và bấm «Cho phép»:');
    out(`   ${zaloPermissionUrl(config.ZALO_OAUTH_ROOT, config.ZALO_APP_ID, redirectUri, pkce)}`);
    out('2. Zalo chuyển trình duyệt tới Callback URL kèm ?code=…&oa_id=…&state=… (mã có hiệu lực 10 phút, dùng một lần).');
    const answer = await ask('   Dán toàn bộ địa chỉ đó (hoặc chỉ mã code) rồi nhấn Enter: ');
    const { code, oaId } = readRedirect(answer.trim(), pkce.state);
    const pair = await exchangeCodeWithZalo(
      { oauthRoot: config.ZALO_OAUTH_ROOT, appId: config.ZALO_APP_ID, appSecret: config.ZALO_APP_SECRET },
      code,
      pkce.verifier,
    );
    const status = await setZaloTokens(db, pair);
    out(
      `Đã lưu cặp token Zalo OA${oaId ? ` của OA ${oaId}` : ''}; access token hết hạn ${status.accessExpiresAt.toISOString()}. Bot đang chạy sẽ dùng cặp mới từ lần gửi kế tiếp.`,
    );
  },
};

/** The redirect address (its `state` must be ours) or a bare code. */
function readRedirect(input: string, state: string): { code: string; oaId?: string } {
  if (!input) throw new UsageError('chưa nhập địa chỉ hoặc mã');
  if (!/^https?:\/\//i.test(input)) return { code: input };
  const params = new URL(input).searchParams;
  const code = params.get('code');
  if (!code) throw new UsageError(`địa chỉ không có mã code${params.get('error') ? ` (Zalo báo: ${params.get('error')})` : ''}`);
  if (params.get('state') !== state) throw new UsageError('state không khớp: địa chỉ này không thuộc lần kết nối vừa tạo; chạy lại lệnh');
  const oaId = params.get('oa_id');
  return oaId ? { code, oaId } : { code };
}
