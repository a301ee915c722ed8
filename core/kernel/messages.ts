/** Channel-neutral message shapes. Flows and the domain never see a platform type. */

export type ChannelName = 'telegram' | 'zalo' | 'zalobot' | 'sandbox';
export const channelNames: readonly ChannelName[] = ['telegram', 'zalo', 'zalobot', 'sandbox'];

export type MediaKind = 'photo' | 'voice' | 'document' | 'video';

export interface MediaRef {
  kind: MediaKind;
  /** The channel's own file id (Telegram file_id, Zalo attachment URL…), kept for a later download job. */
  fileId: string;
  fileUniqueId?: string;
  mimeType?: string;
  fileName?: string;
  size?: number;
}

export type InboundPayload =
  | { type: 'text'; text: string }
  /** A button press; `data` is the opaque string we put on the button (≤ 64 bytes). */
  | { type: 'choice'; data: string }
  /** A shared point; `place` is the name and address of a shared venue (Telegram), when there is one. */
  | { type: 'location'; latitude: number; longitude: number; place?: string }
  | { type: 'media'; media: MediaRef; caption?: string }
  /** Something we cannot use (sticker, contact…): answered politely, never an error. */
  | { type: 'unsupported'; what: string }
  /** Channel lifecycle: follow / unfollow (Zalo OA), blocked (Telegram my_chat_member). */
  | { type: 'event'; event: 'follow' | 'unfollow' | 'blocked' | 'unblocked' };

export interface InboundMessage {
  channel: ChannelName;
  /** Unique per channel (update_id, msg_id…): the exactly-once key. */
  updateKey: string;
  /** The user's id on that channel. */
  accountId: string;
  receivedAt: Date;
  payload: InboundPayload;
  /** Telegram language_code etc.; used only to pick a locale for unregistered users. */
  languageHint?: string;
}

export interface Choice {
  label: string;
  /** Opaque, ≤ 64 bytes (Telegram callback_data). Flows use short values; the engine maps them. */
  data: string;
}

/**
 * A point shown after a text (an alert's coordinates): Telegram sends it as a location message,
 * or a venue when it has a title and an address, that opens in the reader's maps app. Channels
 * without location messages (Zalo, sandbox) send nothing more: the text carries the map link.
 */
export interface PlacePin {
  latitude: number;
  longitude: number;
  title?: string;
  address?: string;
}

export type OutboundMessage =
  | { type: 'text'; text: string; choices?: Choice[]; requestLocation?: boolean; place?: PlacePin }
  | { type: 'media'; kind: 'photo' | 'document'; source: string; fileName?: string; caption?: string; choices?: Choice[] };

/** `telegram:123` — ids carry their channel (DESIGN §3). */
export function accountKey(channel: ChannelName, accountId: string): string {
  return `${channel}:${accountId}`;
}
