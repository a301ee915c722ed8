import type { Intake } from '../../bot/engine/intake.js';
import type { OutboundMessage } from '../../core/kernel/messages.js';
import type { ChatUser, SeenMessage } from './chat-driver.js';

/**
 * A sandbox-channel user talking straight to an intake engine (no HTTP), for flow-level tests.
 * `receivedAt` stamps the updates (a test whose intake runs on a fixed clock passes the same).
 */
export function intakeUser(intake: () => Intake, outbox: Map<string, OutboundMessage[]>, accountId: string, o: { receivedAt?: () => Date } = {}): ChatUser {
  let seq = 0;
  const deliver = async (payload: Parameters<Intake['handle']>[0]['payload']): Promise<SeenMessage[]> => {
    const before = outbox.get(accountId)?.length ?? 0;
    // One engine per message (a test may hand a fresh one each time, as after a restart): the
    // replies leave through that engine's reply drain just after commit, so wait on the same one.
    const engine = intake();
    await engine.handle({
      channel: 'sandbox',
      accountId,
      updateKey: `${accountId}-${Date.now()}-${++seq}`,
      receivedAt: o.receivedAt?.() ?? new Date(),
      payload,
    });
    await engine.replies.idle();
    return (outbox.get(accountId) ?? []).slice(before).map((m) => ({
      text: m.type === 'text' ? m.text : (m.caption ?? ''),
      choices: m.choices ?? [],
    }));
  };
  return { send: (text) => deliver({ type: 'text', text }), press: (data) => deliver({ type: 'choice', data }) };
}

/** A `deliver` function for createIntake that files every reply under its account. */
export function collectInto(outbox: Map<string, OutboundMessage[]>) {
  return async (a: { accountId: string }, messages: OutboundMessage[]) => {
    outbox.set(a.accountId, [...(outbox.get(a.accountId) ?? []), ...messages]);
  };
}
