import type { Hono } from 'hono';
import { notFound } from './not-found.js';
import { acknowledge, addNote, escalateNow, markFalseAlarm, markHandling, merge, resolve, type ActionResult } from '../../../core/hot-spots/actions.js';
import { browseHotSpots, hotSpotPoints, type HotSpotFilters } from '../../../core/hot-spots/browse.js';
import { hotSpotDetail } from '../../../core/hot-spots/detail.js';
import { handlingDue } from '../../../core/hot-spots/follow-up.js';
import { checklistOf, tickStep } from '../../../core/hot-spots/playbook-steps.js';
import { HOT_SPOT_CATEGORIES } from '../../../core/hot-spots/create.js';
import type { Tx } from '../../../db/client.js';
import { outcomeReply } from '../../features/hot-spots/views.js';
import { describeOutcome } from '../../../core/hot-spots/outcome.js';
import type { ConsoleDeps } from '../deps.js';
import { pageCtx } from '../page-context.js';
import { HotSpotDetailPage, HotSpotDetailPart, type ConsoleHotSpot } from '../pages/hot-spot-detail.js';
import { HotSpotResults, HotSpotsPage, HS_STATUSES } from '../pages/hot-spots.js';
import type { ConsoleEnv } from '../security.js';
import { isHtmx, q, subtreeUnits } from './common.js';
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { ConsoleUser } from '../../../core/console/sessions.js';

const PAGE_SIZE = 20;
const actor = (u: ConsoleUser) => ({ id: u.id, role: u.role, unitId: u.unitId, displayName: u.displayName });

function filters(c: Context<ConsoleEnv>, timeZone: string): HotSpotFilters {
  return {
    unitId: q.uuid(c, 'unit'),
    status: c.req.query('status') === undefined ? 'active' : q.oneOf(c, 'status', HS_STATUSES),
    severity: q.int(c, 'severity', 1, 4),
    category: q.oneOf(c, 'category', HOT_SPOT_CATEGORIES),
    ...q.days(c, timeZone),
  };
}

type Verb = 'ack' | 'work' | 'up' | 'false' | 'done' | 'note' | 'merge' | 'step';
type Run = (tx: Tx, d: ConsoleDeps, a: ReturnType<typeof actor>, id: string, body: Record<string, unknown>) => Promise<ActionResult>;
const badInput: ActionResult = { ok: false, code: 'bad_input' };
const str = (v: unknown, max: number) => (typeof v === 'string' ? v.trim().slice(0, max) : '');

/** The chat's actions (core/hot-spots/actions.ts), verb by verb: same scope checks, audit and reporter notices. */
const VERBS: Record<Verb, Run> = {
  ack: (tx, d, a, id) => acknowledge(tx, d.hotSpotEnv, a, id),
  work: (tx, d, a, id) => markHandling(tx, d.hotSpotEnv, a, id),
  up: (tx, d, a, id) => escalateNow(tx, d.hotSpotEnv, a, id),
  false: (tx, d, a, id) => markFalseAlarm(tx, d.hotSpotEnv, a, id),
  done: async (tx, d, a, id, b) => (str(b.note, 2000) ? resolve(tx, d.hotSpotEnv, a, id, str(b.note, 2000), b.shareable === '1') : badInput),
  note: async (tx, d, a, id, b) => (str(b.note, 2000) ? addNote(tx, d.hotSpotEnv, a, id, str(b.note, 2000)) : badInput),
  merge: (tx, d, a, id, b) => merge(tx, d.hotSpotEnv, a, id, str(b.target, 40)),
  step: async (tx, d, a, id, b) => (/^\d{1,2}$/.test(str(b.n, 2)) ? tickStep(tx, d.hotSpotEnv, a, id, Number(b.n)) : badInput),
};

/** The core detail (scope-checked, audited) with the playbook checklist and the running deadline. */
async function consoleDetail(tx: Tx, deps: ConsoleDeps, user: ConsoleUser, id: string): Promise<ConsoleHotSpot | null> {
  const d = await hotSpotDetail(tx, user, id);
  if (!d) return null;
  const checklist = await checklistOf(tx, d.hs);
  return { ...d, checklist, due: await handlingDue(tx, deps.config.ESCALATION_TIME_SCALE, d.hs), now: deps.now() };
}

export function hotSpotRoutes(app: Hono<ConsoleEnv>, deps: ConsoleDeps): void {
  const { db } = deps;
  const ctxOf = (c: Context<ConsoleEnv>) => pageCtx(c, deps.t, deps.assets, deps.config.TIMEZONE);

  async function results(c: Context<ConsoleEnv>) {
    const f = filters(c, deps.config.TIMEZONE);
    const user = c.get('user');
    const r = await db.transaction((tx) => browseHotSpots(tx, user, f, { page: q.page(c), pageSize: PAGE_SIZE }));
    return { f, r };
  }

  app.get('/hot-spots', async (c) => {
    const { f, r } = await results(c);
    if (!r.ok) return c.text(deps.t(c.get('lang'), 'con-x-out_of_scope'), 403);
    const ctx = ctxOf(c);
    c.header('vary', 'HX-Request');
    // htmx asks the page's own URL (so the pushed URL reloads the whole page) and swaps only the results.
    if (isHtmx(c) && c.req.header('hx-target') === 'results') return c.html(<HotSpotResults ctx={ctx} f={f} {...r} unread={q.unreadDays(c)} />);
    const units = await subtreeUnits(db, c.get('user').unitPath);
    const tiles = { url: deps.config.MAP_TILE_URL, attribution: deps.config.MAP_TILE_ATTRIBUTION };
    return c.html(<HotSpotsPage ctx={ctx} f={f} units={units} tiles={tiles} results={{ ctx, f, ...r, unread: q.unreadDays(c) }} />);
  });

  app.get('/hot-spots/points', async (c) => {
    const r = await db.transaction((tx) => hotSpotPoints(tx, c.get('user'), filters(c, deps.config.TIMEZONE)));
    if (!r.ok) return c.json({ error: r.code }, 403);
    const lang = c.get('lang');
    // Up to 5,000 markers share 6 categories and 5 statuses: each label part is translated once.
    const labels = new Map<string, string>();
    const label = (key: string) => labels.get(key) ?? labels.set(key, deps.t(lang, key)).get(key)!;
    const body = JSON.stringify({
      points: r.points.map((p) => ({
        id: p.id,
        lat: p.latitude,
        lng: p.longitude,
        severity: p.severity,
        label: `${p.receiptNo} · ${label(`hot-spots-opt-category-${p.category}`)} · ${label(`hot-spots-status-${p.status}`)}`,
      })),
    });
    // Bytes, not a string: a string body is checked for lone surrogates and encoded by the Response (a second pass over ~1 MB).
    return c.body(Buffer.from(body), 200, { 'content-type': 'application/json' });
  });

  app.get('/hot-spots/:id', async (c) => {
    const d = await db.transaction((tx) => consoleDetail(tx, deps, c.get('user'), c.req.param('id')));
    if (!d) return notFound(c, deps);
    return c.html(<HotSpotDetailPage ctx={ctxOf(c)} d={d} message={takeFlash(c, c.req.param('id'), deps.secureCookies)} />);
  });

  app.post('/hot-spots/:id/:verb', async (c) => {
    const verb = c.req.param('verb') as Verb;
    const run = VERBS[verb];
    if (!run) return c.text('unknown action', 404);
    const body = await c.req.parseBody();
    const user = c.get('user');
    const id = c.req.param('id');
    const lang = c.get('lang');
    const outcome = await db.transaction(async (tx) => {
      const r = await run(tx, deps, actor(user), id, body);
      const t = (key: string, args?: Record<string, string | number>) => deps.hotSpotEnv.i18n.t(lang, key, args);
      return { r, text: outcomeReply(t, await describeOutcome(tx, r, user.id)).text };
    });
    const d = await db.transaction((tx) => consoleDetail(tx, deps, user, id));
    if (!d) return c.html(<p>{outcome.text}</p>, outcome.r.ok ? 200 : 403);
    const message = { ok: outcome.r.ok, text: outcome.text };
    if (isHtmx(c)) return c.html(<HotSpotDetailPart ctx={ctxOf(c)} d={d} message={message} />);
    // Post/Redirect/Get without htmx (JS off): a reload shows the page again, it never adds the note twice.
    setCookie(c, FLASH, JSON.stringify(message), { path: flashPath(id), maxAge: 60, httpOnly: true, sameSite: 'Lax', secure: deps.secureCookies });
    return c.redirect(`/console/hot-spots/${id}`, 303);
  });
}

/** The outcome of a non-htmx action, shown once on the detail page its redirect leads to. */
const FLASH = 'hs_flash';
const flashPath = (id: string) => `/console/hot-spots/${id}`;

function takeFlash(c: Context<ConsoleEnv>, id: string, secure: boolean): { ok: boolean; text: string } | undefined {
  const raw = getCookie(c, FLASH);
  if (!raw) return undefined;
  deleteCookie(c, FLASH, { path: flashPath(id), secure });
  try {
    const m = JSON.parse(raw) as { ok?: unknown; text?: unknown };
    return typeof m.text === 'string' ? { ok: m.ok === true, text: m.text.slice(0, 500) } : undefined;
  } catch {
    return undefined;
  }
}
