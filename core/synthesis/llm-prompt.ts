import type { SynthesisModel } from './model.js';
import type { WriteContext } from './prose.js';

/**
 * The facts the AI-assisted draft may use: group-level content only. No person's name, phone,
 * account or channel id is in the model to begin with (opinions are recorded by group, the
 * reporter is never named, free text is masked); unit names and places are left out as well,
 * so the prompt says what was reported, not by whom or where exactly.
 */
export function promptFacts(ctx: WriteContext, model: SynthesisModel) {
  const refs = (s: { receipt: string }[]) => s.map((x) => x.receipt);
  const issue = (i: SynthesisModel['issues'][number]) => ({
    refs: refs(i.sources),
    topic: i.topicName,
    title: i.title,
    scope: ctx.lab('scope', i.scope) || null,
    online: i.online,
    summaries: i.summaries.map((s) => s.text),
    opinions: i.streams.map((s) => ({
      stance: ctx.lab('stance', s.stance),
      prevalence: ctx.lab('prevalence', s.prevalence),
      group: ctx.lab('stratum', s.holder),
      content: s.content,
      refs: refs(s.sources),
    })),
    causes: i.causes.map((c) => c.text),
    forecasts: i.forecasts.map((c) => c.text),
    proposals: i.proposals.map((c) => c.text),
  });
  const total = model.input.completeness.reduce(
    (a, c) => ({
      expected: a.expected + (c.view.total?.expected ?? 0),
      onTime: a.onTime + (c.view.total?.onTime ?? 0),
      missing: a.missing + (c.view.total?.missing ?? 0),
    }),
    { expected: 0, onTime: 0, missing: 0 },
  );
  return {
    period: { from: model.input.window.from, to: model.input.window.to, kind: model.input.span.kind },
    reports: model.counts,
    assessments: model.assessments.map((a) => ({ state: ctx.lab('assessment', a.code), reports: a.sources.length, refs: refs(a.sources) })),
    moods: model.moods.map((m) => ({ mood: ctx.lab('mood', m.code), reports: m.sources.length, refs: refs(m.sources) })),
    issues: model.issues.map(issue),
    rumours: [...model.rumourIssues.map(issue), ...model.rumourNotes.map((n) => ({ refs: refs(n.sources), title: n.text }))],
    hotSpots: model.hotSpots.map((h) => ({
      ref: h.receiptNo,
      category: ctx.lab('hscat', h.category),
      severity: h.severity,
      status: ctx.lab('hsstatus', h.status),
      description: h.description,
      outcome: h.outcome,
    })),
    proposals: model.generalProposals.map((p) => ({ text: p.text, refs: refs(p.sources) })),
    reporting: total,
  };
}

/** Every receipt the draft may cite: reports and hot spots of the synthesis. */
export function knownRefs(model: SynthesisModel): Set<string> {
  return new Set([...model.reports.map((r) => r.receiptNo), ...model.hotSpots.map((h) => h.receiptNo)]);
}
