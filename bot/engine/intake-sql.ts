import { sql, type SQL } from 'drizzle-orm';
import type { OutboundMessage } from '../../core/kernel/messages.js';
import { replyInsert, replyValues, writtenReply, type WrittenReply } from '../../core/delivery/replies.js';
import { rowsOf, type Tx } from '../../db/client.js';
import { statement } from '../../db/prepared.js';
import { aboveIsProvinceSql, charterDueSql, type PersonView, type Role } from '../../core/people/people.js';
import { recentChoicesArraySql, type NoticeChoices } from './notice-buttons.js';

/**
 * The intake's two statements per update (DESIGN §4.2), each one round trip (prepared, see
 * db/prepared.ts): `claimTurn` records the update key, creates-or-locks the conversation and
 * reads the person in one statement; `saveTurn` writes the conversation, touches the channel
 * account when due and writes the replies in another. BEGIN leaves with the claim and COMMIT with the
 * save (patches/postgres): two round trips per update.
 */
type ReplyTarget = Parameters<typeof replyValues>[0];

export interface ClaimedTurn {
  state: unknown;
  locale: string;
  /**
   * The person as of the statement's snapshot, or undefined when that snapshot may be older than
   * the last update of this account: the lock was waited for (or the conversation is new), and a
   * previous update may have just registered or changed the person — read it again then.
   */
  person: PersonView | null | undefined;
  /** The account was written from less than a minute ago, and is active. */
  account: { seenRecently: boolean; active: boolean };
  /**
   * The person's recent buttons (notice-buttons.ts), read when the update may be a label typed
   * outside a form (`notice`) and `person` is trusted; undefined otherwise.
   */
  noticeChoices?: NoticeChoices[];
}

interface ClaimRow {
  state: unknown;
  locale: string;
  settled: boolean | null;
  seen_recently: boolean | null;
  active: boolean | null;
  id: string | null;
  display_name: string;
  role: Role;
  unit_id: string;
  unit_name: string;
  unit_kind: string;
  status: PersonView['status'];
  consent_at: string | Date | null;
  charter_due: string | null;
  above_is_province: boolean | null;
  notice_choices: NoticeChoices[] | null;
}

/** How often `channel_accounts.last_inbound_at` is written for an account that keeps writing. */
const TOUCH_EVERY = '1 minute';

const p = (name: string) => sql.placeholder(name);
const GENERIC = { generic: true };

/** Built once (db/prepared.ts `statement`); the values are claimTurn's `u`. */
const claim = statement(
  sql`
  with fresh as (
    insert into processed_updates (channel, update_key) values (${p('channel')}, ${p('updateKey')})
    on conflict do nothing returning 1
  ), pre as (
    select updated_at, person_id from conversations where account_key = ${p('accountKey')}
  ), conv as (
    insert into conversations (account_key, locale) select ${p('accountKey')}, ${p('locale')} where exists (select 1 from fresh)
    on conflict (account_key) do update set account_key = excluded.account_key
    returning state, locale, updated_at, person_id, xmax = 0 as inserted
  )
  select c.state, c.locale,
    (c.inserted or (p.updated_at = c.updated_at and p.person_id is not distinct from c.person_id)) as settled,
    ca.last_inbound_at > ${p('now')}::timestamptz - ${TOUCH_EVERY}::interval as seen_recently,
    (ca.status = 'active' and ca.unreachable_reason is null) as active,
    pe.id, pe.display_name, pe.role, pe.unit_id, un.name as unit_name, un.kind as unit_kind, pe.status, pe.consent_at,
    ${charterDueSql(sql.raw('pe'))} as charter_due,
    ${aboveIsProvinceSql(sql.raw('pe.unit_id'))} as above_is_province,
    case when ${p('notice')}::boolean and pe.status = 'active' and c.state ->> 'flow' is null
      then ${recentChoicesArraySql(sql.raw('pe.id'))} end as notice_choices
  from conv c
  left join pre p on true
  left join channel_accounts ca on ca.channel = ${p('channel')} and ca.external_id = ${p('externalId')}
  left join (people pe join units un on un.id = pe.unit_id) on pe.id = ca.person_id`,
  // Lookups by key: planning the claim took 3× its execution (EXPLAIN ANALYZE on the bench's
  // data: 0.41 against 0.14 ms), so it keeps a generic plan (db/prepared.ts switchPlans).
  GENERIC,
);

/**
 * Null when the update key was recorded before (a redelivery: nothing is locked or changed).
 * Otherwise the conversation row is locked until commit (ON CONFLICT DO UPDATE takes the row
 * lock, so a second update of this account waits here until this one commits).
 *
 * `pre` is the conversation as the statement's snapshot saw it, `conv` as it is once locked: if a
 * transaction of this account committed in between (we waited for it), its `updated_at` differs
 * (saveTurn makes it strictly increase) and the person read with the old snapshot is not trusted.
 * A conversation this statement created (`xmax = 0`) had no update before it to wait for.
 * `notice`: the update is text that is no command, so it may be a button's label typed outside a
 * form — the person's recent buttons are read too when no form is open (one statement fewer).
 */
export async function claimTurn(
  tx: Tx,
  u: { channel: string; updateKey: string; accountKey: string; externalId: string; locale: string; now: Date; notice: boolean },
): Promise<ClaimedTurn | null> {
  const rows = rowsOf<ClaimRow>(await claim(tx, { ...u, now: u.now.toISOString() }));
  const r = rows[0];
  if (!r) return null;
  const person: PersonView | null =
    r.id === null
      ? null
      : {
          id: r.id,
          displayName: r.display_name,
          role: r.role,
          unitId: r.unit_id,
          unitName: r.unit_name,
          unitKind: r.unit_kind,
          status: r.status,
          consentAt: r.consent_at === null ? null : new Date(r.consent_at),
          charterDue: r.charter_due,
          aboveIsProvince: r.above_is_province,
        };
  return {
    state: r.state,
    locale: r.locale,
    person: r.settled ? person : undefined,
    account: { seenRecently: r.seen_recently === true, active: r.active === true },
    ...(r.settled && r.notice_choices !== null && { noticeChoices: r.notice_choices }),
  };
}

/**
 * Writes the conversation (its `updated_at` never repeats, claimTurn relies on it), when `touch`
 * is set the account's last inbound time — and, for a message (`reopen`), marks it reachable
 * again (someone who writes to us can be written to again: Zalo window reopened, unblocked…) —
 * and the update's replies (core/delivery/replies.ts), all in one statement.
 */
export async function saveTurn(
  tx: Tx,
  t: {
    accountKey: string;
    state: unknown;
    flow: string | null;
    personId: string | null;
    now: Date;
    touch: { channel: string; externalId: string; reopen: boolean } | null;
    reply: { to: ReplyTarget; messages: OutboundMessage[]; leaseMs: number } | null;
  },
): Promise<WrittenReply | null> {
  const touch = t.touch ? (t.touch.reopen ? 'reopen' : 'touch') : 'none';
  const values = {
    accountKey: t.accountKey,
    state: JSON.stringify(t.state),
    flow: t.flow,
    personId: t.personId,
    now: t.now.toISOString(),
    channel: t.touch?.channel,
    externalId: t.touch?.externalId,
    ...(t.reply && replyValues(t.reply.to, t.reply.messages, t.reply.leaseMs)),
  };
  // The last statement of the transaction: COMMIT leaves with it (db/prepared.ts `commit`), and
  // nothing may fail after it.
  const rows = await saveStatement(touch, t.reply !== null)(tx, values, LAST);
  return t.reply ? writtenReply(rows, t.reply.to, t.reply.messages, t.reply.leaseMs) : null;
}

const LAST = { commit: true };

type Touch = 'none' | 'touch' | 'reopen';
type Save = ReturnType<typeof statement>;
const saves = new Map<string, Save>();

/** The save statement of each shape (touch or not, reply or not): six at most, each built once. */
function saveStatement(touch: Touch, reply: boolean): Save {
  const key = `${touch}:${reply}`;
  let s = saves.get(key);
  if (!s) saves.set(key, (s = statement(saveSql(touch, reply), GENERIC)));
  return s;
}

function saveSql(touch: Touch, reply: boolean): SQL {
  const writes: SQL[] = [
    sql`update conversations set state = ${p('state')}::jsonb, flow = ${p('flow')}, person_id = ${p('personId')},
      updated_at = greatest(${p('now')}::timestamptz, updated_at + interval '1 microsecond') where account_key = ${p('accountKey')}`,
  ];
  if (touch !== 'none') {
    const set =
      touch === 'reopen'
        ? sql`last_inbound_at = ${p('now')}::timestamptz, status = 'active', unreachable_reason = null`
        : sql`last_inbound_at = ${p('now')}::timestamptz`;
    writes.push(sql`update channel_accounts set ${set} where channel = ${p('channel')} and external_id = ${p('externalId')}`);
  }
  if (reply) writes.push(replyInsert);
  const last = writes.pop()!;
  const ctes = writes.map((w, i) => sql`${sql.raw(`w${i}`)} as (${w})`);
  return ctes.length ? sql`with ${sql.join(ctes, sql`, `)} ${last}` : last;
}
