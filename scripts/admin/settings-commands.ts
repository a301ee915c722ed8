import { parseArgs } from 'node:util';
import { readZaloTokenStatus, setZaloTokens } from '../../bot/channels/zalo-oa/token-store.js';
import { DEFAULT_HANDLING_POLICY, DEFAULT_POLICY, setEscalationPolicy, type PolicyKind } from '../../core/hot-spots/escalation-policy.js';
import { UsageError, type AdminCommand } from './context.js';

/** Both policies take the same flags; `kind` says which column they set. */
function policyCommand(kind: PolicyKind, usage: string, summary: string): AdminCommand {
  return {
    usage,
    summary,
    async run(args, { db, out }) {
      const { values } = parseArgs({ args, options: { unit: { type: 'string' }, severity: { type: 'string' }, minutes: { type: 'string' } } });
      if (!values.unit || !values.severity || !values.minutes) throw new UsageError('cần --unit, --severity và --minutes');
      const minutes = values.minutes === 'none' ? null : values.minutes === 'inherit' ? 'inherit' : Number(values.minutes);
      if (typeof minutes === 'number' && !Number.isInteger(minutes)) throw new UsageError('--minutes phải là số nguyên, none hoặc inherit');
      const policy = await setEscalationPolicy(db, values.unit, Number(values.severity), minutes, null, kind);
      out(`Chính sách của ${values.unit} (phút; trống = kế thừa đơn vị cấp trên): ${JSON.stringify(policy)}`);
    },
  };
}

export const escalationPolicyCommand = policyCommand(
  'escalation',
  'escalation-policy --unit <code> --severity 1-4 --minutes <n>|none|inherit',
  `Đặt thời hạn tiếp nhận điểm nóng của một đơn vị (mặc định: mức 4 ${DEFAULT_POLICY['4']} phút, 3 ${DEFAULT_POLICY['3']} phút, 2 ${DEFAULT_POLICY['2']} phút, 1 chỉ theo dõi)`,
);

export const handlingPolicyCommand = policyCommand(
  'handling',
  'handling-policy --unit <code> --severity 1-4 --minutes <n>|none|inherit',
  `Đặt chu kỳ đôn đốc cập nhật điểm nóng đang xử lý (mặc định: mức 4 ${DEFAULT_HANDLING_POLICY['4']} phút, 3 ${DEFAULT_HANDLING_POLICY['3']} phút, 2 ${DEFAULT_HANDLING_POLICY['2']} phút, 1 không đôn đốc); quá một chu kỳ không có thông tin mới thì báo cấp trên`,
);

export const zaloTokensCommand: AdminCommand = {
  usage: 'zalo-tokens [--access <token> --refresh <token> [--expires-in 90000]]',
  summary: 'Nạp cặp token Zalo OA ban đầu (hoặc xem tình trạng token khi không có tham số); token không bao giờ được in ra',
  async run(args, { db, out }) {
    const { values } = parseArgs({
      args,
      options: { access: { type: 'string' }, refresh: { type: 'string' }, 'expires-in': { type: 'string', default: '90000' } },
    });
    if (values.access || values.refresh) {
      if (!values.access || !values.refresh) throw new UsageError('cần cả --access và --refresh');
      await setZaloTokens(db, { accessToken: values.access, refreshToken: values.refresh, expiresIn: values['expires-in'] });
      out('Đã lưu cặp token Zalo OA.');
    }
    const status = await readZaloTokenStatus(db);
    if (!status) {
      out('Chưa có token Zalo OA nào được lưu.');
      return;
    }
    out(
      `Nguồn: ${status.source}; access token hết hạn: ${status.accessExpiresAt.toISOString()}; làm mới lần cuối: ${status.refreshedAt?.toISOString() ?? '—'}; số lần làm mới lỗi liên tiếp: ${status.failedRefreshes}`,
    );
  },
};
