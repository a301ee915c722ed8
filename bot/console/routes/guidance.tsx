import type { z } from 'zod';
import { notFound } from './not-found.js';
import type { Context, Hono } from 'hono';
import { ackByUnit } from '../../../core/broadcasts/ack.js';
import { broadcastSettings, BroadcastInputError, type BroadcastDraft } from '../../../core/broadcasts/broadcast.js';
import { guidanceFileOf, uploadAttachment } from '../../../core/broadcasts/attachment-file.js';
import { composeOptions, dryRun, submitDraft } from '../../../core/broadcasts/compose.js';
import { recentTwin } from '../../../core/broadcasts/recent-twin.js';
import { audienceFiltersSchema } from '../../../core/people/audience-filters.js';
import type { ConsoleUser } from '../../../core/console/sessions.js';
import { deliveryFigures, formatDuration, recentBroadcasts } from '../../../core/broadcasts/figures.js';
import { nonAcknowledgers } from '../../../core/broadcasts/non-acknowledgers.js';
import { formatWhen } from '../../../core/broadcasts/render.js';
import { ScopeError } from '../../../core/kernel/errors.js';
import { zonedInstant } from '../../../core/kernel/zoned-time.js';
import { resolveAudienceRoot } from '../../../core/people/audience.js';
import type { Executor } from '../../../db/client.js';
import type { ConsoleDeps } from '../deps.js';
import { pageCtx } from '../page-context.js';
import { GuidanceDetailPage, GuidanceListPage, type GuidanceRow } from '../pages/guidance.js';
import { ComposePage, type ComposeChoices, type ComposeValues } from '../pages/guidance-compose.js';
import type { ConsoleEnv } from '../security.js';
import { subtreeUnits } from './common.js';
import { composeFile } from './guidance-upload.js';

async function row(tx: Executor, b: { id: string; title: string; status: string; requireAck: boolean; createdAt: Date }): Promise<GuidanceRow> {
  const f = await deliveryFigures(tx, b.id);
  return { ...b, total: f.total, delivered: f.byState.sent + f.byState.acknowledged, acknowledged: f.byState.acknowledged };
}

function localInstant(v: string, timeZone: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(v);
  return m ? zonedInstant({ year: +m[1]!, month: +m[2]!, day: +m[3]! }, +m[4]!, +m[5]!, timeZone) : null;
}

/** Only the filters with something ticked: an empty list would mean "nobody". */
function withoutEmpty(f: z.infer<typeof audienceFiltersSchema>): BroadcastDraft['filters'] {
  return Object.fromEntries(Object.entries(f).filter(([, v]) => Array.isArray(v) && v.length > 0));
}

export function guidanceRoutes(app: Hono<ConsoleEnv>, deps: ConsoleDeps): void {
  const { db } = deps;
  const settings = broadcastSettings(deps.config);
  const ctxOf = (c: Context<ConsoleEnv>) => pageCtx(c, deps.t, deps.assets, deps.config.TIMEZONE);
  // The chat's compose offers the same lists: the sectors and strata present in the subtree.
  const choicesOf = async (user: ConsoleUser): Promise<ComposeChoices> => {
    const o = await db.transaction((tx) => composeOptions(tx, user, settings, deps.config.QUIET_HOURS));
    return { sectors: o.sectors, strata: o.strata };
  };

  app.get('/guidance', async (c) => {
    const rows = await db.transaction(async (tx) => Promise.all((await recentBroadcasts(tx, c.get('user').unitId, 30)).map((b) => row(tx, b))));
    return c.html(<GuidanceListPage ctx={ctxOf(c)} rows={rows} />);
  });

  app.get('/guidance/new', async (c) => {
    const user = c.get('user');
    const v: ComposeValues = {
      title: '',
      body: '',
      unitId: user.unitId,
      requireAck: true,
      ackDeadline: '',
      urgent: false,
      scheduledAt: '',
      roles: [],
      sectors: [],
      strata: [],
    };
    return c.html(<ComposePage ctx={ctxOf(c)} units={await subtreeUnits(db, user.unitPath)} choices={await choicesOf(user)} v={v} />);
  });

  app.post('/guidance/new', async (c) => {
    const user = c.get('user');
    const ctx = ctxOf(c);
    const b = await c.req.parseBody({ all: true });
    const s = (k: string) => (typeof b[k] === 'string' ? (b[k] as string) : '');
    const list = (k: string) => [b[k]].flat().filter((x): x is string => typeof x === 'string' && x !== '');
    const v: ComposeValues = {
      title: s('title').trim(),
      body: s('body').trim(),
      unitId: s('unit') || user.unitId,
      requireAck: s('requireAck') === '1',
      ackDeadline: s('ackDeadline'),
      urgent: s('urgent') === '1',
      scheduledAt: s('scheduledAt'),
      roles: list('roles'),
      sectors: list('sectors'),
      strata: list('strata'),
    };
    const filters = audienceFiltersSchema.safeParse({ roles: v.roles, sectors: v.sectors, strata: v.strata });
    const file = await composeFile(deps, user.id, b);
    if (file.ok && file.file) v.file = { name: file.file.upload.name, value: file.file.value, mac: file.file.mac };
    const upload = file.ok ? (file.file?.upload ?? null) : null;
    const draft: BroadcastDraft = {
      title: v.title,
      body: v.body,
      attachment: upload ? uploadAttachment(upload) : null,
      unitId: v.unitId,
      filters: filters.success ? withoutEmpty(filters.data) : {},
      requireAck: v.requireAck,
      ackDeadline: v.requireAck ? localInstant(v.ackDeadline, deps.config.TIMEZONE) : null,
      urgent: v.urgent,
      scheduledAt: localInstant(v.scheduledAt, deps.config.TIMEZONE),
    };
    const units = await subtreeUnits(db, user.unitPath);
    const choices = await choicesOf(user);
    const lang = c.get('lang');
    if (!filters.success) return c.html(<ComposePage ctx={ctx} units={units} choices={choices} v={v} errors={[ctx.t('con-gd-x-filters')]} />, 400);
    if (!file.ok) return c.html(<ComposePage ctx={ctx} units={units} choices={choices} v={v} errors={[ctx.t(`con-gd-x-file-${file.code}`)]} />, 400);
    const when = (iso: string) => formatWhen(new Date(iso), lang, deps.config.TIMEZONE);
    try {
      if (s('step') === 'send') {
        const r = await db.transaction(async (tx) => {
          const twin = await recentTwin(tx, user.id, draft);
          if (twin) return { twin };
          try {
            return await submitDraft(tx, user, draft, settings, deps.t, deps.now(), { upload });
          } catch (err) {
            if (err instanceof ScopeError) return null;
            throw err;
          }
        });
        if (!r) return c.html(<ComposePage ctx={ctx} units={units} choices={choices} v={v} errors={[ctx.t('con-x-out_of_scope')]} />, 403);
        const cleared = { ...v, title: '', body: '', file: undefined };
        if ('twin' in r) {
          const done = ctx.t('con-gd-twin', { title: v.title, when: when(r.twin.createdAt.toISOString()) });
          return c.html(<ComposePage ctx={ctx} units={units} choices={choices} v={cleared} done={done} />);
        }
        const key =
          r.status === 'awaiting_approval'
            ? r.approvers
              ? 'broadcast-created-approval'
              : 'broadcast-created-no-approver'
            : r.status === 'scheduled'
              ? 'broadcast-created-scheduled'
              : 'broadcast-created-sending';
        return c.html(
          <ComposePage ctx={ctx} units={units} choices={choices} v={cleared} done={ctx.t(key, { count: r.audience, when: when(r.startAt), n: r.approvers })} />,
        );
      }
      // A refusal is audited inside the transaction, so it must commit: catch the ScopeError in it.
      const d = await db.transaction(async (tx) => {
        try {
          return await dryRun(tx, user, draft, settings, deps.now());
        } catch (err) {
          if (err instanceof ScopeError) return null;
          throw err;
        }
      });
      if (!d) return c.html(<ComposePage ctx={ctx} units={units} choices={choices} v={v} errors={[ctx.t('con-x-out_of_scope')]} />, 403);
      const unitName = units.find((u) => u.value === v.unitId)?.label.replace(/^(— )+/, '') ?? '';
      const preview = [
        ctx.t('broadcast-dryrun-head', { title: v.title, unit: unitName, total: d.total }),
        ...d.byUnit.map((u) => ctx.t('broadcast-dryrun-unit', { name: u.name, count: u.count })),
        ...(d.moreUnits ? [ctx.t('broadcast-dryrun-more-units', { n: d.moreUnits })] : []),
        ctx.t('broadcast-dryrun-unreachable', { n: d.unreachable }),
        ctx.t('broadcast-dryrun-eta', { eta: formatDuration(d.etaSeconds, lang, deps.t) }),
        ctx.t('broadcast-dryrun-start', { when: when(d.startAt) }),
        ...(d.needsApproval ? [ctx.t('broadcast-dryrun-approval')] : []),
        ...(d.total === 0 ? [ctx.t('broadcast-dryrun-empty')] : []),
      ];
      return c.html(
        <ComposePage
          ctx={ctx}
          units={units}
          choices={choices}
          v={v}
          preview={d.total > 0 ? preview : undefined}
          errors={d.total === 0 ? preview.slice(-1) : undefined}
        />,
      );
    } catch (err) {
      if (err instanceof BroadcastInputError) {
        return c.html(<ComposePage ctx={ctx} units={units} choices={choices} v={v} errors={err.problems.map((p) => ctx.t(`con-gd-x-${p}`))} />, 400);
      }
      if (err instanceof ScopeError) return c.html(<ComposePage ctx={ctx} units={units} choices={choices} v={v} errors={[ctx.t('con-x-out_of_scope')]} />, 403);
      throw err;
    }
  });

  app.get('/guidance/:id{[0-9a-f-]{36}}', async (c) => {
    const user = c.get('user');
    const out = await db.transaction(async (tx) => {
      const b = await tx.query.broadcasts.findFirst({ where: (x, { eq }) => eq(x.id, c.req.param('id')) });
      if (!b) return null;
      try {
        await resolveAudienceRoot(tx, user, b.unitId, 'broadcast.view');
      } catch (err) {
        if (err instanceof ScopeError) return null;
        throw err;
      }
      return {
        g: await row(tx, b),
        body: b.body,
        file: await guidanceFileOf(tx, b.attachment),
        byUnit: await ackByUnit(tx, b.id),
        missing: b.requireAck ? await nonAcknowledgers(tx, b.id) : [],
      };
    });
    if (!out) return notFound(c, deps);
    return c.html(<GuidanceDetailPage ctx={ctxOf(c)} {...out} />);
  });
}
