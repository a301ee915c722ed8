import { sql, type Placeholder, type SQL } from 'drizzle-orm';
import { rowsOf } from '../../db/client.js';
import { statement } from '../../db/prepared.js';
import type { HandlerContext } from './registry.js';
import { sameLabel } from './conversation-state.js';

/** How far back a message a worker sent (a poll, an invitation, an alert) still answers a typed label. */
const RECENT_DAYS = 3;
/** Its newest few messages with buttons are looked at, newest first. */
const RECENT_MESSAGES = 3;

/** The buttons of one such message, as the worker stored them (sends.message). */
export type NoticeChoices = { label?: unknown; data?: unknown }[];

/** The person's recent messages with buttons, newest first: one row (`choices`) per message. */
function recentChoicesSql(personId: SQL | Placeholder): SQL {
  return sql`
    select message -> 'choices' as choices from sends
    where person_id = ${personId} and created_at > now() - make_interval(days => ${sql.raw(String(RECENT_DAYS))})
      and jsonb_typeof(message -> 'choices') = 'array'
    order by created_at desc limit ${sql.raw(String(RECENT_MESSAGES))}`;
}

/**
 * The same rows as one jsonb array (null for no person), for the intake's claim statement to read
 * with the update (bot/engine/intake-sql.ts): no statement and no round trip of its own.
 */
export function recentChoicesArraySql(personId: SQL): SQL {
  return sql`(select coalesce(jsonb_agg(r.choices), '[]'::jsonb) from (${recentChoicesSql(personId)}) r)`;
}

/** Built once (db/prepared.ts): it runs for free text typed outside a form when the claim did not read it. */
const recentChoices = statement(recentChoicesSql(sql.placeholder('personId')));

/** What the claim read for this update's context (intake.ts), by context: a refreshed context reads again. */
const readWithClaim = new WeakMap<HandlerContext, NoticeChoices[]>();

/** The claim statement read the person's recent buttons already (as of its snapshot, with the lock held). */
export function rememberNoticeChoices(h: HandlerContext, choices: NoticeChoices[]): void {
  readWithClaim.set(h, choices);
}

/**
 * A label typed instead of pressed, on a message the person got from a worker rather than as a
 * reply (a poll's «Chưa hợp lý», an invitation's «Tham dự»): such buttons are not the open
 * question the conversation knows, so the typed answer was taken for free text and lost. The
 * button's data (a command or an action), or null. Only a whole label counts: never a guess.
 */
export async function typedNoticeButton(h: HandlerContext, text: string): Promise<string | null> {
  if (!h.person) return null;
  const lists = readWithClaim.get(h) ?? rowsOf<{ choices: NoticeChoices }>(await recentChoices(h.tx, { personId: h.person.id })).map((r) => r.choices);
  for (const choices of lists) {
    const hit = choices.find((c) => typeof c.label === 'string' && typeof c.data === 'string' && sameLabel(c.label, text));
    if (hit) return hit.data as string;
  }
  return null;
}
