import { eq, or } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { conversations, people } from '../../db/schema/index.js';
import { appendAudit } from '../compliance/audit.js';
import type { Locale } from '../kernel/i18n.js';

/**
 * A person's language (issue 17 item 6): what the bot says in this chat from now on, and — once
 * registered — what everything sent to them later is written in (people.locale), on every channel
 * account they have. Unregistered (choosing at registration): only this chat; the person created
 * from the invite takes it over.
 */
export async function setLocale(tx: Executor, who: { accountKey: string; personId: string | null }, locale: Locale): Promise<void> {
  const mine = who.personId
    ? or(eq(conversations.accountKey, who.accountKey), eq(conversations.personId, who.personId))
    : eq(conversations.accountKey, who.accountKey);
  await tx.update(conversations).set({ locale }).where(mine);
  if (!who.personId) return;
  await tx.update(people).set({ locale }).where(eq(people.id, who.personId));
  await appendAudit(tx, { actorId: who.personId, action: 'person.locale', targetType: 'person', targetId: who.personId, outcome: 'ok', details: { locale } });
}
