import { eq } from 'drizzle-orm';
import { broadcasts, people } from '../../../db/schema/index.js';
import type { Locale } from '../../../core/kernel/i18n.js';
import type { ChannelName } from '../../../core/kernel/messages.js';
import { pickAccount } from '../../../core/delivery/sends.js';
import { etaSeconds, progressMessage, type Figures } from '../../../core/broadcasts/figures.js';
import type { BroadcastJobDeps } from './deps.js';
import type { BroadcastRow } from './monitor.js';

interface ProgressRef {
  channel: ChannelName;
  accountId: string;
  messageId: string;
}

/**
 * The author's one progress message: sent once, then edited in place (ChannelAdapter.edit) when
 * the figures change — never a stream of messages. A channel that cannot edit sends anew and
 * the new message becomes the one edited next time.
 */
export async function updateProgress(deps: BroadcastJobDeps, b: BroadcastRow, f: Figures): Promise<void> {
  if (b.status === 'scheduled' && !b.progressRef) return;
  const [author] = await deps.db.select({ locale: people.locale }).from(people).where(eq(people.id, b.authorId));
  const locale: Locale = author?.locale === 'en' ? 'en' : 'vi';
  const eta = etaSeconds(f.pendingByChannel, deps.settings.rates);
  const msg = progressMessage(b, f, eta, locale, deps.t);
  const key = `${msg.text}|${msg.choices.map((c) => c.data).join(',')}`;
  if (key === b.progressText) return;
  const ref = b.progressRef as ProgressRef | null;
  const account = ref ?? (await pickAccount(deps.db, b.authorId).then((a) => (a ? { channel: a.channel, accountId: a.externalId } : null)));
  const adapter = account ? deps.channels[account.channel] : undefined;
  if (!account || !adapter) return;
  const out = { type: 'text' as const, text: msg.text, choices: msg.choices };
  const sent = ref ? await adapter.edit(ref.accountId, { messageId: ref.messageId }, out) : (await adapter.send(account.accountId, out)).at(-1);
  if (!sent) return;
  const next: ProgressRef = { channel: account.channel, accountId: account.accountId, messageId: sent.messageId };
  await deps.db.update(broadcasts).set({ progressRef: next, progressText: key }).where(eq(broadcasts.id, b.id));
}
