import { matchKey } from '../../../core/kernel/text.js';
import { NOTICE_MODES, noticeModes, setNoticeMode, type NoticeMode, type ReportKind } from '../../../core/reports/notices.js';
import { REPORT_KINDS } from '../../../core/reports/browse.js';
import type { HandlerContext } from '../../engine/registry.js';
import type { Reply, ReplyChoice } from '../../engine/types.js';

/**
 * /thongbao [ngay | tomtat | tat] [nhanh | chuyende | dinhky]: how an official hears of filed
 * reports. Words are accent-insensitive ("tóm tắt hằng ngày" = "tomtat"); no kind = every kind.
 * Buttons `nt:<kind>:<mode>` set one kind.
 */
const MODE_WORDS: [string, NoticeMode][] = [
  ['tomtathangngay', 'digest'],
  ['tomtat', 'digest'],
  ['hangngay', 'digest'],
  ['digest', 'digest'],
  ['ngay', 'now'],
  ['now', 'now'],
  ['tat', 'off'],
  ['off', 'off'],
];
const KIND_WORDS: [string, ReportKind][] = [
  ['nhanh', 'quick'],
  ['quick', 'quick'],
  ['chuyende', 'thematic'],
  ['thematic', 'thematic'],
  ['dinhky', 'periodic'],
  ['periodic', 'periodic'],
];

type ParsedNotice = { mode: NoticeMode | null; kinds: ReportKind[]; bad?: string };

function parseNoticeArgs(args: string): ParsedNotice {
  let rest = matchKey(args).replace(/[\s,;]+/g, '');
  let mode: NoticeMode | null = null;
  for (const [w, m] of MODE_WORDS) {
    if (rest.includes(w)) {
      mode = m;
      rest = rest.replace(w, '');
      break;
    }
  }
  const kinds: ReportKind[] = [];
  for (const [w, k] of KIND_WORDS) {
    if (rest.includes(w)) {
      kinds.push(k);
      rest = rest.replace(w, '');
    }
  }
  if (rest.replace(/^(cho|loai|bao|cao)+/g, '') !== '') return { mode, kinds, bad: args.trim() };
  return { mode, kinds };
}

const isOfficial = (h: HandlerContext) => h.person?.role === 'official' || h.person?.role === 'admin';

async function settingsReply(h: HandlerContext): Promise<Reply> {
  const t = h.flow.t;
  const modes = await noticeModes(h.tx, h.person!.id);
  const lines = [t('notices-settings-title')];
  for (const k of REPORT_KINDS) lines.push(t('notices-settings-line', { kind: t(`reports-kind-${k}`), mode: t(`notices-mode-${modes[k]}`) }));
  lines.push('', t('notices-settings-how'));
  const choices: ReplyChoice[] = REPORT_KINDS.flatMap((k) =>
    NOTICE_MODES.filter((m) => m !== modes[k]).map((m) => ({
      label: t('notices-btn-set', { kind: t(`reports-kind-${k}`), mode: t(`notices-mode-${m}`) }),
      value: `nt:${k}:${m}`,
    })),
  );
  return { text: lines.join('\n'), choices };
}

async function apply(h: HandlerContext, kinds: readonly ReportKind[], mode: NoticeMode): Promise<Reply[]> {
  const t = h.flow.t;
  await setNoticeMode(h.tx, h.person!.id, kinds, mode, h.flow.now);
  const done = { text: t('notices-set-done', { kinds: kinds.map((k) => t(`reports-kind-${k}`)).join(', '), mode: t(`notices-mode-${mode}`) }) };
  return [done, await settingsReply(h)];
}

export async function noticeCommand(args: string, h: HandlerContext): Promise<Reply[]> {
  if (!isOfficial(h)) return [{ text: h.flow.t('notices-officials-only') }];
  const p = parseNoticeArgs(args);
  if (p.bad) return [{ text: h.flow.t('notices-bad-args', { arg: p.bad }) }];
  if (!p.mode) return [await settingsReply(h)];
  return apply(h, p.kinds.length ? p.kinds : REPORT_KINDS, p.mode);
}

export async function noticeButton(rest: string, h: HandlerContext): Promise<Reply[]> {
  if (!isOfficial(h)) return [{ text: h.flow.t('notices-officials-only') }];
  const [kind, mode] = rest.split(':') as [ReportKind, NoticeMode];
  if (!REPORT_KINDS.includes(kind) || !NOTICE_MODES.includes(mode)) return [await settingsReply(h)];
  return apply(h, [kind], mode);
}
