import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createI18n } from '../../core/kernel/i18n.js';
import { configSchema } from '../../core/platform/config.js';
import { generateSynthesis } from '../../core/synthesis/generate.js';
import { completionsUrl } from '../../core/synthesis/llm.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { startFakeLlm, type FakeLlm } from '../helpers/fake-llm.js';
import { docxText, partText, unzip } from './synthesis-docx-reader.js';
import { seedSynthesisMonth } from './synthesis-fixtures.js';
import { vn } from './reporting-fixtures.js';
import { testConfig } from '../helpers/config.js';
import { type PersonRef, type Unit } from '../../testkit/seed.js';

/** The optional AI-assisted draft against a local fake of an OpenAI-compatible endpoint. */
let t: TestDatabase;
let u: Record<string, Unit>;
let p: Record<string, PersonRef>;
let llm: FakeLlm;
let dataDir = '';
const { t: tr } = createI18n();

const DRAFT = {
  assessment: [
    { text: 'Tình hình tư tưởng cơ bản ổn định; giá xăng dầu tăng là vấn đề được quan tâm nhiều nhất.', refs: ['BC-2026-11-000001', 'BC-2026-11-000002'] },
    { text: 'Câu này không dẫn nguồn nào nên phải bị bỏ.', refs: [] },
  ],
  forecast: [{ text: 'Dư luận về giá cả tiếp tục được quan tâm trong tháng tới.', refs: ['BC-2026-11-000001'] }],
  proposals: [{ text: 'Đề nghị chỉ đạo bình ổn giá vật tư nông nghiệp, gọi 0912 345 678 để phối hợp.', refs: ['BC-2026-11-000002', 'ZZ-9'] }],
};

beforeAll(async () => {
  t = await createTestDatabase();
  dataDir = await mkdtemp(join(tmpdir(), 'dlxh-synai-'));
  ({ u, p } = await seedSynthesisMonth(t.db));
  llm = await startFakeLlm('```json\n' + JSON.stringify(DRAFT) + '\n```');
});
afterAll(async () => {
  await llm?.close();
  await t?.close();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

const run = (extra: Record<string, string>, tag: string) =>
  generateSynthesis(t.db, testConfig({ DATA_DIR: dataDir, ...extra }), tr, {
    scope: { unitId: u.p!.id, code: u.p!.code, name: u.p!.name, path: u.p!.path },
    period: '2026-11',
    locale: 'vi',
    now: vn('2026-11-28T10:00:00'),
    tag,
  });
const withLlm = (tag: string, timeout = '5000') =>
  run({ SYNTHESIS_LLM_URL: llm.url, SYNTHESIS_LLM_MODEL: 'qwen-local', SYNTHESIS_LLM_API_KEY: 'k-123', SYNTHESIS_LLM_TIMEOUT_MS: timeout }, tag);

describe('AI-assisted draft', () => {
  it('is off by default: no request, the deterministic text', async () => {
    expect(configSchema.parse({}).SYNTHESIS_LLM_URL).toBeUndefined();
    const before = llm.requests.length;
    const g = await run({}, 'off');
    expect(g.aiStatus).toBe('off');
    expect(llm.requests.length).toBe(before);
    expect(docxText(await readFile(g.docxPath))).toContain('Tình hình tư tưởng trên địa bàn nhìn chung');
  });

  it('asks with group-level content only, non-streaming, and marks every generated sentence for review with its receipts', async () => {
    llm.mode = 'ok';
    const g = await withLlm('ok');
    expect(g.aiStatus).toBe('used');
    const req = llm.requests.at(-1)!;
    expect(req.path).toBe('/v1/chat/completions');
    expect(req.auth).toBe('Bearer k-123');
    expect(req.body).toMatchObject({ model: 'qwen-local', stream: false });
    const prompt = req.body.messages.map((m) => m.content).join('\n');
    expect(prompt).toContain('Lo chi phí sản xuất tăng');
    expect(prompt).toContain('BC-2026-11-000001');
    for (const person of Object.values(p)) {
      expect(prompt).not.toContain(person.name);
      expect(prompt).not.toContain(person.accountId);
      expect(prompt).not.toContain(person.id);
    }
    expect(prompt).not.toContain('Xã Tân Cương');
    const docx = await readFile(g.docxPath);
    const text = docxText(docx);
    expect(text).toContain('Tình hình tư tưởng cơ bản ổn định; giá xăng dầu tăng là vấn đề được quan tâm nhiều nhất.');
    expect(text).not.toContain('Câu này không dẫn nguồn');
    expect(text).not.toContain('Tình hình tư tưởng trên địa bàn nhìn chung');
    expect(text).toContain('Dư luận về giá cả tiếp tục được quan tâm trong tháng tới.');
    expect(text).toContain('gọi **** *** *78');
    const xml = unzip(docx).get('word/document.xml')!.toString();
    expect(xml.match(/<w:highlight w:val="yellow"\/>/g)).toHaveLength(3);
    const comments = partText(docx, 'word/comments.xml');
    expect(comments).toContain(
      'Câu do trợ lý AI gợi ý; cán bộ rà soát, đối chiếu với báo cáo nguồn trước khi sử dụng. Căn cứ: BC-2026-11-000001, BC-2026-11-000002.',
    );
    expect(comments).toContain('Căn cứ: BC-2026-11-000002.');
    expect(g.markdown).toContain('**[AI]** Dư luận về giá cả tiếp tục được quan tâm trong tháng tới.');
    expect(partText(docx, 'word/header1.xml') + partText(docx, 'word/header2.xml')).toContain('các câu tô vàng do trợ lý AI gợi ý');
  });

  for (const [mode, status] of [
    ['malformed', 'malformed'],
    ['http_error', 'http_error'],
    ['sse', 'malformed'],
    ['bad_refs', 'malformed'],
  ] as const) {
    it(`falls back to the deterministic text on ${mode}`, async () => {
      llm.mode = mode;
      const g = await withLlm(mode);
      expect(g.aiStatus).toBe(status);
      const text = docxText(await readFile(g.docxPath));
      expect(text).toContain('Tình hình tư tưởng trên địa bàn nhìn chung');
      expect(
        unzip(await readFile(g.docxPath))
          .get('word/document.xml')!
          .toString(),
      ).not.toContain('w:highlight');
    });
  }

  it('gives up after the timeout and keeps the deterministic text', async () => {
    llm.mode = 'slow';
    const started = Date.now();
    const g = await withLlm('slow', '1000');
    expect(g.aiStatus).toBe('timeout');
    expect(Date.now() - started).toBeLessThan(8000);
    expect(docxText(await readFile(g.docxPath))).toContain('Tình hình tư tưởng trên địa bàn nhìn chung');
  });

  it('accepts a base URL or the full endpoint', () => {
    expect(completionsUrl('http://10.0.0.5:8000/v1/')).toBe('http://10.0.0.5:8000/v1/chat/completions');
    expect(completionsUrl('http://10.0.0.5:8000/v1/chat/completions')).toBe('http://10.0.0.5:8000/v1/chat/completions');
  });
});
