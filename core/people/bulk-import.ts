import { inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { invites, units } from '../../db/schema/index.js';
import { appendAudit } from '../compliance/audit.js';
import { matchKey } from '../kernel/text.js';
import { STRATA } from '../reports/draft.js';
import { generateInviteCode, hashInviteCode } from './invites.js';
import { ROLES, type Role } from './people.js';
import { cleanName, manageableRoles, SECTOR_MAX, type Actor } from './roster.js';

/**
 * Bulk onboarding (issue 17 item 1): a table of people (CSV or the first sheet of an XLSX) →
 * one invite per row. The whole table is validated first; each problem carries its line number
 * (the header is line 1). With problems nothing is written, unless `partial` asks to invite the
 * good rows anyway. Invites are inserted in batches; the clear codes are returned once, for the
 * printable list. The CLI (admin, no actor: any unit) and the console (an official: their
 * subtree and the roles they manage) call the same function.
 */
export type ProblemCode =
  | 'missing_columns'
  | 'empty'
  | 'too_many_rows'
  | 'bad_name'
  | 'bad_unit'
  | 'unknown_unit'
  | 'out_of_scope'
  | 'bad_role'
  | 'role_not_allowed'
  | 'bad_stratum'
  | 'bad_sector'
  | 'duplicate';

interface ImportProblem {
  line: number;
  code: ProblemCode;
  /** The offending cell as typed (short), for the report. */
  value?: string;
}

interface ImportRow {
  line: number;
  name: string;
  unitCode: string;
  role: Role;
  stratum: string | null;
  sector: string | null;
}

const MAX_IMPORT_ROWS = 20_000;

const COLUMNS = {
  name: ['name', 'ho_ten', 'ho_va_ten', 'ten', 'display_name'],
  unit: ['unit_code', 'unit', 'ma_don_vi', 'don_vi'],
  role: ['role', 'vai_tro'],
  stratum: ['stratum', 'giai_tang'],
  sector: ['sector', 'nganh', 'linh_vuc', 'nganh_linh_vuc'],
} as const;

const ROLE_WORDS: Record<string, Role> = {
  collaborator: 'collaborator',
  ctv: 'collaborator',
  cong_tac_vien: 'collaborator',
  official: 'official',
  can_bo: 'official',
  liaison: 'liaison',
  dau_moi: 'liaison',
  lien_lac: 'liaison',
  can_bo_lien_lac: 'liaison',
  admin: 'admin',
  quan_tri: 'admin',
  quan_tri_vien: 'admin',
};

/** "Họ và tên" → "ho_va_ten"; "Nông dân" → "nong_dan". */
const snake = (s: string) =>
  matchKey(s)
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');

/** A row of the uploaded table with its line in the file (CSV: parseCsvLines; XLSX: the sheet's row number). */
export interface TableRow {
  line: number;
  cells: string[];
}

function parsePeopleTable(table: TableRow[]): { rows: ImportRow[]; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const nonEmpty = table.filter((r) => r.cells.some((c) => c.trim() !== ''));
  const [header, ...body] = nonEmpty;
  const cols = (header?.cells ?? []).map(snake);
  const at = (key: keyof typeof COLUMNS) => cols.findIndex((c) => (COLUMNS[key] as readonly string[]).includes(c));
  const idx = { name: at('name'), unit: at('unit'), role: at('role'), stratum: at('stratum'), sector: at('sector') };
  if (idx.name < 0 || idx.unit < 0) return { rows: [], problems: [{ line: header?.line ?? 1, code: 'missing_columns' }] };
  if (body.length > MAX_IMPORT_ROWS) return { rows: [], problems: [{ line: body[MAX_IMPORT_ROWS]!.line, code: 'too_many_rows' }] };
  const rows: ImportRow[] = [];
  const seen = new Set<string>();
  for (const { line, cells } of body) {
    const cell = (k: number) => (k >= 0 ? (cells[k] ?? '').trim() : '');
    const short = (s: string) => s.slice(0, 40);
    const before = problems.length;
    const name = cleanName(cell(idx.name));
    if (!name) problems.push({ line, code: 'bad_name', value: short(cell(idx.name)) });
    const unitCode = cell(idx.unit);
    if (!/^[A-Za-z0-9_.-]{1,40}$/.test(unitCode)) problems.push({ line, code: 'bad_unit', value: short(unitCode) });
    const roleCell = cell(idx.role);
    const role = roleCell ? ROLE_WORDS[snake(roleCell)] : 'collaborator';
    if (!role) problems.push({ line, code: 'bad_role', value: short(roleCell) });
    const stratumCell = cell(idx.stratum);
    const stratum = stratumCell ? snake(stratumCell) : null;
    if (stratum && !(STRATA as readonly string[]).includes(stratum)) problems.push({ line, code: 'bad_stratum', value: short(stratumCell) });
    const sector = cell(idx.sector).replace(/\s+/g, ' ') || null;
    if (sector && sector.length > SECTOR_MAX) problems.push({ line, code: 'bad_sector', value: short(sector) });
    const key = `${matchKey(name ?? '')}|${unitCode.toUpperCase()}`;
    if (problems.length === before && seen.has(key)) problems.push({ line, code: 'duplicate', value: short(`${name} ${unitCode}`) });
    seen.add(key);
    if (problems.length === before) rows.push({ line, name: name!, unitCode, role: role!, stratum, sector });
  }
  if (rows.length === 0 && problems.length === 0) problems.push({ line: (header?.line ?? 1) + 1, code: 'empty' });
  return { rows, problems };
}

export interface IssuedInvite {
  line: number;
  name: string;
  unitCode: string;
  unitName: string;
  role: Role;
  code: string;
  expiresAt: Date;
}

export interface ImportResult {
  problems: ImportProblem[];
  issued: IssuedInvite[];
  /** Rows that were valid but not written because of problems elsewhere (without `partial`). */
  held: number;
}

const BATCH = 1000;

/** A fresh code per row, distinct within the batch (one INSERT cannot tell two equal codes apart). */
function withCodes<R>(rows: R[]): { r: R; code: string }[] {
  const used = new Set<string>();
  return rows.map((r) => {
    let code = generateInviteCode();
    while (used.has(code)) code = generateInviteCode();
    used.add(code);
    return { r, code };
  });
}

/** Template key of each problem (templates/<locale>/network.ftl), for the CLI and the console report. */
export const PROBLEM_KEYS: Record<ProblemCode, string> = {
  missing_columns: 'network-import-x-missing_columns',
  empty: 'network-import-x-empty',
  too_many_rows: 'network-import-x-too_many_rows',
  bad_name: 'network-import-x-bad_name',
  bad_unit: 'network-import-x-bad_unit',
  unknown_unit: 'network-import-x-unknown_unit',
  out_of_scope: 'network-import-x-out_of_scope',
  bad_role: 'network-import-x-bad_role',
  role_not_allowed: 'network-import-x-role_not_allowed',
  bad_stratum: 'network-import-x-bad_stratum',
  bad_sector: 'network-import-x-bad_sector',
  duplicate: 'network-import-x-duplicate',
};

/** Checks units and roles against the database and the actor's scope, then writes the invites in one transaction. */
export async function importPeople(
  db: Db,
  actor: Actor | null,
  table: TableRow[],
  opts: { ttlHours: number; partial?: boolean; now: Date },
): Promise<ImportResult> {
  const parsed = parsePeopleTable(table);
  const problems = [...parsed.problems];
  return db.transaction(async (tx) => {
    const codes = [...new Set(parsed.rows.map((r) => r.unitCode))];
    const found = new Map<string, { id: string; path: string; name: string; code: string }>();
    for (let i = 0; i < codes.length; i += BATCH) {
      const part = await tx
        .select({ id: units.id, path: units.path, name: units.name, code: units.code })
        .from(units)
        .where(inArray(units.code, codes.slice(i, i + BATCH)));
      for (const u of part) found.set(u.code, u);
    }
    const own = actor ? await tx.query.units.findFirst({ where: (u, { eq }) => eq(u.id, actor.unitId), columns: { path: true } }) : null;
    const allowedRoles = actor ? manageableRoles(actor) : ROLES;
    const good: (ImportRow & { unitId: string; unitName: string })[] = [];
    for (const r of parsed.rows) {
      const unit = found.get(r.unitCode);
      if (!unit) problems.push({ line: r.line, code: 'unknown_unit', value: r.unitCode });
      else if (actor && (!own || !unit.path.startsWith(own.path))) problems.push({ line: r.line, code: 'out_of_scope', value: r.unitCode });
      else if (!allowedRoles.includes(r.role)) problems.push({ line: r.line, code: 'role_not_allowed', value: r.role });
      else good.push({ ...r, unitId: unit.id, unitName: unit.name });
    }
    problems.sort((a, b) => a.line - b.line);
    const write = problems.length === 0 || opts.partial === true;
    const details = { rows: parsed.rows.length + parsed.problems.length, problems: problems.length, written: write ? good.length : 0 };
    if (!write) {
      await appendAudit(tx, { actorId: actor?.id ?? null, action: 'network.import', outcome: 'refused', details: { ...details, reason: 'problems' } });
      return { problems, issued: [], held: good.length };
    }
    const expiresAt = new Date(opts.now.getTime() + opts.ttlHours * 3_600_000);
    const issued: IssuedInvite[] = [];
    for (let i = 0; i < good.length; i += BATCH) {
      let pending = withCodes(good.slice(i, i + BATCH));
      for (let attempt = 0; pending.length > 0; attempt++) {
        if (attempt === 5) throw new Error('invite code collisions');
        const inserted = await tx
          .insert(invites)
          .values(
            pending.map(({ r, code }) => ({
              codeHash: hashInviteCode(code),
              unitId: r.unitId,
              role: r.role,
              displayName: r.name,
              sector: r.sector,
              stratum: r.stratum,
              createdBy: actor?.id ?? null,
              expiresAt,
            })),
          )
          .onConflictDoNothing({ target: invites.codeHash })
          .returning({ codeHash: invites.codeHash });
        const done = new Set(inserted.map((x) => x.codeHash));
        for (const p of pending) {
          if (done.has(hashInviteCode(p.code))) {
            issued.push({ line: p.r.line, name: p.r.name, unitCode: p.r.unitCode, unitName: p.r.unitName, role: p.r.role, code: p.code, expiresAt });
          }
        }
        pending = withCodes(pending.filter((p) => !done.has(hashInviteCode(p.code))).map((p) => p.r));
      }
    }
    issued.sort((a, b) => a.line - b.line);
    await appendAudit(tx, { actorId: actor?.id ?? null, action: 'network.import', outcome: 'ok', details });
    return { problems, issued, held: 0 };
  });
}

/** The printable list's rows (header: template network-import-list-header): one invite per row, codes as read aloud. */
export function invitesTable(issued: IssuedInvite[], roleLabel: (r: Role) => string, botUsername: string | undefined, fmt: (d: Date) => string): string[][] {
  return issued.map((i) => [
    String(i.line),
    i.name,
    i.unitName,
    i.unitCode,
    roleLabel(i.role),
    `${i.code.slice(0, 4)}-${i.code.slice(4)}`,
    botUsername ? `https://t.me/${botUsername}?start=${i.code}` : '',
    fmt(i.expiresAt),
  ]);
}
