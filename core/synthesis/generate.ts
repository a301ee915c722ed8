import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Executor } from '../../db/client.js';
import type { Config } from '../platform/config.js';
import type { Locale, Translate } from '../kernel/i18n.js';
import { defaultsFromConfig } from '../people/unit-tree.js';
import { collectSynthesis, type SynthesisInput } from './collect.js';
import { buildModel } from './model.js';
import { buildOutline, type OrgInfo } from './outline.js';
import { renderDocx } from './render-docx.js';
import { renderMarkdown } from './render-markdown.js';

export type SynthesisConfig = Pick<
  Config,
  'TIMEZONE' | 'DATA_DIR' | 'REPORT_DEADLINE_DAY' | 'REPORT_CUTOFF_DAY' | 'REPORT_LOCK_DAYS' | 'ORG_PARENT_NAME' | 'ORG_NAME' | 'ORG_PLACE' | 'ORG_DOC_SUFFIX'
>;

export interface GeneratedSynthesis {
  docxPath: string;
  markdownPath: string;
  markdown: string;
  reportCount: number;
}

export function orgInfo(c: SynthesisConfig): OrgInfo {
  return { parentName: c.ORG_PARENT_NAME, orgName: c.ORG_NAME, place: c.ORG_PLACE, docSuffix: c.ORG_DOC_SUFFIX };
}

export function exportsDir(c: Pick<Config, 'DATA_DIR'>): string {
  return resolve(c.DATA_DIR, 'exports');
}

/**
 * Collects, aggregates and renders one synthesis, writing `<stem>-<tag>.docx` and `.md` under
 * DATA_DIR/exports. `onProgress` gets 0–100 (the job forwards it to BullMQ and the run row).
 */
export async function generateSynthesis(
  db: Executor,
  config: SynthesisConfig,
  t: Translate,
  req: { scope: SynthesisInput['scope']; period: string; locale: Locale; now: Date; tag: string; onProgress?: (pct: number) => Promise<void> },
): Promise<GeneratedSynthesis> {
  const progress = req.onProgress ?? (async () => {});
  await progress(5);
  const input = await collectSynthesis(
    db,
    { timeZone: config.TIMEZONE, defaults: defaultsFromConfig(config), locale: req.locale },
    req.scope,
    req.period,
    req.now,
  );
  await progress(40);
  const outline = buildOutline(buildModel(input), t, req.locale, orgInfo(config));
  const markdown = renderMarkdown(outline);
  await progress(60);
  const docx = await renderDocx(outline);
  await progress(85);
  const dir = exportsDir(config);
  await mkdir(dir, { recursive: true });
  const base = join(dir, `${outline.fileStem}-${req.tag}`);
  await writeFile(`${base}.docx`, docx);
  await writeFile(`${base}.md`, markdown, 'utf8');
  await progress(95);
  return { docxPath: `${base}.docx`, markdownPath: `${base}.md`, markdown, reportCount: input.reports.length };
}
