import { queueMessage } from '../../../core/delivery/sends.js';
import type { OutboundMessage } from '../../../core/kernel/messages.js';
import { keptFileKind } from '../../../core/media/channel-fit.js';
import { keptFileOf } from '../../../core/media/kept.js';
import { makeFileLink, type FileLinkSettings } from '../../../core/media/file-link.js';
import { clipText } from '../../../core/kernel/text.js';
import { localDate } from '../../../core/kernel/zoned-time.js';
import { listByTopic, listTopics, markRead, materialReaders, openMaterial, type MaterialView } from '../../../core/network/materials.js';
import { fmtDate } from '../../../core/reports/reminder-messages.js';
import type { HandlerContext } from '../../engine/registry.js';
import type { Reply, ReplyChoice } from '../../engine/types.js';
import { actorOf } from './effects.js';

/**
 * /tailieu — the training library in chat (issue 17 item 5): topics (`tl:t:<id of one of the
 * topic's materials>`), a topic's materials, one opened (`tl:o:`; its file follows through the
 * delivery ledger when it was sent on this channel), «Đã đọc» (`tl:r:`), and for officials who
 * has read it (`tl:w:`). Buttons carry ids only and never go stale.
 */
const LABEL = 60;
const LIST_NAMES = 40;
const isOfficial = (h: HandlerContext) => h.person?.role === 'official' || h.person?.role === 'admin';
const newButton = (h: HandlerContext): ReplyChoice[] => (isOfficial(h) ? [{ label: h.flow.t('network-mat-btn-new'), value: '/tailieu_moi' }] : []);

export async function libraryTopics(h: HandlerContext): Promise<Reply[]> {
  const t = h.flow.t;
  const topics = await listTopics(h.tx, actorOf(h));
  if (topics.length === 0) return [{ text: t(isOfficial(h) ? 'network-mat-empty-official' : 'network-mat-empty'), choices: newButton(h) }];
  const lines = topics.map((x) => t('network-mat-topic-line', { topic: x.topic, count: x.count, unread: x.unread }));
  const choices = topics.slice(0, 12).map((x) => ({ label: clipText(`📚 ${x.topic}`, LABEL), value: `tl:t:${x.newestId}` }));
  return [{ text: [t('network-mat-title'), ...lines, '', t('network-mat-pick-topic')].join('\n'), choices: [...choices, ...newButton(h)] }];
}

export interface MaterialEnv {
  timeZone: string;
  filesDir: string;
  links: FileLinkSettings;
}

const when = (h: HandlerContext, m: MaterialView, tz: string) => fmtDate(localDate(m.createdAt, tz));

export async function onMaterialAction(h: HandlerContext, rest: string, env: MaterialEnv): Promise<Reply[]> {
  const t = h.flow.t;
  const m = /^([torw]):([0-9a-f-]{36})$/i.exec(rest);
  if (!m || !h.person) return [{ text: t('network-mat-x-not_found') }];
  const [, verb, id] = m as unknown as [string, string, string];
  if (verb === 't') {
    const r = await listByTopic(h.tx, actorOf(h), id);
    if (!r || r.items.length === 0) return [{ text: t('network-mat-x-not_found') }];
    const lines = r.items.map((x, i) =>
      t(x.read ? 'network-mat-item-read' : 'network-mat-item', { n: i + 1, title: x.title, unit: x.unitName, date: when(h, x, env.timeZone) }),
    );
    const choices = r.items.slice(0, 12).map((x, i) => ({ label: clipText(`${i + 1}. ${x.title}`, LABEL), value: `tl:o:${x.id}` }));
    return [{ text: [t('network-mat-topic-title', { topic: r.topic }), ...lines].join('\n'), choices }];
  }
  if (verb === 'o') return open(h, id, env);
  if (verb === 'r') {
    const r = await markRead(h.tx, actorOf(h), id, h.flow.now);
    if (!r.ok) return [{ text: t('network-mat-x-not_found') }];
    return [{ text: t(r.already ? 'network-mat-read-already' : 'network-mat-read', { title: r.title }) }];
  }
  if (!isOfficial(h)) return [{ text: t('network-mat-x-not_found') }];
  const r = await materialReaders(h.tx, actorOf(h), id);
  if (!r.ok) return [{ text: t(`network-mat-x-${r.code}`) }];
  const names = (list: { name: string; unit: string }[]) =>
    list.length === 0
      ? '—'
      : list
          .slice(0, LIST_NAMES)
          .map((p) => `${p.name} (${p.unit})`)
          .join(', ') + (list.length > LIST_NAMES ? ' …' : '');
  const text = [
    t('network-mat-readers', { title: r.title, read: r.read.length, total: r.total }),
    t('network-mat-readers-yes', { list: names(r.read) }),
    t('network-mat-readers-no', { list: names(r.notRead) }),
  ].join('\n');
  return [{ text, choices: [{ label: t('network-btn-back'), value: `tl:o:${id}` }] }];
}

async function open(h: HandlerContext, id: string, env: MaterialEnv): Promise<Reply[]> {
  const t = h.flow.t;
  const m = await openMaterial(h.tx, actorOf(h), id);
  if (!m) return [{ text: t('network-mat-x-not_found') }];
  const file = await fileMessage(h, m, env);
  // The file follows through the one delivery ledger (replies carry text only).
  if (file) await queueMessage(h.tx, { purpose: `mat-${m.id}-${h.flow.now.getTime()}`, personId: h.person!.id, message: file, lane: 'interactive' });
  const head = t('network-mat-view', { title: m.title, topic: m.topic, unit: m.unitName, date: when(h, m, env.timeZone) });
  const note = m.attachment && !file ? [await fileLinkLine(h, m, env)] : [];
  const choices: ReplyChoice[] = [];
  if (!m.read) choices.push({ label: t('network-mat-btn-read'), value: `tl:r:${m.id}` });
  if (isOfficial(h)) choices.push({ label: t('network-mat-btn-readers'), value: `tl:w:${m.id}` });
  choices.push({ label: clipText(`‹ ${m.topic}`, LABEL), value: `tl:t:${m.id}` });
  const status = m.read ? [t('network-mat-status-read')] : [];
  return [{ text: [head, m.body ? `\n${m.body}` : '', ...note, ...status].filter(Boolean).join('\n'), choices }];
}

/** Where this channel cannot carry the file: a signed link to the kept copy for this person (core/media/file-link.ts), else the note. */
async function fileLinkLine(h: HandlerContext, m: MaterialView, env: MaterialEnv): Promise<string> {
  const t = h.flow.t;
  const mediaId = m.attachment?.mediaId;
  const kept = mediaId ? (await keptFileOf(h.tx, env.filesDir, mediaId)).file : null;
  const link = kept && mediaId ? await makeFileLink(h.tx, env.links, { type: 'media', id: mediaId, personId: h.person!.id }, h.flow.now) : null;
  if (!link || !kept) return t('network-mat-file-elsewhere');
  return t('network-mat-file-link', { name: kept.fileName, hours: Math.round(env.links.ttlMs / 3_600_000), url: link.url });
}

/** The material's file for this chat: the channel's own file id where it came from, else the kept copy if this channel can carry it. */
async function fileMessage(h: HandlerContext, m: MaterialView, env: MaterialEnv): Promise<OutboundMessage | null> {
  const a = m.attachment;
  if (!a) return null;
  const caption = clipText(m.title, 200);
  const named = a.fileName ? { fileName: a.fileName } : {};
  if (a.channel === h.account.channel) return { type: 'media', kind: a.kind, source: a.source, ...named, caption };
  const kept = a.mediaId ? (await keptFileOf(h.tx, env.filesDir, a.mediaId)).file : null;
  const kind = kept ? keptFileKind(kept, h.account.channel) : null;
  return kept && kind ? { type: 'media', kind, source: kept.path, fileName: kept.fileName, caption } : null;
}
