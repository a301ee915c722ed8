import { integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * The Zalo OA token pair. Zalo's refresh token is single-use: every refresh returns a new pair
 * and kills the old one, so the pair lives in exactly one row that refreshers lock
 * (SELECT … FOR UPDATE) and rewrite before anyone uses the new access token.
 */
export const zaloTokens = pgTable('zalo_tokens', {
  /** One row per OA; 'oa' for the single OA a deployment serves. */
  id: text('id').primaryKey(),
  accessToken: text('access_token').notNull(),
  refreshToken: text('refresh_token').notNull(),
  accessExpiresAt: timestamp('access_expires_at', { withTimezone: true }).notNull(),
  /** Where the current pair came from: 'config' | 'admin' | 'refresh'. */
  source: text('source').notNull(),
  refreshedAt: timestamp('refreshed_at', { withTimezone: true }),
  /** Consecutive failed refreshes since the last success; reset by a success or a new pair. */
  failedRefreshes: integer('failed_refreshes').notNull().default(0),
  lastFailureAt: timestamp('last_failure_at', { withTimezone: true }),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
