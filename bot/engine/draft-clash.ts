import type { ConversationState } from './conversation-state.js';
import type { Flow, Reply } from './types.js';

/**
 * A resumable flow started with an argument that opens a different draft than the one the person
 * holds for it (in hand or parked) — a report request's «Lập báo cáo» while another thematic
 * draft waits (issue 13 §6). Handing back the old draft would file the report without the
 * request; starting over would lose it. So the person is asked: go on with the old draft (the
 * command alone) or start the one just opened (the command with NEW_DRAFT, which discards the
 * old draft — the question says so). An old draft with nothing typed in it gives way at once.
 */
const NEW_DRAFT = 'batdaumoi';

function storedDraft(state: ConversationState, flow: Flow): unknown {
  return state.flow === flow.name ? state.data : state.parked.find((d) => d.flow === flow.name)?.data;
}

function dropDraft(state: ConversationState, flow: Flow): void {
  if (state.flow === flow.name) {
    state.flow = null;
    state.data = null;
  }
  state.parked = state.parked.filter((d) => d.flow !== flow.name);
}

export type Clash = { kind: 'start'; arg: string } | { kind: 'ask'; replies: Reply[] };

/**
 * Before `flow` starts with `arg` by `/command`: the argument to start with (an old draft that
 * gives way is dropped from `state`), or the question to ask instead.
 */
export function checkClash(state: ConversationState, flow: Flow, command: string | null, arg: string, t: (key: string) => string): Clash {
  const chosen = arg.startsWith(`${NEW_DRAFT} `);
  const rest = chosen ? arg.slice(NEW_DRAFT.length + 1) : arg;
  const data = storedDraft(state, flow);
  const prefix = data === undefined || !flow.resumable ? null : (flow.startsAnew?.(data, rest) ?? null);
  if (!prefix) return { kind: 'start', arg: rest };
  if (chosen || !command || !flow.hasAnswers?.(data)) {
    dropDraft(state, flow);
    return { kind: 'start', arg: rest };
  }
  return {
    kind: 'ask',
    replies: [
      {
        text: t(`${prefix}-ask`),
        choices: [
          { label: t(`${prefix}-keep`), value: `/${command}` },
          { label: t(`${prefix}-new`), value: `/${command} ${NEW_DRAFT} ${rest}` },
        ],
      },
    ],
  };
}
