import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { broadcastSettings } from '../../core/broadcasts/broadcast.js';
import { formatDate } from '../../core/kernel/datetime.js';
import { createI18n } from '../../core/kernel/i18n.js';
import { filesDirOf } from '../../core/media/store.js';
import { keepUpload } from '../../core/broadcasts/attachment-file.js';
import { materialsOfSubtree, type MaterialRow } from '../../core/network/material-list.js';
import { materialReaders, publishMaterial, type MaterialInput, type MaterialKind } from '../../core/network/materials.js';
import { findUnitByCode } from '../../core/people/units.js';
import { auditCli, cliActor, idByPrefix, parseCli } from './cli-actor.js';
import { nowOf, UsageError, type AdminCommand, type AdminContext } from './context.js';

const USAGE = [
  'materials [list] [--unit <mã đơn vị>] [--topic "<chủ đề>"]',
  '  materials add --topic "<chủ đề>" --title "<tên>" (--file <tệp> | --link <url> | --note "<nội dung>") [--about "<giới thiệu>"] [--unit <mã>] [--as <mã cán bộ>]',
  '  materials readers <mã tài liệu> [--as <mã cán bộ>]',
].join('\n');

const { t } = createI18n();
const refusal = (code: string) => new UsageError(t('vi', `network-mat-x-${code}`));

function line(m: MaterialRow, timeZone: string): string {
  const file = m.kind === 'document' ? ' 📎' : '';
  return [formatDate(m.createdAt, timeZone), m.topic, `${m.title}${file}`, m.unitName, `đã đọc ${m.read}/${m.audience}`, m.status, m.id.slice(0, 8)].join('\t');
}

async function list(args: string[], { db, config, out }: AdminContext): Promise<void> {
  const { values } = parseCli(args, { unit: { type: 'string' }, topic: { type: 'string' } });
  const unit = values.unit ? await findUnitByCode(db, values.unit) : null;
  if (values.unit && !unit) throw new UsageError(`không có đơn vị mã "${values.unit}"`);
  const rows = await materialsOfSubtree(db, unit?.path ?? '', { topic: values.topic, limit: 100 });
  if (rows.length === 0) return out('Chưa có tài liệu nào.');
  out(['ngày', 'chủ đề', 'tên', 'đơn vị', 'đã đọc / nhận', 'trạng thái', 'mã'].join('\t'));
  for (const m of rows) out(line(m, config.TIMEZONE));
}

/** Exactly one of --file, --link, --note says the kind. */
function kindOf(v: { file?: string; link?: string; note?: string }): MaterialKind {
  const given = [v.file && 'document', v.link && 'link', v.note && 'note'].filter(Boolean) as MaterialKind[];
  if (given.length !== 1) throw new UsageError('cần đúng một trong --file, --link, --note');
  return given[0]!;
}

async function add(args: string[], ctx: AdminContext): Promise<void> {
  const { db, config, out } = ctx;
  const str = { type: 'string' } as const;
  const { values: s } = parseCli(args, { topic: str, title: str, file: str, link: str, note: str, about: str, unit: str, as: str });
  if (!s.topic || !s.title) throw new UsageError('cần --topic và --title');
  const kind = kindOf(s);
  const actor = await cliActor(db, s.as);
  const env = { filesDir: filesDirOf(config), maxBytes: config.MEDIA_MAX_BYTES, types: config.MEDIA_TYPES };
  const kept = s.file ? await keepUpload(env, basename(s.file), new Uint8Array(await readFile(s.file))) : null;
  if (kept && !kept.ok) throw new UsageError(kept.code === 'too_large' ? 'tệp quá lớn (MEDIA_MAX_BYTES)' : 'loại tệp không được nhận (MEDIA_TYPES)');
  const input: MaterialInput = {
    topic: s.topic,
    kind,
    title: s.title,
    body: s.note ?? s.about ?? '',
    link: s.link ?? null,
    upload: kept,
    unitCode: s.unit ?? null,
  };
  const r = await db.transaction(async (tx) => {
    const p = await publishMaterial(tx, { settings: broadcastSettings(config), t }, actor, input, nowOf(ctx));
    await auditCli(
      tx,
      actor,
      'materials add',
      { type: 'material', id: p.ok ? p.materialId : undefined },
      p.ok ? 'ok' : 'refused',
      p.ok ? {} : { code: p.code },
    );
    return p;
  });
  if (!r.ok) throw refusal(r.code);
  out(t('vi', `network-mat-published-${r.status === 'awaiting_approval' ? 'approval' : 'sent'}`, { n: r.audience, unit: r.unitName }));
  out(`Mã tài liệu: ${r.materialId}`);
}

async function readers(args: string[], { db, out }: AdminContext): Promise<void> {
  const { values, positionals } = parseCli(args, { as: { type: 'string' } });
  const id = await idByPrefix(db, 'materials', positionals[0], 'tài liệu');
  const actor = await cliActor(db, values.as);
  const r = await db.transaction((tx) => materialReaders(tx, actor, id));
  if (!r.ok) throw refusal(r.code);
  out(`${r.title}: đã đọc ${r.read.length}/${r.total}`);
  for (const p of r.read) out(`  ✓ ${p.name}\t${p.unit}`);
  for (const p of r.notRead) out(`  · ${p.name}\t${p.unit}`);
}

const SUBCOMMANDS: Record<string, (args: string[], ctx: AdminContext) => Promise<void>> = { list, add, readers };

/** `npm run admin -- materials …`: the training library (issue 17 item 5) from the server — the same core functions as /tailieu and /tailieu_moi. */
export const materialsCommand: AdminCommand = {
  usage: USAGE,
  summary:
    'Tài liệu bồi dưỡng: liệt kê (chủ đề, ngày, đơn vị, số đã đọc), đăng tệp, đường dẫn hoặc ghi chú cho một đơn vị và cấp dưới (như /tailieu_moi), xem ai đã đọc',
  async run(args, ctx) {
    if (args.includes('--help') || args.includes('-h')) return ctx.out(`Cách dùng: npm run admin -- ${USAGE}`);
    const sub = args[0] && SUBCOMMANDS[args[0]] ? args[0] : 'list';
    await SUBCOMMANDS[sub]!(sub === args[0] ? args.slice(1) : args, ctx);
  },
};
