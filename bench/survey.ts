import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { people, surveyCampaigns, surveyResponses, units } from '../db/schema/index.js';
import { answersTable, exportFile, talliesTable } from '../core/surveys/export.js';
import { loadQuestionnaire } from '../core/surveys/load.js';
import { campaignResults, loadResponses } from '../core/surveys/results.js';
import { importQuestionnaire } from '../core/surveys/store.js';
import type { Answers } from '../core/surveys/walk.js';
import { createBenchDatabase } from './lib/database.js';
import type { Figure } from './lib/stats.js';

/**
 * Issue 18: 10,000 respondents' answers to the 20-question fixture (every type, skip logic
 * followed) in 50 communes, then the results (tallies by unit and stratum) and the exports
 * (answers as XLSX and CSV, tallies as XLSX), timed from the database to the bytes.
 */
export async function runSurveyBench(opts: { respondents: number }): Promise<{ seedSeconds: number; figures: Figure[] }> {
  const database = await createBenchDatabase({ prefix: 'dlxh_bench_survey' });
  try {
    const db = database.db;
    const r = loadQuestionnaire(readFileSync(new URL('../tests/fixtures/surveys/dlxh-20.yaml', import.meta.url), 'utf8'));
    if (!r.ok) throw new Error('fixture');
    const q = r.questionnaire;
    const seeded = performance.now();
    const survey = await importQuestionnaire(db, q);
    const [root] = await db.insert(units).values({ code: 'BENCH', name: 'Tỉnh thử', kind: 'tinh', path: '/' }).returning();
    const communes = await db
      .insert(units)
      .values(Array.from({ length: 50 }, (_, i) => ({ code: `X${i}`, name: `Xã ${i}`, kind: 'xa', parentId: root!.id, path: `/${root!.id}/x${i}/` })))
      .returning({ id: units.id });
    const [author] = await db.insert(people).values({ displayName: 'Cán bộ', role: 'official', unitId: root!.id }).returning();
    const now = new Date();
    const [c] = await db
      .insert(surveyCampaigns)
      .values({
        surveyId: survey.id,
        authorId: author!.id,
        unitId: root!.id,
        sample: { kind: 'all' },
        seed: 'bench',
        status: 'closed',
        opensAt: now,
        closesAt: now,
      })
      .returning();
    const strata = ['nong_dan', 'cong_nhan', 'tri_thuc', 'thanh_nien', 'cbccvc'];
    const rows = Array.from({ length: opts.respondents }, (_, i) => ({
      campaignId: c!.id,
      unitId: communes[i % communes.length]!.id,
      stratum: strata[i % strata.length]!,
      mode: 'self' as const,
      submittedOn: '2026-12-01',
      answers: answersFor(i),
    }));
    for (let i = 0; i < rows.length; i += 1000) await db.insert(surveyResponses).values(rows.slice(i, i + 1000));
    const seedSeconds = (performance.now() - seeded) / 1000;

    const t0 = performance.now();
    const responses = await loadResponses(db, c!.id);
    const results = (await campaignResults(db, c!.id, responses))!;
    const t1 = performance.now();
    const answers = answersTable(q, responses, results.units);
    const xlsx = exportFile('xlsx', 'answers', answers);
    const csv = exportFile('csv', 'answers', answers);
    const tallies = exportFile('xlsx', 'tallies', talliesTable(results));
    const t2 = performance.now();
    const total = (t2 - t0) / 1000;
    return {
      seedSeconds,
      figures: [
        {
          what: `results: tallies by unit and stratum (${results.respondents.toLocaleString('en')} responses)`,
          value: (t1 - t0) / 1000,
          unit: 's',
          target: null,
          direction: 'max',
        },
        {
          what: `exports: answers XLSX ${(xlsx.length / 1e6).toFixed(1)} MB + CSV ${(csv.length / 1e6).toFixed(1)} MB + tallies XLSX`,
          value: (t2 - t1) / 1000,
          unit: 's',
          target: null,
          direction: 'max',
        },
        { what: 'tallied and exported, total', value: total, unit: 's', target: 5, direction: 'max' },
        { what: '  tallies XLSX size', value: tallies.length / 1e3, unit: 'kB', target: null, direction: 'max' },
      ],
    };
  } finally {
    await database.drop();
  }
}

/** A plausible answer set; every fifth respondent has not heard of the programme (the skip). */
function answersFor(i: number): Answers {
  const heard = i % 5 !== 0;
  const a: Answers = { tuoi: 18 + (i % 60), gioi: [i % 2], nghe: [i % 5], nghe_khac: null, biet: [heard ? 0 : 1] };
  if (heard) {
    Object.assign(a, {
      kenh: [i % 5, (i + 2) % 5].sort(),
      dung_app: [0],
      so_lan: i % 12,
      hai_long: [i % 5],
      kho_khan: [i % 4],
      ly_do_chua: i % 7 === 0 ? `Ý kiến số ${i}: mạng yếu, cần hướng dẫn thêm` : null,
      dong_tinh: [(i * 7) % 5],
      pho_bien: [i % 7],
      lo_ngai: [i % 4],
    });
  }
  return { ...a, mong_muon: [i % 4], tin_tuong: [(i * 3) % 5], de_xuat: null, so_nguoi: i % 8, chia_se: [i % 2], ghi_chu: null };
}
