import { sql } from 'drizzle-orm';
import { rowsOf } from '../../db/client.js';
import { statement } from '../../db/prepared.js';
import type { HandlerContext } from './registry.js';
import { sameLabel } from './conversation-state.js';

/** How far back a message a worker sent (a poll, an invitation, an alert) still answers a typed label. */
const RECENT_DAYS = 3;
/** Its newest few messages with buttons are looked at, newest first. */
const RECENT_MESSAGES = 3;

/** Built once (db/prepared.ts): it runs for most free text typed outside a form. */
const recentChoices = statement(sql`
  select message -> 'choices' as choices from sends
  where person_id = ${sql.placeholder('personId')} and created_at > now() - make_interval(days => ${sql.raw(String(RECENT_DAYS))})
    and jsonb_typeof(message -> 'choices') = 'array'
  order by created_at desc limit ${sql.raw(String(RECENT_MESSAGES))}`);

/**
 * A label typed instead of pressed, on a message the person got from a worker rather than as a
 * reply (a poll's «Chưa hợp lý», an invitation's «Tham dự»): such buttons are not the open
 * question the conversation knows, so the typed answer was taken for free text and lost. The
 * button's data (a command or an action), or null. Only a whole label counts: never a guess.
 */
export async function typedNoticeButton(h: HandlerContext, text: string): Promise<string | null> {
  if (!h.person) return null;
  const rows = rowsOf<{ choices: { label?: unknown; data?: unknown }[] }>(await recentChoices(h.tx, { personId: h.person.id }));
  for (const { choices } of rows) {
    const hit = choices.find((c) => typeof c.label === 'string' && typeof c.data === 'string' && sameLabel(c.label, text));
    if (hit) return hit.data as string;
  }
  return null;
}
