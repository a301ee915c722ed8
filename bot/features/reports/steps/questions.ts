import { readChoice, readText, SKIP, skipChoice, visibleLength } from '../../../engine/common/input.js';
import { optionChoices, optionQuestion, type OptionList } from '../../../engine/common/options.js';
import type { FlowContext } from '../../../engine/types.js';
import type { Question, ReportState } from './state.js';

/** Prompt keys may differ by report kind ("Tên sự việc" in a quick report, "Tên vấn đề" elsewhere). */
type PromptKey = string | ((s: ReportState) => string);

const keyOf = (k: PromptKey, s: ReportState) => (typeof k === 'function' ? k(s) : k);

interface TextSpec {
  prompt: PromptKey;
  /** Optional parts offer "Bỏ qua" and store null. */
  optional?: boolean;
  max?: number;
  set(s: ReportState, value: string | null): ReportState;
  promptArgs?(s: ReportState, ctx: FlowContext): Record<string, string | number>;
}

/** «Dùng chú thích ảnh»: the photo's caption kept at this question (steps/evidence.ts) is the answer. */
const USE_CAPTION = '_caption';

/** The caption sent at this very question, if any (one sent at another question is not offered here). */
const captionAt = (s: ReportState) => (s.caption && s.caption.step === s.step ? s.caption.text : null);

export function textQuestion(spec: TextSpec): Question {
  return {
    ask: (s, ctx) => {
      const choices = [...(captionAt(s) ? [{ label: ctx.t('reports-caption-use'), value: USE_CAPTION }] : []), ...(spec.optional ? [skipChoice(ctx)] : [])];
      return [{ text: ctx.t(keyOf(spec.prompt, s), spec.promptArgs?.(s, ctx)), choices: choices.length ? choices : undefined }];
    },
    answer(s, input, ctx) {
      const caption = captionAt(s);
      const done = (v: string | null) => ({ state: { ...spec.set(s, v), caption: null } });
      if (spec.optional && input.type === 'choice' && input.value === SKIP) return done(null);
      if (caption && input.type === 'choice' && input.value === USE_CAPTION) return done(caption);
      const read = readText(input, ctx, Math.min(spec.max ?? Infinity, ctx.maxTextLength));
      if (!read.ok) return { retry: read.reply };
      // Typed after a captioned photo: the caption comes first, the typed text after it; nothing is lost.
      const text = caption && !read.value.includes(caption) ? `${caption}\n${read.value}` : read.value;
      if (visibleLength(text) > Math.min(spec.max ?? Infinity, ctx.maxTextLength)) return done(read.value);
      return done(text);
    },
  };
}

interface ChoiceSpec {
  prompt: PromptKey;
  list: OptionList;
  optional?: boolean;
  set(s: ReportState, value: string | null): ReportState;
}

export function choiceQuestion(spec: ChoiceSpec): Question {
  const choices = (ctx: FlowContext) => [...optionChoices(ctx, spec.list), ...(spec.optional ? [skipChoice(ctx)] : [])];
  return {
    ask: (s, ctx) => {
      // The list's own typed wordings («tận mắt chứng kiến», «mxh»), then «Bỏ qua» as a button.
      const typed = optionQuestion(ctx, spec.list).typed;
      const extra = spec.optional ? [skipChoice(ctx)] : [];
      return [{ text: ctx.t(keyOf(spec.prompt, s)), choices: choices(ctx), ...(typed ? { typed: [...typed, ...extra] } : {}) }];
    },
    answer(s, input, ctx) {
      const read = readChoice(
        input,
        ctx,
        choices(ctx).map((c) => c.value),
      );
      if (!read.ok) return { retry: read.reply };
      return { state: spec.set(s, read.value === SKIP ? null : read.value) };
    },
  };
}
