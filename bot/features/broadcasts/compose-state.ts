import type { ComposeOptions, DraftJson } from '../../../core/broadcasts/compose.js';
import type { ChannelName } from '../../../core/kernel/messages.js';
import type { MachineState, Outcome } from '../../engine/machine.js';
import type { FlowContext, ReplyChoice, UserInput } from '../../engine/types.js';

/** Choice values of the compose flow (none starts with "/", which would run a command). */
export const V = {
  done: '_done',
  skip: '_skip',
  keep: '_keep',
  yes: 'yes',
  no: 'no',
  all: '_all',
  send: '_send',
  cancel: '_cancel',
  now: '_now',
  later: '_later',
  normal: '_normal',
  urgent: '_urgent',
  code: '_code',
  h4: '_4h',
  h24: '_24h',
  d3: '_3d',
} as const;

export type Step =
  | 'loading'
  | 'title'
  | 'body'
  | 'attachment'
  | 'unit'
  | 'unit_code'
  | 'checking_unit'
  | 'role'
  | 'sector'
  | 'stratum'
  | 'ack'
  | 'deadline'
  | 'urgent'
  | 'when'
  | 'time'
  | 'dryrun'
  | 'confirm'
  | 'submitting';

export interface ComposeState extends MachineState {
  v: 1;
  step: Step;
  opts?: ComposeOptions;
  title?: string;
  body?: string;
  attachment?: { kind: 'photo' | 'document'; source: string; channel: ChannelName; fileName?: string } | null;
  unitId?: string;
  unitName?: string;
  roles?: ('collaborator' | 'official')[];
  sectors?: string[];
  strata?: string[];
  requireAck?: boolean;
  /** ISO instants (flow state is JSON). */
  ackDeadline?: string | null;
  urgent?: boolean;
  scheduledAt?: string | null;
}

export type Result = Outcome<ComposeState>;
export type Input = UserInput;

/** Buttons offered for sectors / strata / units; longer lists are typed by name or code. */
export const MAX_OPTION_BUTTONS = 12;

export function choice(label: string, value: string): ReplyChoice {
  return { label, value };
}

export function isChoice(input: Input, value: string): boolean {
  return input.type === 'choice' && input.value === value;
}

export function cancelChoice(ctx: FlowContext): ReplyChoice {
  return choice(ctx.t('broadcast-btn-cancel'), V.cancel);
}

/** A file's kind and name as the texts name it («ảnh», «tài liệu «Cong-van-15.pdf»»). */
export function fileArgs(a: NonNullable<ComposeState['attachment']>): Record<string, string> {
  return { kind: a.kind, named: a.fileName ? 'yes' : 'no', name: a.fileName ?? '' };
}

/** The draft as the effects take it (JSON-safe). */
export function draftOf(s: ComposeState): DraftJson {
  return {
    title: s.title ?? '',
    body: s.body ?? '',
    attachment: s.attachment ?? null,
    unitId: s.unitId ?? '',
    filters: { roles: s.roles, sectors: s.sectors, strata: s.strata },
    requireAck: s.requireAck ?? false,
    ackDeadline: s.ackDeadline ?? null,
    urgent: s.urgent ?? false,
    scheduledAt: s.scheduledAt ?? null,
  };
}
