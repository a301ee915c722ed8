import type { Hono } from 'hono';
import { hotSpotsPerCategory, issuesPerTopicGroup, lastMonths, mixPerTopicGroup, type Series } from '../../../core/console/trends.js';
import { localDate } from '../../../core/kernel/zoned-time.js';
import { loadUnitTree } from '../../../core/people/unit-tree.js';
import { completenessTotal } from '../../../core/reports/completeness-view.js';
import { PREVALENCES, STANCES } from '../../../core/reports/draft.js';
import { listTopics } from '../../../core/reports/topics.js';
import { label } from '../../../core/synthesis/labels.js';
import type { ConsoleDeps } from '../deps.js';
import { pageCtx } from '../page-context.js';
import { TrendsPage } from '../pages/trends.js';
import type { ConsoleEnv } from '../security.js';

/** How many past periods the on-time line covers (each is a completeness computation). */
const ON_TIME_PERIODS = 6;
/**
 * Twelve months of history barely move within minutes, and computing them scans every report of
 * the subtree: figures are kept per (unit, language) for this long (the page says when they were computed).
 */
const CACHE_MS = 5 * 60_000;

export function trendRoutes(app: Hono<ConsoleEnv>, deps: ConsoleDeps): void {
  const cache = new Map<string, { at: number; data: Promise<TrendData> }>();
  app.get('/trends', async (c) => {
    const user = c.get('user');
    const lang = c.get('lang');
    const key = `${user.unitId}:${lang}`;
    const now = deps.now().getTime();
    let hit = cache.get(key);
    if (!hit || now - hit.at > CACHE_MS) {
      hit = { at: now, data: compute(deps, user, lang) };
      cache.set(key, hit);
      hit.data.catch(() => cache.delete(key));
    }
    const data = await hit.data;
    return c.html(
      <TrendsPage
        ctx={pageCtx(c, deps.t, deps.assets, deps.config.TIMEZONE)}
        {...data}
        computedAt={new Date(hit.at)}
        stances={STANCES}
        prevalences={PREVALENCES}
        label={(list, code) => label(deps.t, lang, list, code)}
        topic={(k) => data.topicNames.get(k) ?? k}
      />,
    );
  });
}

type TrendData = Awaited<ReturnType<typeof compute>>;

async function compute(deps: ConsoleDeps, user: { unitId: string; unitPath: string }, lang: 'vi' | 'en') {
  const tz = deps.config.TIMEZONE;
  const months = lastMonths(deps.now(), 12, tz);
  return deps.db.transaction(async (tx) => {
    const root = { unitId: user.unitId, path: user.unitPath };
    const tree = await loadUnitTree(tx, deps.review.defaults, user.unitPath);
    const today = localDate(deps.now(), tz);
    const periods = months.slice(-ON_TIME_PERIODS);
    const rates: number[] = [];
    for (const period of periods) {
      const v = await completenessTotal(tx, deps.review, root, { period }, today, tree);
      rates.push(v && v.expected ? Math.round((v.onTime / v.expected) * 100) : 0);
    }
    const onTime: Series = { months: periods, series: [{ key: deps.t(lang, 'con-tr-on-time-rate'), values: rates }] };
    return {
      topics: await issuesPerTopicGroup(tx, user.unitPath, months, tz),
      hotSpots: await hotSpotsPerCategory(tx, user.unitPath, months, tz),
      stance: await mixPerTopicGroup(tx, user.unitPath, months[0]!, 'stance'),
      prevalence: await mixPerTopicGroup(tx, user.unitPath, months[0]!, 'prevalence'),
      topicNames: new Map((await listTopics(tx, lang)).map((tp) => [tp.code, tp.name])),
      onTime,
    };
  });
}
