import { createI18n } from '../../core/kernel/i18n.js';
import { gapLine } from '../../core/network/gap-report.js';
import { loadComposition, setTarget } from '../../core/network/targets.js';
import { findUnitByCode } from '../../core/people/units.js';
import { UsageError, type AdminCommand } from './context.js';

const REFUSAL: Record<string, string> = {
  unknown_unit: 'không có đơn vị mã này',
  bad_kind: 'loại chỉ tiêu là area (mỗi đơn vị con), stratum (giai tầng) hoặc sector (ngành)',
  bad_value: 'giai tầng không có trong danh mục, hoặc ngành trống / dài quá 80 ký tự',
  bad_count: 'số tối thiểu là số nguyên từ 0 đến 1000 (0: bỏ chỉ tiêu)',
};

export const networkTargetCommand: AdminCommand = {
  usage: 'targets <mã đơn vị> area <tối thiểu> | stratum <mã giai tầng> <tối thiểu> | sector "<ngành>" <tối thiểu>',
  summary: 'Đặt chỉ tiêu cơ cấu mạng lưới của một đơn vị (0 để bỏ): mỗi đơn vị con, mỗi giai tầng, mỗi ngành có ít nhất N cộng tác viên',
  async run(args, { db, out }) {
    const [unitCode, kind, ...rest] = args;
    const min = Number(rest.at(-1));
    if (!unitCode || !kind || rest.length === 0 || (kind !== 'area' && rest.length < 2)) throw new UsageError('thiếu tham số');
    const r = await db.transaction((tx) => setTarget(tx, null, { unitCode, kind, value: rest.slice(0, -1).join(' '), minCount: min }));
    if (!r.ok) throw new UsageError(REFUSAL[r.code]!);
    out(r.removed ? 'Đã bỏ chỉ tiêu.' : 'Đã lưu chỉ tiêu.');
  },
};

export const networkCompositionCommand: AdminCommand = {
  usage: 'composition <mã đơn vị>',
  summary: 'Cơ cấu cộng tác viên đang hoạt động của một đơn vị theo địa bàn, giai tầng, ngành, so với chỉ tiêu',
  async run(args, { db, out }) {
    const unit = args[0] ? await findUnitByCode(db, args[0]) : null;
    if (!unit) throw new UsageError('không có đơn vị mã này');
    const { t } = createI18n();
    const c = await loadComposition(db, unit);
    out(`${unit.name}: ${c.total}`);
    for (const [title, rows] of [
      ['area', c.byArea],
      ['stratum', c.byStratum],
      ['sector', c.bySector],
    ] as const) {
      for (const r of rows) out(`${title}\t${r.label}\t${r.count}${r.min !== null ? `/${r.min}` : ''}`);
    }
    for (const g of c.gaps) out(gapLine(t, 'vi', g));
  },
};
