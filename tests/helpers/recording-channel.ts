import { setTimeout as sleep } from 'node:timers/promises';
import type { ChannelAdapter, ChannelLimits, SentRef } from '../../core/kernel/channel.js';
import { SendError, type SendFailure } from '../../core/kernel/errors.js';
import type { ChannelName, OutboundMessage } from '../../core/kernel/messages.js';
import { waitFor } from './wait.js';

export interface RecordedSend {
  accountId: string;
  message: OutboundMessage;
  text: string;
  /** Button data in order (to "press" them back through the intake). */
  buttons: string[];
  at: number;
}

export interface RecordingChannel extends ChannelAdapter {
  sent: RecordedSend[];
  /** Sends to this account fail with `kind` (the next `times` sends, or every send when omitted). */
  failWith(accountId: string, kind: SendFailure, opts?: { times?: number; retryAfterMs?: number }): void;
  /** How many send attempts reached the "platform" for this account (failed ones included). */
  attempts(accountId: string): number;
  to(accountId: string): RecordedSend[];
  /** Resolves when `predicate` holds over what was sent (polls; rejects after timeoutMs). */
  waitFor(predicate: (sent: RecordedSend[]) => boolean, timeoutMs?: number): Promise<void>;
  clear(): void;
}

const LIMITS: ChannelLimits = { maxText: 4096, maxCaption: 1024, maxButtons: 8, maxCallbackBytes: 64, supportsLocationRequest: true };

/**
 * An in-memory test double of a remote chat platform: records what we send and can be told to
 * fail the way platforms do (blocked user, 429, Zalo window, network). Database and Redis stay real.
 */
export function createRecordingChannel(channel: ChannelName = 'sandbox', opts: { latencyMs?: number } = {}): RecordingChannel {
  const sent: RecordedSend[] = [];
  const failures = new Map<string, { kind: SendFailure; times: number; retryAfterMs?: number }>();
  const tries = new Map<string, number>();
  let nextId = 1;
  return {
    channel,
    limits: LIMITS,
    sent,
    async send(accountId: string, message: OutboundMessage): Promise<SentRef[]> {
      tries.set(accountId, (tries.get(accountId) ?? 0) + 1);
      if (opts.latencyMs) await sleep(opts.latencyMs);
      const f = failures.get(accountId);
      if (f && f.times !== 0) {
        if (f.times > 0) f.times--;
        throw new SendError(f.kind, `simulated ${f.kind}`, f.retryAfterMs);
      }
      const text = message.type === 'text' ? message.text : (message.caption ?? '');
      sent.push({ accountId, message, text, buttons: (message.choices ?? []).map((c) => c.data), at: Date.now() });
      return [{ messageId: String(nextId++) }];
    },
    async edit(accountId: string, _ref: SentRef, message: OutboundMessage): Promise<SentRef> {
      const [ref] = await this.send(accountId, message);
      return ref!;
    },
    failWith(accountId, kind, o = {}) {
      failures.set(accountId, { kind, times: o.times ?? -1, retryAfterMs: o.retryAfterMs });
    },
    attempts: (accountId) => tries.get(accountId) ?? 0,
    to: (accountId) => sent.filter((s) => s.accountId === accountId),
    async waitFor(predicate, timeoutMs = 15_000) {
      await waitFor(() => sent, { until: predicate, timeout: timeoutMs, what: `the recording channel's condition (${sent.length} sent so far)` });
    },
    clear() {
      sent.length = 0;
      failures.clear();
      tries.clear();
    },
  };
}
