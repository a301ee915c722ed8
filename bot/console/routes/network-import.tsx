import type { Hono } from 'hono';
import { parseCsvLines } from '../../../core/kernel/csv.js';
import { readXlsxLines, XlsxReadError } from '../../../core/kernel/xlsx-read.js';
import { localTime } from '../../../core/kernel/zoned-time.js';
import { importPeople, invitesTable, PROBLEM_KEYS, type TableRow } from '../../../core/people/bulk-import.js';
import { ROLE_LABEL_KEYS } from '../../../core/people/roster.js';
import type { ConsoleDeps } from '../deps.js';
import { pageCtx } from '../page-context.js';
import { ImportResultPage } from '../pages/network-import.js';
import type { ConsoleEnv } from '../security.js';

/** 5 MB: ~50,000 CSV rows, far above one import's 20,000-row cap. */
const MAX_UPLOAD = 5 * 1024 * 1024;

/** POST /console/network/import — the same core import as the CLI, for the official's subtree. */
export function networkImportRoutes(app: Hono<ConsoleEnv>, deps: ConsoleDeps): void {
  app.post('/network/import', async (c) => {
    const user = c.get('user');
    const lang = c.get('lang');
    const t = (key: string, args?: Record<string, string | number>) => deps.t(lang, key, args);
    const body = await c.req.parseBody();
    const file = body.file;
    if (!(file instanceof File) || file.size === 0) return c.text(t('network-console-import-nofile'), 400);
    if (file.size > MAX_UPLOAD) return c.text(t('network-console-import-too-big'), 413);
    const data = new Uint8Array(await file.arrayBuffer());
    let table: TableRow[];
    try {
      table = data[0] === 0x50 && data[1] === 0x4b ? readXlsxLines(data) : parseCsvLines(new TextDecoder().decode(data));
    } catch (err) {
      if (err instanceof XlsxReadError) return c.text(t('network-console-import-unreadable'), 400);
      throw err;
    }
    const r = await importPeople(deps.db, { id: user.id, role: user.role, unitId: user.unitId }, table, {
      ttlHours: deps.config.INVITE_TTL_HOURS,
      partial: body.partial === '1',
      now: deps.now(),
    });
    const fmt = (d: Date) => {
      const l = localTime(d, deps.config.TIMEZONE);
      const p = (n: number) => String(n).padStart(2, '0');
      return `${p(l.hour)}:${p(l.minute)} ${p(l.day)}/${p(l.month)}/${l.year}`;
    };
    return c.html(
      <ImportResultPage
        ctx={pageCtx(c, deps.t, deps.assets, deps.config.TIMEZONE)}
        problems={r.problems.map((p) => ({ line: p.line, text: t(PROBLEM_KEYS[p.code], { value: p.value ?? '' }) }))}
        issued={r.issued}
        held={r.held}
        header={t('network-import-list-header').split(',')}
        rows={invitesTable(r.issued, (role) => t(ROLE_LABEL_KEYS[role]), deps.config.TELEGRAM_BOT_USERNAME, fmt)}
      />,
      r.issued.length === 0 && r.problems.length > 0 ? 422 : 200,
    );
  });
}
