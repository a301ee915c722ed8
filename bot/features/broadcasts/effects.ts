import { BroadcastInputError, type BroadcastSettings, type DraftProblem } from '../../../core/broadcasts/broadcast.js';
import {
  composeOptions,
  dryRun,
  parseDraft,
  submitDraft,
  unitByCode,
  type ComposeOptions,
  type DraftJson,
  type DryRun,
  type Submitted,
} from '../../../core/broadcasts/compose.js';
import type { Actor } from '../../../core/broadcasts/control.js';
import { AppError } from '../../../core/kernel/errors.js';
import type { Translate } from '../../../core/kernel/i18n.js';
import { refuse, type Ok, type Refusal } from '../../../core/kernel/result.js';
import type { EffectHandlers, HandlerContext } from '../../engine/registry.js';

/** Why the compose effects refuse: a problem of the draft, or who is asking. */
type ComposeRefusal = Refusal<DraftProblem | 'not_found' | 'not_official' | 'out_of_scope' | 'bad_draft' | 'unknown'>;

declare module '../../engine/effects.js' {
  interface EffectMap {
    /** The official's units, sectors and strata to choose from, and the limits. */
    'broadcasts.options': [object, Ok<{ options: ComposeOptions }> | ComposeRefusal];
    /** A unit typed by code or name, inside the official's subtree (refusals audited). */
    'broadcasts.unit-by-code': [{ code: string }, Ok<{ id: string; name: string }> | ComposeRefusal];
    /** Who would receive the draft and how long sending would take; nothing is written. */
    'broadcasts.dry-run': [{ draft: DraftJson }, Ok<DryRun> | ComposeRefusal];
    /** Creates the broadcast (and asks for approval above the threshold). */
    'broadcasts.submit': [{ draft: DraftJson }, Ok<Submitted> | ComposeRefusal];
  }
}

export interface BroadcastsEnv {
  settings: BroadcastSettings;
  quietHours: string;
  t: Translate;
  clock: () => Date;
}

function official(h: HandlerContext): Actor {
  if (!h.person) throw new AppError('not_official', 'not an official');
  return { id: h.person.id, unitId: h.person.unitId, role: h.person.role };
}

function draftOf(json: DraftJson) {
  const d = parseDraft(json);
  if (!d) throw new AppError('bad_draft', 'malformed draft');
  return d;
}

/** Domain refusals become values so the transaction still commits their audit entry. */
async function guard<T extends object>(run: () => Promise<T | null>): Promise<Ok<T> | ComposeRefusal> {
  try {
    const data = await run();
    return data ? { ok: true, ...data } : refuse('not_found');
  } catch (err) {
    if (err instanceof BroadcastInputError) return refuse(err.problems[0] ?? 'unknown');
    if (err instanceof AppError) return refuse(isComposeCode(err.code) ? err.code : 'unknown');
    throw err;
  }
}

const CODES = new Set(['not_found', 'not_official', 'out_of_scope', 'bad_draft']);
const isComposeCode = (code: string): code is 'not_found' | 'not_official' | 'out_of_scope' | 'bad_draft' => CODES.has(code);

export function broadcastEffects(env: BroadcastsEnv): EffectHandlers {
  return {
    'broadcasts.options': (_input, h) => guard(async () => ({ options: await composeOptions(h.tx, official(h), env.settings, env.quietHours) })),
    'broadcasts.unit-by-code': ({ code }, h) => guard(() => unitByCode(h.tx, official(h), code)),
    'broadcasts.dry-run': ({ draft }, h) => guard(() => dryRun(h.tx, official(h), draftOf(draft), env.settings, env.clock())),
    'broadcasts.submit': ({ draft }, h) => guard(() => submitDraft(h.tx, official(h), draftOf(draft), env.settings, env.t, env.clock())),
  };
}
