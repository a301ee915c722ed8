import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createI18n, locales } from '../../core/kernel/i18n.js';
import { BROADCAST_STATUSES } from '../../db/schema/broadcasts.js';
import { channelNames } from '../../core/kernel/messages.js';

const SOURCES = [
  'core/broadcasts/broadcast.ts',
  'core/broadcasts/render.ts',
  'core/broadcasts/figures.ts',
  'core/broadcasts/notify.ts',
  'bot/features/broadcasts/views.ts',
  'bot/features/broadcasts/effects.ts',
  'bot/features/broadcasts/feature.ts',
  'bot/features/broadcasts/compose-flow.ts',
  'bot/features/broadcasts/compose-ask.ts',
  'bot/features/broadcasts/compose-steps.ts',
  'bot/features/broadcasts/compose-state.ts',
];
const NOT_KEYS = new Set(['broadcast-compose', 'broadcast-control', 'broadcast-fanout', 'broadcast-send', 'broadcast-start']);

/** Keys built at run time from a fixed set of values. */
const DYNAMIC = [
  ...['acknowledged', 'already', 'cancelled', 'not_found'].map((o) => `broadcast-ack-${o}`),
  ...['not_found', 'not_official', 'out_of_scope', 'self_approval', 'wrong_status'].map((c) => `broadcast-control-refused-${c}`),
  ...['approve', 'reject', 'pause', 'resume', 'cancel'].map((v) => `broadcast-control-${v}-ok`),
  ...BROADCAST_STATUSES.map((s) => `broadcast-status-${s}`),
  ...[
    'title_empty',
    'title_too_long',
    'body_empty',
    'body_too_long',
    'deadline_past',
    'schedule_past',
    'deadline_before_start',
    'out_of_scope',
    'not_found',
    'not_official',
    'bad_draft',
    'unknown',
  ].map((e) => `broadcast-error-${e}`),
  ...['sending', 'scheduled'].map((s) => `broadcast-created-${s}`),
  ...channelNames.map((c) => `broadcast-channel-${c}`),
];

describe('broadcast templates', () => {
  const { has } = createI18n();
  it('every key the code uses exists in Vietnamese and English', () => {
    const used = new Set(DYNAMIC);
    for (const f of SOURCES) for (const m of readFileSync(f, 'utf8').matchAll(/'(broadcast-[a-z0-9_-]+)'/g)) if (!NOT_KEYS.has(m[1]!)) used.add(m[1]!);
    const missing = [...used].flatMap((k) => locales.filter((l) => !has(l, k)).map((l) => `${l}:${k}`));
    expect(missing).toEqual([]);
    expect(used.size).toBeGreaterThan(100);
  });

  it('both locales define the same keys', () => {
    const keys = (l: string) => new Set([...readFileSync(`templates/${l}/broadcasts.ftl`, 'utf8').matchAll(/^([a-z][a-z0-9_-]*) =/gm)].map((m) => m[1]));
    expect([...keys('vi')].sort()).toEqual([...keys('en')].sort());
  });
});
