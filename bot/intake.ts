import { and, eq } from 'drizzle-orm';
import type { Db, Tx } from '../db/client.js';
import { channelAccounts, conversations, processedUpdates } from '../db/schema/index.js';
import type { Logger } from '../core/logger.js';
import { accountKey, type ChannelName, type InboundMessage, type OutboundMessage } from '../core/messages.js';
import type { Translate } from '../core/i18n.js';
import { loadPersonByAccount } from '../core/people.js';
import { listTopics } from '../core/topics.js';
import { readState, renderReplies } from './conversation-state.js';
import { dispatch } from './dispatch.js';
import { buildCatalogue } from './router.js';
import type { Locale, TopicView } from './flows/types.js';
import type { Feature, HandlerContext } from './registry.js';

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
}

export type IntakeOutcome = 'applied' | 'duplicate';

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

  async function apply(msg: InboundMessage, log: Logger): Promise<OutboundMessage[] | null> {
    return deps.db.transaction(async (tx) => {
      const fresh = await tx
        .insert(processedUpdates)
        .values({ channel: msg.channel, updateKey: msg.updateKey })
        .onConflictDoNothing()
        .returning({ key: processedUpdates.updateKey });
      if (fresh.length === 0) return null;

      const key = accountKey(msg.channel, msg.accountId);
      const hintLocale: Locale = msg.languageHint?.startsWith('en') ? 'en' : deps.defaultLocale;
      await tx.insert(conversations).values({ accountKey: key, locale: hintLocale }).onConflictDoNothing();
      const [row] = await tx.select().from(conversations).where(eq(conversations.accountKey, key)).for('update');
      const state = readState(row?.state);
      const locale = (row?.locale as Locale | undefined) ?? hintLocale;

      const h = await handlerContext(tx, msg, locale, log);
      const replies = await dispatch(cat, state, msg, h, () => handlerContext(tx, msg, locale, log));
      const after = await loadAfter(tx, msg);
      if (after) for (const hook of cat.onInbound) await hook({ ...h, person: after });

      const out = renderReplies(replies, state);
      await tx
        .update(conversations)
        .set({ state, flow: state.flow, personId: after?.id ?? null, updatedAt: clock() })
        .where(eq(conversations.accountKey, key));
      if (after) {
        await tx
          .update(channelAccounts)
          .set({ lastInboundAt: clock() })
          .where(and(eq(channelAccounts.channel, msg.channel), eq(channelAccounts.externalId, msg.accountId)));
      }
      return out;
    });
  }

  async function loadAfter(tx: Tx, msg: InboundMessage) {
    return loadPersonByAccount(tx, msg.channel, msg.accountId);
  }

  return {
    catalogue: cat,
    /** Throws only when the update could not be committed (the platform should redeliver). */
    async handle(msg: InboundMessage): Promise<IntakeOutcome> {
      const log = deps.logger.child({ channel: msg.channel, update: msg.updateKey, kind: msg.payload.type });
      const out = await apply(msg, log);
      if (out === null) {
        log.debug('duplicate update ignored');
        return 'duplicate';
      }
      if (out.length > 0) {
        try {
          await deps.deliver({ channel: msg.channel, accountId: msg.accountId }, out);
        } catch (err) {
          log.warn({ err: errorSummary(err) }, 'reply delivery failed after commit');
        }
      }
      return 'applied';
    },
  };
}

export type Intake = ReturnType<typeof createIntake>;

function errorSummary(err: unknown): { name: string; code?: string } {
  if (err instanceof Error) return { name: err.name, code: (err as { code?: string }).code };
  return { name: typeof err };
}
