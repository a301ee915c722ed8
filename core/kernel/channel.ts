import type { ChannelName, InboundMessage, OutboundMessage } from './messages.js';

export interface ChannelLimits {
  maxText: number;
  maxCaption: number;
  /** Max inline buttons per message; 0 = text-only channel (choices become a numbered list). */
  maxButtons: number;
  maxCallbackBytes: number;
  supportsLocationRequest: boolean;
}

export interface SentRef {
  messageId: string;
}

/**
 * The engine's entry as the channels see it (`bot/engine/intake.ts` handle). It resolves once
 * the update is done with — applied, a duplicate, refused by flood control, or recorded as
 * failed (outcome 'failed': the engine told the person) — and the channel confirms it. It
 * rejects only when the update could not be recorded at all; the channel then retries while
 * the error is transient (`isTransient` in core/kernel/retry.ts: the database is away), once
 * otherwise, and then skips it with an error log and a `update_skipped` alert.
 */
export type InboundHandler = (msg: InboundMessage) => Promise<unknown>;

/**
 * What an admin must hear about from a channel, beside an error-level log line: counted in
 * /metrics as `dlxh_channel_alerts_total{channel, alert}` for alerting rules to watch.
 * - update_not_stored: a webhook update could not be stored and was answered 5xx (Zalo OA does
 *   not redeliver those);
 * - update_skipped: an update kept failing for a reason that will not go away and was skipped;
 * - zalo_billing: Zalo refused a paid-window message (-320/-321: no Zalo Cloud account or balance).
 */
export type ChannelAlert = 'update_not_stored' | 'update_skipped' | 'zalo_billing';

export interface ChannelAlerts {
  alert(channel: ChannelName, what: ChannelAlert): void;
}

/**
 * One shape for every channel (DESIGN §3): parse raw updates to InboundMessage, render
 * OutboundMessage to platform calls within the platform's limits, send. Send failures are
 * thrown as `SendError` with a `failure` kind the lanes act on.
 */
export interface ChannelAdapter {
  readonly channel: ChannelName;
  readonly limits: ChannelLimits;
  /** Renders and sends; long text is split, so one message may become several. */
  send(accountId: string, msg: OutboundMessage): Promise<SentRef[]>;
  /** Edits a message in place where the platform can (progress messages); otherwise sends anew. */
  edit(accountId: string, ref: SentRef, msg: OutboundMessage): Promise<SentRef>;
  /** Begins receiving (long polling) if this adapter polls; webhook adapters mount routes instead. */
  /**
   * Fetches a file a user sent by the id its inbound message carried (Telegram getFile, a Zalo
   * URL), at most `maxBytes`; throws core/media's DownloadError. Absent: only the id is kept.
   */
  download?(fileId: string, maxBytes: number): Promise<DownloadedFile>;
  start?(handler: InboundHandler): Promise<void>;
  stop?(): Promise<void>;
}

/** Bytes a channel gave back for a file id, with the type it declared (checked, never trusted). */
export interface DownloadedFile {
  bytes: Uint8Array;
  declaredType?: string;
}

export type ChannelRegistry = Partial<Record<ChannelName, ChannelAdapter>>;
