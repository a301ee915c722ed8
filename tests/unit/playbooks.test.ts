import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePlaybook, PLAYBOOKS_DIR } from '../../core/hot-spots/playbooks.js';

/** Response playbooks (issue 13 §5): the shipped files are valid; a broken file is named line by line. */
describe('response playbooks', () => {
  it('every shipped playbook is valid and named after its category', () => {
    const files = readdirSync(PLAYBOOKS_DIR).filter((f) => f.endsWith('.yaml'));
    expect(files).toContain('chung.yaml');
    for (const f of files) {
      const r = parsePlaybook(readFileSync(join(PLAYBOOKS_DIR, f), 'utf8'));
      expect(r.ok ? r.playbook.category : r.problems, f).toBe(f.replace(/\.yaml$/, ''));
    }
  });

  it('names each problem with its line, and refuses an unknown category', () => {
    const text = [
      'category: khieu_kien',
      'title: Thử',
      'steps:',
      '  - id: buoc_1',
      '    text: Nắm tình hình',
      '  - id: Buoc 2',
      '    text: ""',
      '  - id: buoc_1',
      '    text: Trùng',
    ].join('\n');
    const r = parsePlaybook(text);
    expect(r.ok).toBe(false);
    const problems = r.ok ? [] : r.problems;
    expect(problems.some((p) => p.startsWith('dòng 6 (steps.1.id)'))).toBe(true);
    expect(problems.some((p) => p.startsWith('dòng 6 (steps.1.text)'))).toBe(true);
    expect(problems.some((p) => p.includes('phải khác nhau'))).toBe(true);
    expect(parsePlaybook('category: khieu_kien\ntitle: [không đóng')).toEqual({
      ok: false,
      problems: [expect.stringMatching(/^dòng \d: không đọc được YAML/)],
    });
    const unknown = parsePlaybook('category: bong_da\ntitle: X\nsteps:\n  - id: a\n    text: b\n');
    expect(unknown.ok ? '' : unknown.problems[0]).toContain('không phải loại điểm nóng');
  });
});
