import { bigserial, index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import type { OutboundMessage } from '../../core/kernel/messages.js';

/**
 * Replies to the person who is talking to the bot (DESIGN §4.2), written in the transaction that
 * applied their update and deleted once sent (core/delivery/replies.ts). The row holds every
 * message of one update; `sent` counts those already out. Per account, rows leave in id order;
 * `lease_until` marks a row a bot process holds in memory, so another process's sweep skips it.
 * Not the `sends` ledger: replies are not deduplicated per purpose, only ordered and retried.
 */
export const replies = pgTable(
  'replies',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    channel: text('channel').notNull(),
    accountId: text('account_id').notNull(),
    accountKey: text('account_key').notNull(),
    messages: jsonb('messages').$type<OutboundMessage[]>().notNull(),
    sent: integer('sent').notNull().default(0),
    attempts: integer('attempts').notNull().default(0),
    nextAt: timestamp('next_at', { withTimezone: true }).notNull().defaultNow(),
    leaseUntil: timestamp('lease_until', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('replies_account_idx').on(t.accountKey, t.id)],
);
