import type { ChannelAdapter } from '../../core/kernel/channel.js';
import type { InboundMessage, OutboundMessage } from '../../core/kernel/messages.js';

/**
 * What the shared adapter contract suite (tests/contract/adapter-contract.ts) needs from each
 * channel: the real adapter wired to a local fake server that speaks the platform's HTTP wire
 * format, a way to make the fake platform deliver user actions, and a normalised view of what
 * the fake platform received from us.
 */
export interface SentRecord {
  accountId: string;
  /** Text (or caption) as the user would see it. */
  text: string;
  /** Button labels in order, when the platform rendered real buttons. */
  buttons: string[];
  /** Raw callback/payload data on each button (to press it back). */
  buttonData: string[];
  kind: 'text' | 'photo' | 'document' | 'location_request';
}

export interface ContractHarness {
  adapter: ChannelAdapter;
  /** Everything the adapter parsed and handed to the engine so far. */
  received: InboundMessage[];
  /** What the fake platform received (normalised). May be async (the sandbox reads it over HTTP). */
  sent(): SentRecord[] | Promise<SentRecord[]>;
  /** Make the fake platform deliver these user actions to the adapter (webhook POST or getUpdates). */
  userSendsText(accountId: string, text: string): Promise<void>;
  userPressesButton(accountId: string, data: string): Promise<void>;
  userSendsLocation(accountId: string, latitude: number, longitude: number): Promise<void>;
  userSendsPhoto(accountId: string): Promise<void>;
  /** Deliver the exact same raw update again (redelivery). */
  redeliverLast(): Promise<void>;
  /** Next send to this account fails as the platform would: blocked user, rate limit, or out of window. */
  failNextSend(accountId: string, how: 'blocked' | 'rate_limited' | 'out_of_window'): void | Promise<void>;
  /**
   * A fresh account the platform will accept (the sandbox only knows accounts it handed out).
   * Optional: without it the suite uses distinct numeric ids, valid on Telegram and Zalo.
   */
  newAccount?(): Promise<string>;
  /** Waits until `received.length >= n` (polling adapters are asynchronous). */
  waitForReceived(n: number): Promise<void>;
  close(): Promise<void>;
  /** Channel capabilities the suite adapts to. */
  textOnly: boolean;
  supportsOutOfWindow: boolean;
}

export type HarnessFactory = () => Promise<ContractHarness>;

/**
 * Static facts the suite needs while it *registers* tests (before any harness exists), so
 * capability-specific cases are added or left out rather than skipped. The suite checks that
 * they agree with the harness's own `supportsOutOfWindow`.
 */
export interface ContractTraits {
  supportsOutOfWindow?: boolean;
}
export type { OutboundMessage };
