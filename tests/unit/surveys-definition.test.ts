import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../core/kernel/i18n.js';
import { issueLines } from '../../core/surveys/issues-text.js';
import { loadQuestionnaire } from '../../core/surveys/load.js';
import { compareResults, tally, type ResponseRow, type SurveyResults } from '../../core/surveys/results.js';
import { drawSample, parseQuotas, type Member } from '../../core/surveys/sample.js';
import { readNumber, readOptionNumbers, walk } from '../../core/surveys/walk.js';
import type { Questionnaire } from '../../core/surveys/definition.js';

const FILE = new URL('../fixtures/surveys/dlxh-20.yaml', import.meta.url);
const text = readFileSync(FILE, 'utf8');
const load = (s: string) => loadQuestionnaire(s);
const q = (): Questionnaire => {
  const r = load(text);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.questionnaire;
};

describe('questionnaire files', () => {
  it('reads the 20-question YAML file with its scales and skip rules', () => {
    const s = q();
    expect(s.questions).toHaveLength(20);
    expect(s.sections).toEqual(['Phần I. Thông tin chung', 'Phần II. Hiểu biết và sử dụng', 'Phần III. Ý kiến']);
    expect(s.questions.find((x) => x.id === 'pho_bien')!.options).toHaveLength(7);
    expect(s.questions.find((x) => x.id === 'dong_tinh')!.options![4]).toMatch(/^5 — Hoàn toàn đồng tình/);
    expect(s.questions.find((x) => x.id === 'biet')!.skip).toEqual([{ when: ['1'], to: 'mong_muon' }]);
    expect(s.questions.find((x) => x.id === 'so_lan')!.skip).toEqual([{ below: 1, to: 'ly_do_chua' }]);
  });

  it('reads the same questionnaire written as JSON', () => {
    const json = JSON.stringify(
      { code: 'j1', title: 'Thử JSON', sections: [{ questions: [{ id: 'a', type: 'single', text: 'Câu a?', options: ['Có', 'Không'] }] }] },
      null,
      2,
    );
    const r = load(json);
    expect(r.ok && r.questionnaire.questions[0]!.options).toEqual(['Có', 'Không']);
  });

  it('reports every problem with its line, worded for an official', () => {
    const broken = text
      .replace('        options: [Nam, Nữ]', '        options: [Nam]') // line of gioi's options: too few
      .replace('            to: mong_muon', '            to: khong_co') // unknown target
      .replace('      - id: hai_long\n        type: scale\n        scale: satisfaction', '      - id: hai_long\n        type: scale\n        scale: hailong') // bad scale
      .replace('        max_choices: 3', '        max_choice: 3'); // unknown key
    const r = load(broken);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const lines = broken.split('\n');
    const lineOf = (needle: string) => lines.findIndex((l) => l.includes(needle)) + 1;
    const byCode = Object.fromEntries(r.issues.map((i) => [i.code, i]));
    expect(byCode.too_small).toMatchObject({ line: lineOf('options: [Nam]'), question: 'gioi' });
    expect(byCode.not_allowed).toMatchObject({ line: lineOf('scale: hailong'), question: 'hai_long' });
    expect(byCode.unknown_key).toMatchObject({ question: 'kho_khan', detail: 'max_choice' });
    const printed = issueLines(createI18n().t, 'vi', r.issues);
    expect(printed.join('\n')).toContain(`dòng ${lineOf('options: [Nam]')} (câu gioi, options): quá ít hoặc quá ngắn (tối thiểu 2)`);
    expect(printed.join('\n')).toMatch(/câu kho_khan\): mục không được hỗ trợ: max_choice/);
  });

  it('reports cross-reference problems after the schema passes: unknown and backward targets, unknown options, duplicate ids', () => {
    const bad = text
      .replace('            to: mong_muon', '            to: nghe') // backward
      .replace('          - if: [Chưa dùng]', '          - if: [Không biết]')
      .replace('      - id: ghi_chu', '      - id: tuoi');
    const r = load(bad);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const codes = r.issues.map((i) => i.code).sort();
    expect(codes).toEqual(['backward_target', 'duplicate_id', 'unknown_option']);
    const dup = r.issues.find((i) => i.code === 'duplicate_id')!;
    // The second "id: tuoi" (the last question) is the duplicate.
    expect(dup.line).toBe(bad.split('\n').lastIndexOf('      - id: tuoi') + 1);
  });

  it('reports a YAML syntax error with its line', () => {
    const r = load('code: x\ntitle: "không đóng\nsections: []\n');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]).toMatchObject({ code: 'syntax' });
  });
});

describe('walking a questionnaire', () => {
  it('follows skip rules on choices and numbers, and drops answers off the way', () => {
    const s = q();
    const base = { tuoi: 40, gioi: [0], nghe: [0], nghe_khac: null };
    expect(walk(s, { ...base, biet: [1] }).next).toBe('mong_muon');
    expect(walk(s, { ...base, biet: [0], kenh: [0, 2], dung_app: [0], so_lan: 0 }).next).toBe('ly_do_chua');
    expect(walk(s, { ...base, biet: [0], kenh: [0], dung_app: [0], so_lan: 3 }).next).toBe('hai_long');
    const changed = walk(s, { ...base, biet: [1], kenh: [0], dung_app: [0] });
    expect(changed.path).not.toContain('kenh');
  });

  it('reads typed numbers and option lists', () => {
    const s = q();
    const tuoi = s.questions[0]!;
    expect(readNumber(tuoi, '45')).toEqual({ ok: true, value: 45 });
    expect(readNumber(tuoi, '12')).toEqual({ ok: false, code: 'below_min' });
    expect(readNumber(tuoi, 'bốn mươi')).toEqual({ ok: false, code: 'not_a_number' });
    expect(readNumber({ ...tuoi, max: 10_000 }, '1.500')).toEqual({ ok: true, value: 1500 });
    const khoKhan = s.questions.find((x) => x.id === 'kho_khan')!;
    expect(readOptionNumbers(khoKhan, '3, 1')).toEqual({ ok: true, value: [0, 2] });
    expect(readOptionNumbers(khoKhan, '1 2 3 4')).toEqual({ ok: false, code: 'too_many' });
    expect(readOptionNumbers(khoKhan, '7')).toEqual({ ok: false, code: 'not_options' });
  });
});

describe('sampling', () => {
  const members: Member[] = Array.from({ length: 300 }, (_, i) => ({
    personId: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    unitId: `u${i % 3}`,
    stratum: ['nong_dan', 'cong_nhan', 'tri_thuc', 'thanh_nien'][i % 4]!,
  }));

  it('draws the same people from the same seed whatever the order, and others from another seed', () => {
    const spec = { kind: 'quota' as const, quotas: { nong_dan: 10, cong_nhan: 5, tri_thuc: 200 } };
    const a = drawSample(members, spec, 'seed-1').map((m) => m.personId);
    const b = drawSample([...members].reverse(), spec, 'seed-1').map((m) => m.personId);
    const c = drawSample(members, spec, 'seed-2').map((m) => m.personId);
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
    const chosen = drawSample(members, spec, 'seed-1');
    const per = (s: string) => chosen.filter((m) => m.stratum === s).length;
    // Quotas are met exactly where the group is big enough; a larger quota takes the whole group; other groups are left out.
    expect([per('nong_dan'), per('cong_nhan'), per('tri_thuc'), per('thanh_nien')]).toEqual([10, 5, 75, 0]);
  });

  it('draws n per unit', () => {
    const chosen = drawSample(members, { kind: 'per_unit', n: 7 }, 'x');
    expect(['u0', 'u1', 'u2'].map((u) => chosen.filter((m) => m.unitId === u).length)).toEqual([7, 7, 7]);
  });

  it('reads quotas as typed by an official', () => {
    expect(parseQuotas('nong_dan=20, cong_nhan: 10')).toEqual({ nong_dan: 20, cong_nhan: 10 });
    expect(parseQuotas('nông dân 20')).toBeNull();
    // A group's label may hold a comma; names are read through the caller's lookup.
    const codeOf = (name: string) => ({ 'Công nhân, người lao động': 'cong_nhan', 'Nông dân': 'nong_dan' })[name] ?? null;
    expect(parseQuotas('Công nhân, người lao động=5, Nông dân: 4', codeOf)).toEqual({ cong_nhan: 5, nong_dan: 4 });
    expect(parseQuotas('Công nhân=5', codeOf)).toBeNull();
    expect(parseQuotas('Nông dân=4, rồi', codeOf)).toBeNull();
  });
});

describe('tallies and before/after', () => {
  const s = (): Questionnaire => ({
    code: 't',
    title: 'T',
    lang: 'vi',
    sections: [''],
    questions: [
      { id: 'a', type: 'single', text: 'A?', required: true, options: ['Có', 'Không'], section: 0 },
      { id: 'n', type: 'number', text: 'N?', required: true, section: 0 },
      { id: 'y', type: 'longtext', text: 'Ý kiến?', required: false, section: 0 },
    ],
  });
  const rows = (unit: string, k: number, yes: number): ResponseRow[] =>
    Array.from({ length: k }, (_, i) => ({ unitId: unit, stratum: 'nong_dan', answers: { a: [i < yes ? 0 : 1], n: i, y: i === 0 ? `ý kiến ${unit}` : null } }));

  it('counts by unit and stratum, hiding groups under 5 respondents', () => {
    const t = tally(s(), [...rows('big', 10, 4), ...rows('small', 3, 3)]);
    const a = t.questions[0]!;
    expect(a.counts).toEqual([7, 6]);
    expect(Object.keys(a.byUnit!)).toEqual(['big']);
    expect(a.byUnit!.big).toEqual([4, 6]);
    expect(t.hidden.unit).toEqual(['small']);
    expect(t.questions[1]!.number).toEqual({ mean: 48 / 13, median: 3, min: 0, max: 9 });
    expect(t.questions[2]!.open).toEqual(['ý kiến big', 'ý kiến small']);
  });

  it('compares option shares before and after, overall and per unit', () => {
    const wrap = (rs: ResponseRow[]): SurveyResults => ({
      campaignId: 'c',
      number: 1,
      code: 't',
      title: 'T',
      status: 'closed',
      respondents: rs.length,
      recipients: 0,
      responded: 0,
      units: { big: 'Xã Lớn' },
      completion: [],
      ...tally(s(), rs),
    });
    const { changes } = compareResults(wrap(rows('big', 10, 4)), wrap(rows('big', 10, 7)));
    expect(changes[0]).toMatchObject({ questionId: 'a', option: 'Có', before: 40, after: 70, byUnit: [{ unitId: 'big', before: 40, after: 70 }] });
  });
});
