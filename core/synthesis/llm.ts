import { z } from 'zod';
import type { Logger } from '../kernel/logger.js';
import { safeError } from '../kernel/safe-error.js';
import { AI_SECTIONS, type AiDraft, type AiStatus } from './llm-types.js';
import { knownRefs, promptFacts } from './llm-prompt.js';
import type { SynthesisModel } from './model.js';
import { maskPii } from './privacy.js';
import type { WriteContext } from './prose.js';

/**
 * The optional AI-assisted draft of the assessment, forecast and proposals sections, through an
 * OpenAI-compatible chat-completions endpoint the province runs itself (`SYNTHESIS_LLM_URL`;
 * off when empty). Non-streaming; any failure — timeout, HTTP error, an answer that is not the
 * JSON asked for, sentences without a valid receipt reference — leaves the deterministic text.
 */
export interface LlmConfig {
  url: string;
  model: string;
  apiKey?: string;
  timeoutMs: number;
}

const MAX_SENTENCES = 8;
const MAX_CHARS = 600;

const sentenceSchema = z.object({ text: z.string().trim().min(1).max(MAX_CHARS), refs: z.array(z.string()).max(50) });
const answerSchema = z.object(Object.fromEntries(AI_SECTIONS.map((s) => [s, z.array(z.unknown()).max(50).optional()])));
const completionSchema = z.object({ choices: z.array(z.object({ message: z.object({ content: z.string() }) })).min(1) });

/** The endpoint: a base URL gets `/chat/completions` appended; a full one is used as is. */
export function completionsUrl(url: string): string {
  const u = url.replace(/\/+$/, '');
  return u.endsWith('/chat/completions') ? u : `${u}/chat/completions`;
}

function parseDraft(content: string, known: Set<string>): AiDraft | null {
  const json = content
    .trim()
    .replace(/^```(?:json)?\s*/i, '')
    .replace(/\s*```$/, '');
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return null;
  }
  const parsed = answerSchema.safeParse(raw);
  if (!parsed.success) return null;
  const draft: AiDraft = {};
  for (const section of AI_SECTIONS) {
    const items = (parsed.data[section] ?? []).map((x) => sentenceSchema.safeParse(x)).flatMap((r) => (r.success ? [r.data] : []));
    // A sentence that cites nothing we gave it cannot be traced: it is dropped, not shown.
    const kept = items
      .map((s) => ({ text: maskPii(s.text), refs: [...new Set(s.refs.filter((r) => known.has(r)))] }))
      .filter((s) => s.refs.length > 0)
      .slice(0, MAX_SENTENCES);
    if (kept.length) draft[section] = kept;
  }
  return Object.keys(draft).length ? draft : null;
}

export async function requestAiDraft(
  cfg: LlmConfig | null,
  ctx: WriteContext,
  model: SynthesisModel,
  logger: Logger,
): Promise<{ draft: AiDraft | null; status: AiStatus }> {
  if (!cfg) return { draft: null, status: 'off' };
  const body = {
    model: cfg.model,
    stream: false,
    temperature: 0.2,
    messages: [
      { role: 'system', content: ctx.t('syn-llm-system') },
      { role: 'user', content: `${ctx.t('syn-llm-user')}\n\n${JSON.stringify(promptFacts(ctx, model))}` },
    ],
  };
  let res: Response;
  try {
    res = await fetch(completionsUrl(cfg.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...(cfg.apiKey ? { authorization: `Bearer ${cfg.apiKey}` } : {}) },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(cfg.timeoutMs),
    });
  } catch (err) {
    const timeout = err instanceof Error && (err.name === 'TimeoutError' || err.name === 'AbortError');
    logger.warn({ err: safeError(err) }, 'synthesis AI draft: no answer, deterministic text kept');
    return { draft: null, status: timeout ? 'timeout' : 'unreachable' };
  }
  return readAnswer(res, knownRefs(model), logger);
}

async function readAnswer(res: Response, known: Set<string>, logger: Logger): Promise<{ draft: AiDraft | null; status: AiStatus }> {
  if (!res.ok) {
    await res.body?.cancel();
    logger.warn({ status: res.status }, 'synthesis AI draft: HTTP error, deterministic text kept');
    return { draft: null, status: 'http_error' };
  }
  let payload: unknown;
  try {
    // The request's timeout signal also covers the body: a server that stalls mid-answer aborts here.
    payload = JSON.parse(await res.text());
  } catch (err) {
    const timeout = err instanceof Error && (err.name === 'TimeoutError' || err.name === 'AbortError');
    logger.warn({ err: safeError(err) }, 'synthesis AI draft: unreadable answer, deterministic text kept');
    return { draft: null, status: timeout ? 'timeout' : 'malformed' };
  }
  const completion = completionSchema.safeParse(payload);
  const draft = completion.success ? parseDraft(completion.data.choices[0]!.message.content, known) : null;
  if (!draft) logger.warn({}, 'synthesis AI draft: answer not in the expected shape, deterministic text kept');
  return draft ? { draft, status: 'used' } : { draft: null, status: 'malformed' };
}
