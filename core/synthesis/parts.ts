import type { Executor } from '../../db/client.js';
import type { Locale } from '../kernel/i18n.js';
import type { UnitTree } from '../people/unit-tree.js';
import type { SynthesisInput } from './collect.js';
import type { Block } from './document.js';
import type { WriteContext } from './prose.js';

/**
 * THE EXTENSION POINT (see core/synthesis/README.md). A feature adds its part of the synthesis
 * with one file under `core/synthesis/parts/` exporting a `SynthesisPart`, and one line in
 * `parts/index.ts`. The part reads its own tables for the scope and span (`collect`, in the
 * generating job, never in a chat update) and writes its sub-section (`render`, pure); the
 * document numbers it within its slot. A part with nothing to say returns null from `collect`
 * and the sub-section is left out.
 *
 * Slots: 'work' — IX. the Ban's own work in the period (reporting, guidance, polls, report
 * requests, giao ban meetings, survey campaigns); 'handling' — X. results of handling what was
 * reported (hot spots, cases).
 */
export type PartSlot = 'work' | 'handling';

export interface PartCollectContext {
  db: Executor;
  input: SynthesisInput;
  tree: UnitTree;
  /** Units whose people and records count for the scope (its subtree, merged units resolved). */
  unitIds: string[];
  /** The span's instants: [fromAt, toAt). */
  fromAt: Date;
  toAt: Date;
  timeZone: string;
  locale: Locale;
}

interface PartOutput {
  title: string;
  blocks: Block[];
}

export interface SynthesisPart<D = unknown> {
  /** Stable id, e.g. 'guidance', 'cases'. */
  id: string;
  slot: PartSlot;
  /** Position within the slot (10, 20, …; leave gaps). */
  order: number;
  collect(ctx: PartCollectContext): Promise<D | null>;
  render(data: D, ctx: WriteContext): PartOutput;
}

/** Collected data of one part, ready to render. */
export interface CollectedPart {
  part: SynthesisPart<unknown>;
  data: unknown;
}

export function definePart<D>(part: SynthesisPart<D>): SynthesisPart<unknown> {
  return part as SynthesisPart<unknown>;
}

export async function collectParts(parts: readonly SynthesisPart<unknown>[], ctx: PartCollectContext): Promise<CollectedPart[]> {
  const out: CollectedPart[] = [];
  for (const part of [...parts].sort((a, b) => a.order - b.order)) {
    const data = await part.collect(ctx);
    if (data !== null) out.push({ part, data });
  }
  return out;
}

/** The numbered sub-sections of one slot. */
export function renderSlot(collected: CollectedPart[], slot: PartSlot, ctx: WriteContext): Block[] {
  return collected
    .filter((c) => c.part.slot === slot)
    .flatMap((c, i) => {
      const out = c.part.render(c.data, ctx);
      return [{ kind: 'heading', level: 2, text: `${i + 1}. ${out.title}` } as Block, ...out.blocks];
    });
}
