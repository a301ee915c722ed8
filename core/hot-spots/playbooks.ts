import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { z } from 'zod';
import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { playbooks } from '../../db/schema/index.js';
import { appendAudit } from '../compliance/audit.js';
import { templatesDir } from '../kernel/i18n.js';
import { HOT_SPOT_CATEGORIES } from './create.js';

/**
 * Response playbooks (kịch bản ứng phó, issue 13 §5): per hot-spot category, ordered steps (what
 * to do, whom to call) and what to report upward. Shipped as editable YAML files in
 * templates/vi/playbooks/<category>.yaml (`chung.yaml` for a category without its own); an admin
 * imports an edited file (`npm run admin -- playbook-import`), which then wins over the file.
 * Playbooks are operational documents of the Vietnamese administration, so they exist in
 * Vietnamese only.
 */
export const PLAYBOOKS_DIR = join(templatesDir, 'vi', 'playbooks');
const FALLBACK = 'chung';

const stepSchema = z.object({
  id: z.string().regex(/^[a-z0-9_]{1,32}$/, 'id: chữ thường không dấu, số hoặc _, tối đa 32 ký tự'),
  text: z.string().trim().min(1).max(300),
  call: z.string().trim().max(200).optional(),
});
const playbookSchema = z.object({
  category: z.string(),
  title: z.string().trim().min(1).max(200),
  steps: z
    .array(stepSchema)
    .min(1)
    .max(12)
    .refine((s) => new Set(s.map((x) => x.id)).size === s.length, 'id của các bước phải khác nhau'),
  report_up: z.string().trim().max(300).optional(),
});
export type Playbook = z.infer<typeof playbookSchema>;

export type ParseResult = { ok: true; playbook: Playbook } | { ok: false; problems: string[] };

const lineOf = (lines: string[], key: string | number | undefined, steps: unknown): number | null => {
  const id = typeof key === 'number' && Array.isArray(steps) ? (steps[key] as { id?: unknown } | undefined)?.id : undefined;
  const re = typeof id === 'string' ? new RegExp(`^\\s*-?\\s*id\\s*:\\s*["']?${id}["']?\\s*$`) : typeof key === 'string' ? new RegExp(`^${key}\\s*:`) : null;
  const n = re ? lines.findIndex((l) => re.test(l)) : -1;
  return n >= 0 ? n + 1 : null;
};

/** Reads a playbook file; every problem is named with its line ("dòng 12: …") where it can be told. */
export function parsePlaybook(text: string): ParseResult {
  let data: unknown;
  try {
    data = yaml.load(text, { schema: yaml.JSON_SCHEMA });
  } catch (err) {
    const mark = (err as { mark?: { line?: number } }).mark;
    return { ok: false, problems: [`dòng ${typeof mark?.line === 'number' ? mark.line + 1 : '?'}: không đọc được YAML`] };
  }
  const r = playbookSchema.safeParse(data);
  if (!r.success) {
    const lines = text.split(/\r?\n/);
    const steps = (data as { steps?: unknown } | null)?.steps;
    return {
      ok: false,
      problems: r.error.issues.map((i) => {
        const line = lineOf(lines, i.path[0] === 'steps' ? (i.path[1] as number | undefined) : (i.path[0] as string | undefined), steps);
        return `${line ? `dòng ${line}` : 'tệp'} (${i.path.join('.') || 'gốc'}): ${i.message}`;
      }),
    };
  }
  if (r.data.category !== FALLBACK && !(HOT_SPOT_CATEGORIES as readonly string[]).includes(r.data.category)) {
    return { ok: false, problems: [`category "${r.data.category}" không phải loại điểm nóng (${HOT_SPOT_CATEGORIES.join(', ')}, ${FALLBACK})`] };
  }
  return { ok: true, playbook: r.data };
}

const shipped = new Map<string, Playbook | null>();

/** The shipped file of a category (read once); a broken shipped file is a bug and throws. */
function shippedPlaybook(category: string): Playbook | null {
  if (!shipped.has(category)) {
    const file = join(PLAYBOOKS_DIR, `${category}.yaml`);
    let pb: Playbook | null = null;
    if (existsSync(file)) {
      const r = parsePlaybook(readFileSync(file, 'utf8'));
      if (!r.ok) throw new Error(`${file}: ${r.problems.join('; ')}`);
      pb = r.playbook;
    }
    shipped.set(category, pb);
  }
  return shipped.get(category) ?? null;
}

/** The playbook of a category: the imported one, else its file, else the general one. */
export async function playbookFor(db: Executor, category: string): Promise<Playbook | null> {
  const [row] = await db.select({ definition: playbooks.definition }).from(playbooks).where(eq(playbooks.category, category));
  if (row) return row.definition as Playbook;
  return shippedPlaybook(category) ?? shippedPlaybook(FALLBACK);
}

/** Admin: validates and stores a playbook (replacing the category's); audited. Nothing is stored when the file has problems. */
export async function importPlaybook(db: Executor, text: string, actorId: string | null = null): Promise<ParseResult> {
  const r = parsePlaybook(text);
  if (!r.ok) return r;
  const pb = r.playbook;
  const values = { category: pb.category, title: pb.title, definition: pb, updatedBy: actorId, updatedAt: new Date() };
  await db.insert(playbooks).values(values).onConflictDoUpdate({ target: playbooks.category, set: values });
  await appendAudit(db, {
    actorId,
    action: 'playbook.import',
    targetType: 'playbook',
    outcome: 'ok',
    details: { category: pb.category, steps: pb.steps.length },
  });
  return r;
}
