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

describe('/taothamdo «Thời hạn trả lời» (qa7 item 3)', () => {
  const toCloses = () => {
    const d = new FlowDriver(pollCreateFlow, makeCtx({ person: { ...PERSON, role: 'official' } })).start();
    d.type('Ý kiến về việc điều chỉnh giá điện?').type('Hợp lý\nChưa hợp lý').type('mot').type('khong');
    expect(d.last().text).toContain('Thời hạn trả lời');
    return d;
  };
  it('a typed number is that many days, not the place of a button («2» was «1 ngày»)', () => {
    for (const [typed, hours] of [
      ['2', 48],
      ['3', 72],
      ['1', 24],
      ['10', 240],
      ['2 giờ', 2],
      ['36 gio', 36],
    ] as const) {
      expect(toCloses().type(typed).state?.closes, typed).toEqual({ hours });
    }
  });
  it('the buttons still give their durations', () => {
    expect(toCloses().choose('2h').state?.closes).toEqual({ hours: 2 });
    expect(toCloses().choose('24h').state?.closes).toEqual({ hours: 24 });
    expect(toCloses().send({ type: 'choice', value: '168' }).state?.closes).toEqual({ hours: 168 });
  });
});
