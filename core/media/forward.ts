import { and, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { hotSpots, media, people, reports, sends } from '../../db/schema/index.js';
import type { Locale, Translate } from '../kernel/i18n.js';
import type { ChannelName, OutboundMessage } from '../kernel/messages.js';
import { pickAccount, queueMessage } from '../delivery/sends.js';
import type { MediaOwner } from './attach.js';
import { makeFileLink, type FileLinkSettings } from './file-link.js';
import { keptFileKind } from './channel-fit.js';
import { storedFile } from './store.js';

export interface StoredMedia {
  id: string;
  owner: MediaOwner;
  kind: string;
  mimeType: string;
  fileName: string | null;
  size: number | null;
  /** Absolute path of the kept copy: the adapters upload local files. */
  file: string;
}

/** Who heard of an owner: the alert's level notices and updates (`hs-<id>-s<n>`, `-upd-`), a report's notice (`rn-<id>`). */
function noticePurposes(owner: MediaOwner): string {
  return owner.type === 'hot_spot' ? `^hs-${owner.id}-(s[0-9]+|upd-[0-9]+)$` : `^rn-${owner.id}$`;
}

/** How forwarding speaks and links: the locale texts, and where file links point. */
export interface ForwardEnv {
  t: Translate;
  links: FileLinkSettings;
}

/**
 * Sends a freshly kept attachment to the officials already told of its alert or report, in
 * their own language; the reporter is never among them. What a channel cannot upload (voice and
 * video on Zalo, anything on Zalo Bot) goes as a link instead (see `forward`). Idempotent per
 * (attachment, person).
 */
export async function forwardToNotified(tx: Executor, env: ForwardEnv, m: StoredMedia): Promise<number> {
  const head = await ownerHead(tx, m.owner);
  if (!head) return 0;
  const notified = await tx
    .selectDistinct({ personId: sends.personId, locale: people.locale })
    .from(sends)
    .innerJoin(people, eq(people.id, sends.personId))
    .where(
      and(
        sql`${sends.purpose} ~ ${noticePurposes(m.owner)}`,
        inArray(sends.state, ['queued', 'sending', 'sent']),
        head.reporterId ? ne(sends.personId, head.reporterId) : undefined,
      ),
    );
  return forward(tx, env, m, head.receiptNo, notified);
}

/**
 * The files already kept for an alert or report, sent to officials told of it later (the unit
 * above when an alert escalates): they get the photos the first officials got. Idempotent.
 */
export async function forwardKeptTo(
  tx: Executor,
  env: ForwardEnv,
  filesDir: string,
  owner: MediaOwner,
  recipients: { id: string; locale: string }[],
): Promise<number> {
  if (recipients.length === 0) return 0;
  const head = await ownerHead(tx, owner);
  if (!head) return 0;
  const kept = await tx
    .select({ id: media.id, kind: media.kind, mimeType: media.mimeType, fileName: media.fileName, size: media.size, storedPath: media.storedPath })
    .from(media)
    .where(and(eq(media.ownerType, owner.type), eq(media.ownerId, owner.id), eq(media.status, 'stored')))
    .orderBy(media.createdAt);
  const people = recipients.filter((r) => r.id !== head.reporterId).map((r) => ({ personId: r.id, locale: r.locale }));
  let queued = 0;
  for (const k of kept) {
    const file = k.storedPath ? storedFile(filesDir, k.storedPath) : null;
    if (!file || !k.mimeType) continue;
    const m = { id: k.id, owner, kind: k.kind, mimeType: k.mimeType, fileName: k.fileName, size: k.size, file };
    queued += await forward(tx, env, m, head.receiptNo, people);
  }
  return queued;
}

/**
 * The file itself where the person's channel can upload it; else a message with a signed link to
 * the kept copy (PUBLIC_URL set) or one saying the file waits in the console.
 */
async function forward(tx: Executor, env: ForwardEnv, m: StoredMedia, receiptNo: string, to: { personId: string; locale: string | null }[]): Promise<number> {
  const what = m.owner.type === 'hot_spot' ? 'alert' : 'report';
  let queued = 0;
  for (const p of to) {
    const account = await pickAccount(tx, p.personId);
    if (!account) continue;
    const locale = p.locale as Locale;
    const fileName = m.fileName ?? defaultName(m);
    const kind = keptFileKind({ path: m.file, mimeType: m.mimeType, fileName, size: m.size ?? Number.POSITIVE_INFINITY }, account.channel as ChannelName);
    const message: OutboundMessage = kind
      ? {
          type: 'media',
          kind,
          source: m.file,
          fileName,
          caption: env.t(locale, `media-forward-${what}`, { receipt: receiptNo }),
        }
      : { type: 'text', text: await linkText(tx, env, m, { personId: p.personId, locale, receipt: receiptNo, what }) };
    if (await queueMessage(tx, { purpose: `media-${m.id}`, personId: p.personId, message, lane: 'interactive' })) queued++;
  }
  return queued;
}

async function linkText(
  tx: Executor,
  env: ForwardEnv,
  m: StoredMedia,
  to: { personId: string; locale: Locale; receipt: string; what: string },
): Promise<string> {
  const kind = env.t(to.locale, `browse-media-${kindOf(m.mimeType)}`);
  const link = await makeFileLink(tx, env.links, { type: 'media', id: m.id, personId: to.personId });
  const args = { receipt: to.receipt, kind, hours: Math.round(env.links.ttlMs / 3_600_000) };
  return link ? env.t(to.locale, `media-link-${to.what}`, { ...args, url: link.url }) : env.t(to.locale, `media-console-${to.what}`, args);
}

/** What the file is, by its kept bytes: a video sent as a Zalo "file" is still a video. */
function kindOf(mimeType: string): 'photo' | 'voice' | 'video' | 'document' {
  if (mimeType.startsWith('image/')) return 'photo';
  if (mimeType.startsWith('audio/')) return 'voice';
  return mimeType.startsWith('video/') ? 'video' : 'document';
}

async function ownerHead(tx: Executor, owner: MediaOwner): Promise<{ receiptNo: string; reporterId: string | null } | null> {
  const table = owner.type === 'hot_spot' ? hotSpots : reports;
  const [row] = await tx.select({ receiptNo: table.receiptNo, reporterId: table.reporterId }).from(table).where(eq(table.id, owner.id));
  return row ? { receiptNo: row.receiptNo ?? '', reporterId: row.reporterId } : null;
}

const EXT: Record<string, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/gif': 'gif',
  'audio/ogg': 'ogg',
  'audio/mpeg': 'mp3',
  'audio/mp4': 'm4a',
  'video/mp4': 'mp4',
  'application/pdf': 'pdf',
  'application/zip': 'zip',
  'application/msword': 'doc',
};

/** "tep-1a2b3c4d.jpg": platforms show a name; never the reporter's. */
export function defaultName(m: { id: string; mimeType: string }): string {
  return `tep-${m.id.slice(0, 8)}.${EXT[m.mimeType] ?? 'bin'}`;
}
