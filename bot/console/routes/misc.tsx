import { readFile } from 'node:fs/promises';
import { notFound } from './not-found.js';
import { basename, resolve, sep } from 'node:path';
import type { Context, Hono } from 'hono';
import { auditPage, networkInScope, pollsInScope, synthesisRunsInScope } from '../../../core/console/lists.js';
import { ScopeError } from '../../../core/kernel/errors.js';
import { resolveAudienceRoot } from '../../../core/people/audience.js';
import { pollResults } from '../../../core/polls/results.js';
import { scopeRoot } from '../../../core/reports/browse.js';
import { exportsDir } from '../../../core/synthesis/generate.js';
import { label } from '../../../core/synthesis/labels.js';
import { gapLine } from '../../../core/network/gap-report.js';
import { loadComposition } from '../../../core/network/targets.js';
import { meetingsOfSubtree } from '../../../core/meetings/list.js';
import { requestSynthesis, spanText } from '../../../core/synthesis/runs.js';
import type { ConsoleDeps } from '../deps.js';
import { pageCtx } from '../page-context.js';
import { PollPage, PollsPage, SynthesisPage, SynthesisRuns } from '../pages/misc.js';
import { AuditPage, NetworkPage } from '../pages/network.js';
import type { ConsoleEnv } from '../security.js';
import { q, readPeriod, subtreeUnits } from './common.js';

const NETWORK_PAGE = 50;

export function pollRoutes(app: Hono<ConsoleEnv>, deps: ConsoleDeps): void {
  const ctxOf = (c: Context<ConsoleEnv>) => pageCtx(c, deps.t, deps.assets, deps.config.TIMEZONE);
  app.get('/polls', async (c) => c.html(<PollsPage ctx={ctxOf(c)} polls={await pollsInScope(deps.db, c.get('user').unitPath)} />));
  app.get('/polls/:id{[0-9a-f-]{36}}', async (c) => {
    const r = await deps.db.transaction(async (tx) => {
      const res = await pollResults(tx, c.req.param('id'));
      if (!res) return null;
      try {
        await resolveAudienceRoot(tx, c.get('user'), res.poll.unitId, 'poll.view');
        return res;
      } catch (err) {
        if (err instanceof ScopeError) return null;
        throw err;
      }
    });
    if (!r) return notFound(c, deps);
    return c.html(<PollPage ctx={ctxOf(c)} r={r} />);
  });
}

export function synthesisRoutes(app: Hono<ConsoleEnv>, deps: ConsoleDeps): void {
  const ctxOf = (c: Context<ConsoleEnv>) => pageCtx(c, deps.t, deps.assets, deps.config.TIMEZONE);
  const runsOf = async (c: Context<ConsoleEnv>) =>
    (await synthesisRunsInScope(deps.db, c.get('user').unitPath)).map((r) => ({ ...r, periodText: spanText(deps.t, c.get('lang'), r.period) }));
  const render = async (c: Context<ConsoleEnv>, message?: { ok: boolean; text: string }, status: 200 | 400 | 403 = 200) => {
    const [runs, unitList] = await Promise.all([runsOf(c), subtreeUnits(deps.db, c.get('user').unitPath)]);
    return c.html(<SynthesisPage ctx={ctxOf(c)} runs={runs} units={unitList} message={message} />, status);
  };
  app.get('/synthesis', (c) => render(c));
  app.get('/synthesis/runs', async (c) => c.html(<SynthesisRuns ctx={ctxOf(c)} runs={await runsOf(c)} />));

  /** Tổng hợp for a period: the chat's /tonghop (same scope and period rules, same job). */
  app.post('/synthesis', async (c) => {
    const user = c.get('user');
    const lang = c.get('lang');
    const body = await c.req.parseBody();
    const unitId = typeof body.unit === 'string' ? body.unit : '';
    const typed = typeof body.period === 'string' ? body.period.trim() : '';
    const period = typed ? readPeriod(typed) : null;
    // A period typed but unreadable is said so: read as empty, it made the synthesis of another period.
    if (typed && !period) return render(c, { ok: false, text: deps.t(lang, 'con-syn-x-period', { typed: typed.slice(0, 20) }) }, 400);
    const r = await deps.db.transaction(async (tx) => {
      const unit = await tx.query.units.findFirst({
        where: (u, { eq }) => eq(u.id, /^[0-9a-f-]{36}$/i.test(unitId) ? unitId : user.unitId),
        columns: { code: true },
      });
      return requestSynthesis(tx, deps.config, { official: user, unitCode: unit?.code ?? null, period, locale: lang, now: deps.now() });
    });
    const tr = deps.t;
    const text = r.ok ? tr(lang, 'syn-queued', { period: spanText(tr, lang, r.period), unit: r.unitName }) : tr(lang, `reports-x-${r.code}`);
    return render(c, { ok: r.ok, text }, r.ok ? 200 : 403);
  });

  app.get('/synthesis/:id{[0-9a-f-]{36}}/:kind{docx|md}', async (c) => {
    const user = c.get('user');
    const run = await deps.db.transaction(async (tx) => {
      const row = await tx.query.synthesisRuns.findFirst({ where: (s, { eq }) => eq(s.id, c.req.param('id')) });
      if (!row) return null;
      const scope = await scopeRoot(tx, user, row.unitId, 'synthesis.download');
      return scope.ok ? row : null;
    });
    const path = run ? (c.req.param('kind') === 'docx' ? run.docxPath : run.markdownPath) : null;
    const dir = exportsDir(deps.config);
    if (!path || !resolve(path).startsWith(dir + sep)) return c.text(deps.t(c.get('lang'), 'con-x-not_found'), 404);
    const type = path.endsWith('.docx') ? 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' : 'text/markdown; charset=utf-8';
    return c.body(new Uint8Array(await readFile(path)), 200, { 'content-type': type, 'content-disposition': `attachment; filename="${basename(path)}"` });
  });
}

export function networkRoutes(app: Hono<ConsoleEnv>, deps: ConsoleDeps): void {
  app.get('/network', async (c) => {
    const user = c.get('user');
    const unitId = q.uuid(c, 'unit');
    const page = q.page(c);
    const out = await deps.db.transaction(async (tx) => {
      const scope = await scopeRoot(tx, user, unitId, 'network.view');
      if (!scope.ok) return null;
      const list = await networkInScope(tx, user.unitPath, { unitId: unitId ?? null, limit: NETWORK_PAGE, offset: page * NETWORK_PAGE });
      const composition = await loadComposition(tx, { id: scope.root.unitId, path: scope.root.path });
      return { ...list, root: scope.root, composition, meetings: await meetingsOfSubtree(tx, scope.root.path, new Date()) };
    });
    if (!out) return c.text(deps.t(c.get('lang'), 'con-x-out_of_scope'), 403);
    const pages = Math.max(1, Math.ceil((unitId ? (out.summary.find((s) => s.unit_id === unitId)?.total ?? 0) : out.total) / NETWORK_PAGE));
    const lang = c.get('lang');
    return c.html(
      <NetworkPage
        ctx={pageCtx(c, deps.t, deps.assets, deps.config.TIMEZONE)}
        unitId={unitId}
        summary={out.summary}
        people={out.people}
        page={page}
        pages={pages}
        stratum={(code) => label(deps.t, lang, 'stratum', code)}
        sector={(code) => label(deps.t, lang, 'sector', code)}
        composition={{ unitName: out.root.name, c: out.composition, gapLines: out.composition.gaps.map((g) => gapLine(deps.t, lang, g)) }}
        meetings={out.meetings}
      />,
    );
  });
}

/** Admins only: the audit log, newest first (collaborators never get a console; officials get no admin pages). */
export function auditRoutes(app: Hono<ConsoleEnv>, deps: ConsoleDeps): void {
  app.get('/audit', async (c) => {
    if (c.get('user').role !== 'admin') return c.text(deps.t(c.get('lang'), 'con-x-admin_only'), 403);
    const before = q.int(c, 'before', 1, Number.MAX_SAFE_INTEGER);
    const rows = await auditPage(deps.db, 100, before);
    return c.html(
      <AuditPage ctx={pageCtx(c, deps.t, deps.assets, deps.config.TIMEZONE)} rows={rows} next={rows.length === 100 ? rows[rows.length - 1]!.id : null} />,
    );
  });
}
