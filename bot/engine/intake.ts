import type { Db, Tx } from '../../db/client.js';
import { processedUpdates } from '../../db/schema/index.js';
import type { SecurityLimits } from '../../core/platform/flood-control.js';
import type { Logger } from '../../core/kernel/logger.js';
import { flowEnd, type Metrics } from '../../core/platform/metrics.js';
import { accountKey, type InboundMessage, type OutboundMessage } from '../../core/kernel/messages.js';
import type { Locale, Translate } from '../../core/kernel/i18n.js';
import { loadPersonByAccount, type PersonView } from '../../core/people/people.js';
import { listTopics, type TopicView } from '../../core/reports/topics.js';
import { readState, renderReplies, type ConversationState } from './conversation-state.js';
import { dispatch, isStandalone } from './dispatch.js';
import { rememberNoticeChoices } from './notice-buttons.js';
import { claimTurn, saveTurn } from './intake-sql.js';
import { createReplyDrain, type ReplyDrainOptions } from './reply-drain.js';
import type { SendReply } from './reply-sender.js';
import { writeReplies, type WrittenReply } from '../../core/delivery/replies.js';
import { isTransient } from '../../core/kernel/retry.js';
import { safeError } from '../../core/kernel/safe-error.js';
import { buildCatalogue, parseCommand } from './router.js';
import type { Feature, HandlerContext } from './registry.js';
import type { Reply } from './types.js';

export interface IntakeDeps {
  db: Db;
  features: Feature[];
  t: Translate;
  /** Sends one reply message; the reply drain (reply-drain.ts) calls it after commit and retries it. */
  deliver: SendReply;
  /** Tuning of the reply drain (tests: a short sweep). */
  replies?: Omit<ReplyDrainOptions, 'db' | 'send' | 'logger'>;
  logger: Logger;
  maxTextLength: number;
  defaultLocale: Locale;
  /** The locales people may choose (templates/<locale>/, core/kernel/i18n.ts); one: no choice offered. */
  locales?: readonly Locale[];
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
 * in ONE transaction, with the replies as a row of the reply outbox; `handle` resolves at commit
 * and the replies leave through the reply drain. A redelivered update is a no-op; two updates of
 * one user are applied one after the other. An update that fails for a reason that will not go
 * away is recorded as failed and the person told (outcome 'failed').
 */
export function createIntake(deps: IntakeDeps) {
  const cat = buildCatalogue(deps.features);
  const clock = deps.clock ?? (() => new Date());
  const drain = createReplyDrain({ db: deps.db, send: deps.deliver, logger: deps.logger, ...deps.replies });
  let topicsCache: { at: number; topics: Map<Locale, TopicView[]> } | null = null;
  const languages = (deps.locales ?? [deps.defaultLocale]).map((locale) => ({ locale, name: deps.t(locale, 'locale-name') }));

  async function topicsFor(tx: Tx, locale: Locale): Promise<TopicView[]> {
    if (!topicsCache || Date.now() - topicsCache.at > 60_000) topicsCache = { at: Date.now(), topics: new Map() };
    const cached = topicsCache.topics.get(locale);
    if (cached) return cached;
    const list = await listTopics(tx, locale);
    topicsCache.topics.set(locale, list);
    return list;
  }

  async function handlerContext(
    tx: Tx,
    msg: InboundMessage,
    locale: Locale,
    log: Logger,
    setLocale: (l: Locale) => void,
    known?: PersonView | null,
  ): Promise<HandlerContext> {
    const person = known === undefined ? await loadPersonByAccount(tx, msg.channel, msg.accountId) : known;
    const loc = locale;
    return {
      tx,
      person,
      account: { channel: msg.channel, accountId: msg.accountId, key: accountKey(msg.channel, msg.accountId) },
      logger: log,
      limits: deps.limits,
      setLocale,
      flow: {
        now: clock(),
        locale: loc,
        t: (key, args) => deps.t(loc, key, args),
        person,
        topics: await topicsFor(tx, loc),
        languages,
        channel: msg.channel,
        maxTextLength: deps.maxTextLength,
      },
    };
  }

  async function apply(
    msg: InboundMessage,
    log: Logger,
  ): Promise<{ written: WrittenReply | null; flowBefore: string | null; state: ConversationState } | null> {
    return deps.db.transaction(async (tx) => {
      const key = accountKey(msg.channel, msg.accountId);
      const hint = hintLocale(msg);
      // One statement records the update key, creates-or-locks the conversation and reads the person.
      const claimed = await claimTurn(tx, {
        channel: msg.channel,
        updateKey: msg.updateKey,
        accountKey: key,
        externalId: msg.accountId,
        locale: hint,
        now: clock(),
        notice: msg.payload.type === 'text' && !msg.payload.text.trimStart().startsWith('/'),
      });
      if (!claimed) return null;
      const state = readState(claimed.state);
      const flowBefore = state.flow;
      const before = JSON.stringify([state.flow, state.data]);
      let locale = (claimed.locale as Locale | undefined) ?? hint;
      // A language chosen by an effect (/ngonngu, at registration) is the one the next step speaks.
      const setLocale = (l: Locale) => {
        locale = l;
      };

      const h = await handlerContext(tx, msg, locale, log, setLocale, claimed.person);
      if (claimed.noticeChoices) rememberNoticeChoices(h, claimed.noticeChoices);
      // Effects (registration…) may change who this account is; the context is reloaded after them.
      let latest = h;
      let refreshed = false;
      const refresh = async () => {
        refreshed = true;
        return (latest = await handlerContext(tx, msg, locale, log, setLocale));
      };
      let replies = await dispatch(cat, state, msg, h, refresh);
      const after = latest.person;
      if (after) {
        for (const hook of cat.onInbound) replies = besideQuestion(replies, (await hook({ ...h, person: after })) ?? [], (v) => isStandalone(cat, v));
      }

      const unchanged = JSON.stringify([state.flow, state.data]) === before;
      const command = msg.payload.type === 'text' && msg.payload.text.trimStart().startsWith('/');
      const out = renderReplies(replies, state, { unchanged, command, standalone: (v) => isStandalone(cat, v) });
      const reopen = msg.payload.type !== 'event';
      // The account's last inbound time is written at most once a minute (and whenever a message makes it reachable again).
      const touchDue = refreshed || !claimed.account.seenRecently || (reopen && !claimed.account.active);
      const written = await saveTurn(tx, {
        accountKey: key,
        state,
        flow: state.flow,
        personId: after?.id ?? null,
        now: clock(),
        touch: after && touchDue ? { channel: msg.channel, externalId: msg.accountId, reopen } : null,
        reply: out.length > 0 ? { to: { channel: msg.channel, accountId: msg.accountId, accountKey: key }, messages: out, leaseMs: drain.leaseForNew() } : null,
      });
      return { written, flowBefore, state };
    });
  }

  /**
   * The update cannot be applied and retrying will not change that: its key is recorded as
   * failed (a redelivery is then a duplicate) and the person told, in one transaction.
   * Null when it had been recorded before.
   */
  async function recordFailed(msg: InboundMessage, err: unknown): Promise<WrittenReply | null | 'duplicate'> {
    const reason = failureReason(err);
    return deps.db.transaction(async (tx) => {
      const fresh = await tx
        .insert(processedUpdates)
        .values({ channel: msg.channel, updateKey: msg.updateKey, failed: reason })
        .onConflictDoNothing()
        .returning({ key: processedUpdates.updateKey });
      if (fresh.length === 0) return 'duplicate' as const;
      const text = deps.t(hintLocale(msg), 'engine-update-failed');
      const key = accountKey(msg.channel, msg.accountId);
      return writeReplies(tx, { channel: msg.channel, accountId: msg.accountId, accountKey: key }, [{ type: 'text', text }], drain.leaseForNew());
    });
  }

  /** A new chat starts in the client's language when we have it (Telegram's language_code "en", "km-KH"…). */
  const hintable = deps.locales ?? [deps.defaultLocale, 'en'];
  function hintLocale(msg: InboundMessage): Locale {
    const lang = msg.languageHint?.toLowerCase().split(/[-_]/)[0];
    return hintable.find((l) => l === lang) ?? deps.defaultLocale;
  }

  /** Flood control, outside the transaction: a refused update is not applied; the user is told once. */
  async function admit(limits: SecurityLimits, msg: InboundMessage, log: Logger): Promise<boolean> {
    const v = await limits.intake(accountKey(msg.channel, msg.accountId), msg.updateKey);
    if (v.ok) return true;
    log.info({ retryAfterMs: v.retryAfterMs }, 'update refused by flood control');
    if (v.notify) {
      const text = deps.t(hintLocale(msg), 'security-flood', { seconds: Math.max(1, Math.ceil(v.retryAfterMs / 1000)) });
      const out: OutboundMessage[] = [{ type: 'text', text }];
      await drain.enqueue(msg.channel, msg.accountId, out).catch((err: unknown) => log.warn({ err: errorSummary(err) }, 'flood-control notice not written'));
    }
    return false;
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
      let r: Awaited<ReturnType<typeof apply>>;
      try {
        r = await apply(msg, log);
      } catch (err) {
        deps.metrics?.update(msg.channel, 'failed');
        if (isTransient(err)) throw err;
        // Not the database going away: the same update would fail the same way again.
        const recorded = await recordFailed(msg, err).catch((again: unknown) => {
          log.error({ err: safeError(again) }, 'failed update could not be recorded either');
          throw err;
        });
        if (recorded === 'duplicate') return 'duplicate';
        log.error({ err: safeError(err) }, 'update recorded as failed: it cannot be applied; the person was told');
        if (recorded) drain.accept(recorded);
        return 'failed';
      }
      if (r === null) {
        log.debug('duplicate update ignored');
        deps.metrics?.update(msg.channel, 'duplicate');
        return 'duplicate';
      }
      deps.metrics?.update(msg.channel, 'applied', (performance.now() - started) / 1000);
      observeFlow(r.flowBefore, r.state, msg);
      if (r.written) drain.accept(r.written);
      return 'applied';
    },
    /** The reply drain: start() at process start (sends what an earlier run left), stop() at shutdown. */
    replies: drain,
  };
}

export type Intake = ReturnType<typeof createIntake>;

/**
 * What a hook has to say (the Quy chế to accept…) comes after the answer to the person's message,
 * but before a question that message left open, so that question stays the last one asked.
 */
function besideQuestion(replies: Reply[], notice: Reply[], standalone: (v: string) => boolean): Reply[] {
  if (notice.length === 0) return replies;
  const last = replies.at(-1);
  const asks = !!last?.choices?.some((c) => !standalone(c.value));
  return asks ? [...replies.slice(0, -1), ...notice, last!] : [...replies, ...notice];
}

/** What is stored about a failed update: the error's name and code, never its message (it may quote the text). */
function failureReason(err: unknown): string {
  const e = errorSummary(err);
  const cause = err instanceof Error && err.cause instanceof Error ? errorSummary(err.cause) : null;
  return [e.name, e.code, cause?.name, cause?.code].filter(Boolean).join(' ').slice(0, 200);
}

function errorSummary(err: unknown): { name: string; code?: string } {
  if (err instanceof Error) return { name: err.name, code: (err as { code?: string }).code };
  return { name: typeof err };
}
