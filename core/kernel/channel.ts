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

export type InboundHandler = (msg: InboundMessage) => Promise<unknown>;

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
  start?(handler: InboundHandler): Promise<void>;
  stop?(): Promise<void>;
}

export type ChannelRegistry = Partial<Record<ChannelName, ChannelAdapter>>;
