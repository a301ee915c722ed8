import type { Db } from '../../../db/client.js';
import type { ChannelLimits } from '../../../core/kernel/channel.js';
import type { Translate } from '../../../core/kernel/i18n.js';
import type { OutboundMessage } from '../../../core/kernel/messages.js';
import type { ClaimedSend } from '../../../core/delivery/ledger.js';
import type { BroadcastSettings } from '../../../core/broadcasts/broadcast.js';
import { pauseForQuiet } from '../../../core/broadcasts/control.js';
import { isQuiet } from '../../../core/broadcasts/quiet.js';
import { deliveryParts, readdress, wantsFileLink, type BroadcastContent, type PersonalFileLink } from '../../../core/broadcasts/render.js';
import { createFileLinker, type FileLinkSettings } from '../../../core/media/file-link.js';
import type { BroadcastRows } from '../delivery/send-lane.js';
import type { ContentCache } from './deps.js';

export interface BroadcastRowsDeps {
  db: Db;
  t: Translate;
  /** Read at each call (quiet hours, time zone). */
  settings: Pick<BroadcastSettings, 'quiet' | 'timeZone'>;
  content: ContentCache;
  /** Where a recipient's personal link to a guidance's kept file points (PUBLIC_URL, FILE_LINK_HOURS). */
  links: FileLinkSettings;
  clock?: () => Date;
}

/**
 * What the one send processor needs for a broadcast's ledger rows: their parts, rendered once
 * per broadcast, channel and locale and re-addressed per row ("Đã nhận" carries the row's id) —
 * except for a recipient whose channel cannot carry the guidance's file, whose parts carry their
 * own link to it — and quiet hours (a non-urgent broadcast pauses until they end; the monitor
 * resumes it).
 */
export function createBroadcastRows(deps: BroadcastRowsDeps): BroadcastRows {
  const clock = deps.clock ?? (() => new Date());
  const rendered = new Map<string, OutboundMessage[]>();
  const link = createFileLinker(deps.db, deps.links);
  const hours = Math.round(deps.links.ttlMs / 3_600_000);
  /** A link for this person to the guidance's kept file; null without PUBLIC_URL (the note says who to ask). */
  const personalLink = async (c: BroadcastContent, personId: string): Promise<PersonalFileLink | null> => {
    const made = c.attachment?.mediaId ? await link({ type: 'media', id: c.attachment.mediaId, personId }, clock()) : null;
    return made ? { url: made.url, hours } : null;
  };
  return {
    async parts(row: ClaimedSend, limits: ChannelLimits) {
      const content = row.broadcastId ? await deps.content.get(row.broadcastId) : null;
      if (!content) return null;
      const env = { t: deps.t, timeZone: deps.settings.timeZone };
      if (wantsFileLink(content, row.channel, limits)) {
        return deliveryParts(content, row.id, row.channel, limits, row.locale, env, await personalLink(content, row.personId));
      }
      const key = `${content.id}|${row.channel}|${row.locale}`;
      let parts = rendered.get(key);
      if (!parts) {
        if (rendered.size >= 64) rendered.delete(rendered.keys().next().value!);
        parts = deliveryParts(content, 0, row.channel, limits, row.locale, env);
        rendered.set(key, parts);
      }
      return readdress(parts, row.id);
    },
    async holdForQuiet(row: ClaimedSend) {
      if (!row.broadcastId || !isQuiet(clock(), deps.settings.quiet)) return false;
      await pauseForQuiet(deps.db, row.broadcastId);
      return true;
    },
  };
}
