import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Executor } from '../../db/client.js';
import type { Config } from '../platform/config.js';
import type { Locale, Translate } from '../kernel/i18n.js';
import { silentLogger, type Logger } from '../kernel/logger.js';
import { defaultsFromConfig } from '../people/unit-tree.js';
import { markSynthesised } from '../reports/synthesised.js';
import { analysisSheet } from './analysis-export.js';
import { collectSynthesis, type SynthesisScope } from './collect.js';
import { imagesOf } from './document.js';
import { requestAiDraft, type LlmConfig } from './llm.js';
import type { AiStatus } from './llm-types.js';
import { buildModel } from './model.js';
import { buildOutline, type OrgInfo } from './outline.js';
import { collectParts } from './parts.js';
import { SYNTHESIS_PARTS } from './parts/index.js';
import { createWriteContext } from './prose.js';
import { renderDocx } from './render-docx.js';
import { imageFile, renderMarkdown } from './render-markdown.js';
import { toXlsx } from '../kernel/xlsx.js';
import { spanOf } from './span.js';
import { computeTrends } from './trends.js';

export type SynthesisConfig = Pick<
  Config,
  | 'TIMEZONE'
  | 'DATA_DIR'
  | 'REPORT_DEADLINE_DAY'
  | 'REPORT_CUTOFF_DAY'
  | 'REPORT_LOCK_DAYS'
  | 'ORG_PARENT_NAME'
  | 'ORG_NAME'
  | 'ORG_PLACE'
  | 'ORG_DOC_SUFFIX'
  | 'ORG_TERRITORY'
  | 'SYNTHESIS_LEAD_DAYS'
  | 'SYNTHESIS_LLM_URL'
  | 'SYNTHESIS_LLM_MODEL'
  | 'SYNTHESIS_LLM_API_KEY'
  | 'SYNTHESIS_LLM_TIMEOUT_MS'
>;

export interface GeneratedSynthesis {
  docxPath: string;
  markdownPath: string;
  xlsxPath: string;
  markdown: string;
  reportCount: number;
  aiStatus: AiStatus;
}

function orgInfo(c: SynthesisConfig, t: Translate, locale: Locale): OrgInfo {
  const territory = c.ORG_TERRITORY ?? t(locale, 'syn-territory-default', { place: c.ORG_PLACE });
  return { parentName: c.ORG_PARENT_NAME, orgName: c.ORG_NAME, place: c.ORG_PLACE, docSuffix: c.ORG_DOC_SUFFIX, territory };
}

function llmConfig(c: SynthesisConfig): LlmConfig | null {
  if (!c.SYNTHESIS_LLM_URL) return null;
  return { url: c.SYNTHESIS_LLM_URL, model: c.SYNTHESIS_LLM_MODEL, apiKey: c.SYNTHESIS_LLM_API_KEY, timeoutMs: c.SYNTHESIS_LLM_TIMEOUT_MS };
}

export function exportsDir(c: Pick<Config, 'DATA_DIR'>): string {
  return resolve(c.DATA_DIR, 'exports');
}

export interface GenerateRequest {
  scope: SynthesisScope;
  /** The span key: 'YYYY-MM', 'YYYY-Qn', 'YYYY-Hn' or 'YYYY'. */
  period: string;
  locale: Locale;
  now: Date;
  tag: string;
  onProgress?: (pct: number) => Promise<void>;
  logger?: Logger;
}

/**
 * Collects, aggregates and renders one synthesis, writing `<stem>-<tag>.docx`, `.md` (with its
 * chart PNGs) and `.xlsx` (the analysis export) under DATA_DIR/exports. `onProgress` gets 0–100.
 */
export async function generateSynthesis(db: Executor, config: SynthesisConfig, t: Translate, req: GenerateRequest): Promise<GeneratedSynthesis> {
  const progress = req.onProgress ?? (async () => {});
  await progress(5);
  const span = spanOf(req.period);
  const env = { timeZone: config.TIMEZONE, defaults: defaultsFromConfig(config), locale: req.locale };
  const c = await collectSynthesis(db, env, req.scope, span, req.now);
  const parts = await collectParts(SYNTHESIS_PARTS, { db, ...c, timeZone: config.TIMEZONE, locale: req.locale });
  await progress(30);
  const model = buildModel(c.input);
  const ai = await requestAiDraft(llmConfig(config), createWriteContext(t, req.locale, model, null), model, req.logger ?? silentLogger);
  await progress(50);
  const trends = span.kind === 'month' ? null : computeTrends(c.input);
  const outline = await buildOutline({ model, parts, trends, ai: ai.draft }, t, req.locale, orgInfo(config, t, req.locale));
  const stem = `${outline.fileStem}-${req.tag}`;
  const markdown = renderMarkdown(outline, stem);
  await progress(70);
  const docx = await renderDocx(outline, req.now);
  const xlsx = toXlsx(analysisSheet(createWriteContext(t, req.locale, model, null), c.input));
  await progress(85);
  const dir = exportsDir(config);
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, `${stem}.docx`), docx);
  await writeFile(join(dir, `${stem}.xlsx`), xlsx);
  for (const img of imagesOf(outline)) await writeFile(join(dir, imageFile(stem, img.name)), img.png);
  await writeFile(join(dir, `${stem}.md`), markdown, 'utf8');
  await markSynthesised(
    db,
    c.input.reports.map((r) => r.id),
  );
  await progress(95);
  return {
    docxPath: join(dir, `${stem}.docx`),
    markdownPath: join(dir, `${stem}.md`),
    xlsxPath: join(dir, `${stem}.xlsx`),
    markdown,
    reportCount: c.input.reports.length,
    aiStatus: ai.status,
  };
}
