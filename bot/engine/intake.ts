import { and, eq, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { channelAccounts, conversations, processedUpdates } from '../../db/schema/index.js';
import type { SecurityLimits } from '../../core/platform/flood-control.js';
import type { Logger } from '../../core/kernel/logger.js';
import { flowEnd, type Metrics } from '../../core/platform/metrics.js';
import { accountKey, type ChannelName, type InboundMessage, type OutboundMessage } from '../../core/kernel/messages.js';
import type { Locale, Translate } from '../../core/kernel/i18n.js';
import { loadPersonByAccount } from '../../core/people/people.js';
import { listTopics, type TopicView } from '../../core/reports/topics.js';
import { readState, renderReplies, type ConversationState } from './conversation-state.js';
import { dispatch } from './dispatch.js';
import { buildCatalogue, parseCommand } from './router.js';
import type { Feature, HandlerContext } from './registry.js';
import { safeError } from '../../core/kernel/safe-error.js';

export interface IntakeDeps {
  db: Db;
  features: Feature[];
  t: Translate;
  /** Sends replies after commit (the interactive path); failures are logged, never rethrown. */
  deliver: (account: { channel: ChannelName; accountId: string }, messages: OutboundMessage[]) => Promise<void>;
  logger: Logger;
  maxTextLength: number;
  defaultLocale: Locale;
  clock?: () => Date;
  /** Flood control before the transaction, and the invite-check limit handlers may consult. */
  limits?: SecurityLimits;
  metrics?: Pick<Metrics, 'update' | 'flowEnded'>;
}

/**
 * 'failed': the update cannot be applied for a reason that will not go away (a data error, a
 * bug); it is recorded as failed and the person told, and the channel moves on (InboundHandler
 * in core/kernel/channel.ts). `handle` throws only when not even that could be recorded.
 */
export type IntakeOutcome = 'applied' | 'duplicate' | 'throttled' | 'failed';

/**
 * The single entry for every inbound update from every channel (DESIGN §4.1–4.2): the update
 * key is recorded, the user's conversation row locked, the flow advanced and its effects written
 * in ONE transaction; replies go out only after commit. A redelivered update is a no-op; two
 * updates of one user are applied one after the other.
 */
export function createIntake(deps: IntakeDeps) {
  const cat = buildCatalogue(deps.features);
  const clock = deps.clock ?? (() => new Date());
  let topicsCache: { at: number; topics: Map<Locale, TopicView[]> } | null = null;

  async function topicsFor(tx: Tx, locale: Locale): Promise<TopicView[]> {
    if (!topicsCache || Date.now() - topicsCache.at > 60_000) topicsCache = { at: Date.now(), topics: new Map() };
    const cached = topicsCache.topics.get(locale);
    if (cached) return cached;
    const list = await listTopics(tx, locale);
    topicsCache.topics.set(locale, list);
    return list;
  }

  async function handlerContext(tx: Tx, msg: InboundMessage, locale: Locale, log: Logger): Promise<HandlerContext> {
    const person = await loadPersonByAccount(tx, msg.channel, msg.accountId);
    const loc = locale;
    return {
      tx,
      person,
      account: { channel: msg.channel, accountId: msg.accountId, key: accountKey(msg.channel, msg.accountId) },
      logger: log,
      limits: deps.limits,
      flow: {
        now: clock(),
        locale: loc,
        t: (key, args) => deps.t(loc, key, args),
        person,
        topics: await topicsFor(tx, loc),
        channel: msg.channel,
        maxTextLength: deps.maxTextLength,
      },
    };
  }

  async function apply(msg: InboundMessage, log: Logger): Promise<{ out: OutboundMessage[]; flowBefore: string | null; state: ConversationState } | null> {
    return deps.db.transaction(async (tx) => {
      const fresh = await tx
        .insert(processedUpdates)
        .values({ channel: msg.channel, updateKey: msg.updateKey })
        .onConflictDoNothing()
        .returning({ key: processedUpdates.updateKey });
      if (fresh.length === 0) return null;

      const key = accountKey(msg.channel, msg.accountId);
      const hintLocale: Locale = msg.languageHint?.startsWith('en') ? 'en' : deps.defaultLocale;
      // One statement creates the row or locks it: ON CONFLICT DO UPDATE takes the row lock, so
      // a second update of this user waits here until this one commits.
      const [row] = await tx
        .insert(conversations)
        .values({ accountKey: key, locale: hintLocale })
        .onConflictDoUpdate({ target: conversations.accountKey, set: { accountKey: sql`excluded.account_key` } })
        .returning();
      const state = readState(row?.state);
      const flowBefore = state.flow;
      const locale = (row?.locale as Locale | undefined) ?? hintLocale;

      const h = await handlerContext(tx, msg, locale, log);
      // Effects (registration…) may change who this account is; the context is reloaded after them.
      let latest = h;
      const refresh = async () => (latest = await handlerContext(tx, msg, locale, log));
      const replies = await dispatch(cat, state, msg, h, refresh);
      const after = latest.person;
      if (after) for (const hook of cat.onInbound) await hook({ ...h, person: after });

      const out = renderReplies(replies, state);
      await tx
        .update(conversations)
        .set({ state, flow: state.flow, personId: after?.id ?? null, updatedAt: clock() })
        .where(eq(conversations.accountKey, key));
      if (after) {
        await tx
          .update(channelAccounts)
          // Someone who writes to us can be written to again (Zalo window reopened, unblocked…).
          .set(msg.payload.type === 'event' ? { lastInboundAt: clock() } : { lastInboundAt: clock(), status: 'active', unreachableReason: null })
          .where(and(eq(channelAccounts.channel, msg.channel), eq(channelAccounts.externalId, msg.accountId)));
      }
      return { out, flowBefore, state };
    });
  }

  /** Flood control, outside the transaction: a refused update is not applied; the user is told once. */
  async function admit(limits: SecurityLimits, msg: InboundMessage, log: Logger): Promise<boolean> {
    const v = await limits.intake(accountKey(msg.channel, msg.accountId), msg.updateKey);
    if (v.ok) return true;
    log.info({ retryAfterMs: v.retryAfterMs }, 'update refused by flood control');
    if (v.notify) {
      const locale: Locale = msg.languageHint?.startsWith('en') ? 'en' : deps.defaultLocale;
      const text = deps.t(locale, 'security-flood', { seconds: Math.max(1, Math.ceil(v.retryAfterMs / 1000)) });
      await deliverAfterCommit(msg, [{ type: 'text', text }], log);
    }
    return false;
  }

  async function deliverAfterCommit(msg: InboundMessage, out: OutboundMessage[], log: Logger): Promise<void> {
    try {
      await deps.deliver({ channel: msg.channel, accountId: msg.accountId }, out);
    } catch (err) {
      log.warn({ err: safeError(err) }, 'reply delivery failed after commit');
    }
  }

  function observeFlow(before: string | null, state: ConversationState, msg: InboundMessage): void {
    if (!deps.metrics || !before) return;
    const cancelled = msg.payload.type === 'text' && ['huy', 'cancel'].includes(parseCommand(msg.payload.text)?.name ?? '');
    const how = flowEnd(
      before,
      state.flow,
      state.parked.map((d) => d.flow),
      cancelled,
    );
    if (how) deps.metrics.flowEnded(before, how);
  }

  return {
    catalogue: cat,
    /** Throws only when the update could not be committed (the platform should redeliver). */
    async handle(msg: InboundMessage): Promise<IntakeOutcome> {
      const log = deps.logger.child({ channel: msg.channel, update: msg.updateKey, kind: msg.payload.type });
      const started = performance.now();
      if (deps.limits && msg.payload.type !== 'event' && !(await admit(deps.limits, msg, log))) {
        deps.metrics?.update(msg.channel, 'throttled');
        return 'throttled';
      }
      const r = await apply(msg, log).catch((err: unknown) => {
        deps.metrics?.update(msg.channel, 'failed');
        throw err;
      });
      if (r === null) {
        log.debug('duplicate update ignored');
        deps.metrics?.update(msg.channel, 'duplicate');
        return 'duplicate';
      }
      deps.metrics?.update(msg.channel, 'applied', (performance.now() - started) / 1000);
      observeFlow(r.flowBefore, r.state, msg);
      if (r.out.length > 0) await deliverAfterCommit(msg, r.out, log);
      return 'applied';
    },
  };
}

export type Intake = ReturnType<typeof createIntake>;
