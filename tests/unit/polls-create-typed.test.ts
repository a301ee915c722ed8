import { describe, expect, it } from 'vitest';
import { pollCreateFlow } from '../../bot/features/polls/create-flow.js';
import { FlowDriver, makeCtx, PERSON } from './flows-harness.js';

/** /taothamdo up to «Đối tượng nhận», every earlier question answered. */
function toRoles() {
  const d = new FlowDriver(pollCreateFlow, makeCtx({ person: { ...PERSON, role: 'official' } })).start();
  d.type('Ý kiến về việc điều chỉnh giá điện?').type('Hợp lý\nChưa hợp lý').type('mot').type('khong').type('2 ngay');
  d.choose('_own').type('tat ca');
  expect(d.last().text).toContain('Đối tượng nhận');
  return d;
}

describe('/taothamdo «Đối tượng nhận» typed', () => {
  it('«ctv», «cộng tác viên» are «Chỉ cộng tác viên» (the words of both were guessed as «Cộng tác viên và cán bộ»); «tất cả» the other', () => {
    for (const [typed, everyone] of [
      ['ctv', false],
      ['CTV', false],
      ['cong tac vien', false],
      ['tat ca', true],
      ['ctv va can bo', true],
    ] as const) {
      const d = toRoles().type(typed);
      expect(d.effect?.name, typed).toBe('polls.preview');
      expect(d.state?.everyone, typed).toBe(everyone);
    }
  });
});
