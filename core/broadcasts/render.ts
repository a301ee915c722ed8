import type { ChannelLimits } from '../kernel/channel.js';
import type { Locale, Translate } from '../kernel/i18n.js';
import { formatDateTime } from '../kernel/datetime.js';
import type { ChannelName, Choice, OutboundMessage } from '../kernel/messages.js';
import { splitText } from '../kernel/text.js';
import { keptFileKind, type KeptFile } from '../media/channel-fit.js';
import type { BroadcastAttachment } from './broadcast.js';

/** What every recipient of one broadcast gets (cached per worker: 100k jobs, one body). */
export interface BroadcastContent {
  id: string;
  title: string;
  body: string;
  /** The sending unit (the author's unit): every recipient is told who sends the guidance. */
  sender: string;
  attachment: BroadcastAttachment | null;
  /** The attachment's kept copy once stored (core/media): sent where the channel's own file id does not work. */
  file?: KeptFile | null;
  /** The guidance carries a training material: where its file cannot go, /tailieu gives the link. */
  material?: boolean;
  requireAck: boolean;
  ackDeadline: Date | null;
}

export interface RenderEnv {
  t: Translate;
  timeZone: string;
}

/** A link made for one recipient to the kept copy (core/media/file-link.ts), valid `hours`. */
export interface PersonalFileLink {
  url: string;
  hours: number;
}

/** Button prefix of "Đã nhận": `bk:<deliveryId>` (≤ 24 bytes; the id is opaque, checked against the presser). */
const ACK_PREFIX = 'bk';

export function ackData(deliveryId: number): string {
  return `${ACK_PREFIX}:${deliveryId}`;
}

/** "17:00 25/12/2026" in the zone (the one format: core/kernel/datetime.ts). */
export function formatWhen(at: Date, _locale: Locale, timeZone: string): string {
  return formatDateTime(at, timeZone);
}

/**
 * The attachment as this channel can take it: the channel's own file id on the channel it came
 * from (a re-send, no upload), else the kept copy when the channel can carry its kind; null: a
 * note in the text instead.
 */
function attachmentPart(c: BroadcastContent, channel: ChannelName, limits: ChannelLimits): OutboundMessage | null {
  const a = c.attachment;
  if (!a) return null;
  const caption = c.title.length <= limits.maxCaption ? c.title : undefined;
  if (a.channel === channel) return { type: 'media', kind: a.kind, source: a.source, fileName: a.fileName, caption };
  const kind = c.file ? keptFileKind(c.file, channel) : null;
  return kind && c.file ? { type: 'media', kind, source: c.file.path, fileName: c.file.fileName, caption } : null;
}

/**
 * Whether a recipient on this channel needs a personal link to the guidance's kept file: the
 * channel cannot carry it (Zalo Bot; Zalo OA for kinds and sizes it refuses). A training
 * material's readers get theirs in /tailieu instead.
 */
export function wantsFileLink(c: BroadcastContent, channel: ChannelName, limits: ChannelLimits): boolean {
  return !!c.file && !c.material && attachmentPart(c, channel, limits) === null;
}

/**
 * The messages one recipient gets, in order: the attachment (its own file id on its channel, the
 * kept copy on the others that can take it; else the recipient's own link to the kept copy, or a
 * note), then the text split on paragraph boundaries at the channel's limit. "Đã nhận" sits under
 * the last part; a channel without buttons gets a typed command to acknowledge instead. Pure and
 * deterministic, so a retry re-renders the same parts and resumes after the ones already sent.
 */
export function deliveryParts(
  c: BroadcastContent,
  deliveryId: number,
  channel: ChannelName,
  limits: ChannelLimits,
  locale: Locale,
  env: RenderEnv,
  link?: PersonalFileLink | null,
): OutboundMessage[] {
  const t = (key: string, args?: Record<string, string | number>) => env.t(locale, key, args);
  const paras = [`${t('broadcast-msg-header', { title: c.title })}\n${t('broadcast-msg-sender', { unit: c.sender })}`, c.body];
  const buttons = c.requireAck && limits.maxButtons > 0;
  if (c.requireAck) {
    paras.push(c.ackDeadline ? t('broadcast-msg-ack-by', { deadline: formatWhen(c.ackDeadline, locale, env.timeZone) }) : t('broadcast-msg-ack-asked'));
    if (!buttons) paras.push(t('broadcast-msg-ack-typed'));
  }
  const out: OutboundMessage[] = [];
  const file = attachmentPart(c, channel, limits);
  if (file) out.push(file);
  else if (c.attachment) paras.splice(2, 0, fileNote(c, link, t));
  const parts = splitText(paras.join('\n\n'), limits.maxText);
  parts.forEach((text, i) => {
    const last = i === parts.length - 1;
    out.push(last && buttons ? { type: 'text', text, choices: [ackChoice(deliveryId, t)] } : { type: 'text', text });
  });
  return out;
}

/** Where the file cannot go: the recipient's link, /tailieu for a material's kept file, else who to ask. */
function fileNote(c: BroadcastContent, link: PersonalFileLink | null | undefined, t: (key: string, args?: Record<string, string | number>) => string): string {
  const name = c.file?.fileName ?? c.attachment?.fileName ?? c.title;
  if (link && c.file) return t('broadcast-msg-file-link', { name, hours: link.hours, url: link.url });
  return t(c.file && c.material ? 'broadcast-msg-file-library' : 'broadcast-msg-file-elsewhere', { name });
}

/**
 * The same parts for another recipient of the same broadcast, channel and locale: only the
 * "Đã nhận" button's data differs, so senders render once and re-address (100k recipients).
 */
export function readdress(parts: OutboundMessage[], deliveryId: number): OutboundMessage[] {
  const last = parts.at(-1);
  if (!last?.choices?.length) return parts;
  return [
    ...parts.slice(0, -1),
    { ...last, choices: last.choices.map((c) => (c.data.startsWith(`${ACK_PREFIX}:`) ? { ...c, data: ackData(deliveryId) } : c)) },
  ];
}

function ackChoice(deliveryId: number, t: (key: string) => string): Choice {
  return { label: t('broadcast-ack-button'), data: ackData(deliveryId) };
}

/** The one reminder to a recipient who has not acknowledged yet; like the guidance, it names the sending unit. */
export function reminderMessage(c: BroadcastContent, deliveryId: number, limits: ChannelLimits, locale: Locale, env: RenderEnv): OutboundMessage {
  const t = (key: string, args?: Record<string, string | number>) => env.t(locale, key, args);
  const deadline = c.ackDeadline ? formatWhen(c.ackDeadline, locale, env.timeZone) : '';
  const text = t(c.ackDeadline ? 'broadcast-remind-by' : 'broadcast-remind', { title: c.title, unit: c.sender, deadline });
  if (limits.maxButtons === 0) return { type: 'text', text: `${text}\n\n${t('broadcast-msg-ack-typed')}` };
  return { type: 'text', text, choices: [ackChoice(deliveryId, t)] };
}
