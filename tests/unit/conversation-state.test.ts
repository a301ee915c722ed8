import { describe, expect, it } from 'vitest';
import { changedMind, emptyState, lookupButton, matchTyped, readState, renderReplies } from '../../bot/engine/conversation-state.js';
import { parseCommand } from '../../bot/engine/router.js';

describe('pending choices', () => {
  const state = emptyState();
  const out = renderReplies(
    [
      {
        text: 'Đánh giá chung?',
        choices: [
          { label: 'Ổn định', value: 'on_dinh' },
          { label: 'Có diễn biến phức tạp', value: 'phuc_tap' },
        ],
      },
    ],
    state,
  );
  const first = out[0]!;
  const data = first.type === 'text' ? first.choices!.map((c) => c.data) : [];

  it('puts opaque, short data on buttons', () => {
    for (const d of data) expect(Buffer.byteLength(d)).toBeLessThanOrEqual(64);
    expect(data.join()).not.toContain('on_dinh');
  });
  it('maps a pressed button back to its value', () => {
    expect(lookupButton(state, data[1]!)).toEqual({ kind: 'value', value: 'phuc_tap' });
  });
  it('treats a button of an older question as stale', () => {
    const older = { ...state, pending: { ...state.pending!, nonce: 'zzzzzzzz' } };
    expect(lookupButton(older, data[0]!)).toEqual({ kind: 'stale' });
    expect(lookupButton(state, 'h:abc:ack')).toEqual({ kind: 'none' });
  });
  it('accepts numbers and labels typed any way', () => {
    expect(matchTyped(state, '2')).toBe('phuc_tap');
    expect(matchTyped(state, ' 1. ')).toBe('on_dinh');
    expect(matchTyped(state, 'ON DINH')).toBe('on_dinh');
    expect(matchTyped(state, 'ổn định')).toBe('on_dinh');
    expect(matchTyped(state, '3')).toBeNull();
    expect(matchTyped(state, 'something else')).toBeNull();
  });
  it('another button of the question just answered names the option chosen; the same one is a double tap', () => {
    const q = emptyState();
    const [asked] = renderReplies(
      [
        {
          text: 'Đánh giá chung?',
          choices: [
            { label: 'Ổn định', value: 'on_dinh' },
            { label: 'Cơ bản ổn định', value: 'co_ban' },
          ],
        },
      ],
      q,
    );
    const [first, second] = (asked as { choices: { data: string }[] }).choices.map((c) => c.data);
    expect(lookupButton(q, first!)).toEqual({ kind: 'value', value: 'on_dinh' });
    renderReplies([{ text: 'Tâm trạng?', choices: [{ label: 'Phấn khởi', value: 'phan_khoi' }] }], q);
    const other = lookupButton(q, second!);
    expect(other).toEqual({ kind: 'answered', index: 1 });
    expect(changedMind(q, 1)).toBe('Ổn định');
    expect(changedMind(q, 0)).toBeNull();
  });

  it('reads «ok», «vâng», «có ạ», «ko» as the answer to a yes-or-no question, and nowhere else', () => {
    const q = emptyState();
    renderReplies(
      [
        {
          text: 'Ẩn danh?',
          choices: [
            { label: 'Có, ẩn danh', value: 'yes' },
            { label: 'Không', value: 'no' },
          ],
        },
      ],
      q,
    );
    for (const yes of ['ok', 'OK.', 'vâng', 'Có ạ', 'đồng ý nhé']) expect(matchTyped(q, yes), yes).toBe('yes');
    for (const no of ['ko', 'k', 'không ạ']) expect(matchTyped(q, no), no).toBe('no');
    expect(matchTyped(state, 'ok')).toBeNull();
  });

  it('takes the first words of one option, or a phrase only one option has, but never guesses a meta button', () => {
    const q = emptyState();
    renderReplies(
      [
        {
          text: 'Loại sự việc:',
          choices: [
            { label: 'Khiếu kiện đông người, vượt cấp', value: 'khieu_kien' },
            { label: 'Tụ tập đông người, biểu tình, kích động gây rối', value: 'tu_tap' },
            { label: 'Thu hồi đất, bồi thường, giải phóng mặt bằng', value: 'thu_hoi' },
            { label: 'Tranh chấp đất đai', value: 'tranh_chap' },
            { label: 'Bỏ qua', value: '_skip' },
          ],
        },
      ],
      q,
    );
    expect(matchTyped(q, 'tụ tập đông người')).toBe('tu_tap');
    expect(matchTyped(q, 'thu hoi dat')).toBe('thu_hoi');
    expect(matchTyped(q, 'biểu tình')).toBe('tu_tap');
    expect(matchTyped(q, 'đông người')).toBeNull(); // two options say it
    expect(matchTyped(q, 'đất')).toBeNull(); // too short to guess
    expect(matchTyped(q, 'bỏ qu')).toBeNull();
    expect(matchTyped(q, 'Bỏ qua')).toBe('_skip'); // exact still works
    expect(matchTyped(q, 'tụ tập đông người trước cổng xã')).toBeNull(); // more than the option: text, not a choice
  });
  it('guesses an «all» or «own unit» option too: only the moves through the form (skip, back, pages) are never guessed', () => {
    const q = emptyState();
    const choices = [
      { label: 'Tất cả các ngành, lĩnh vực', value: '_all' },
      { label: 'Mặt trận Tổ quốc', value: 'mttq' },
      { label: '‹ Trang trước', value: '_prev' },
      { label: 'Bỏ qua bước này', value: '_skip' },
    ];
    renderReplies([{ text: 'Chọn ngành, lĩnh vực (hoặc gõ tên):', choices }], q);
    expect(matchTyped(q, 'tat ca')).toBe('_all');
    expect(matchTyped(q, 'mặt trận')).toBe('mttq');
    expect(matchTyped(q, 'bo qua')).toBeNull();
    expect(matchTyped(q, 'trang truoc')).toBe('_prev'); // the whole label typed is exact, not a guess
    expect(matchTyped(q, 'nganh linh vuc')).toBeNull(); // a flow's own option: from its first words only
  });
  it('takes a short first word that only one option starts with («một» is «Một phương án»), never a part of a word', () => {
    const q = emptyState();
    renderReplies(
      [
        {
          text: 'Người trả lời được chọn:',
          choices: [
            { label: 'Một phương án', value: 'single' },
            { label: 'Nhiều phương án', value: 'multiple' },
          ],
        },
      ],
      q,
    );
    expect(matchTyped(q, 'một')).toBe('single');
    expect(matchTyped(q, 'nhieu')).toBe('multiple');
    expect(matchTyped(q, 'mo')).toBeNull(); // not a whole word
    expect(matchTyped(q, 'nhi')).toBeNull(); // not a whole word of the label
    expect(matchTyped(q, 'án')).toBeNull();
  });
  it('numbers the buttons of a long question as typed numbers read them, not a short one, not a list that numbers itself (issue 11 item 19)', () => {
    const cats = ['Khiếu kiện', 'Thu hồi đất', 'Tranh chấp đất đai', 'Tôn giáo', 'Dân tộc', 'Đình công', 'Di dời chợ'];
    const q = emptyState();
    const [m] = renderReplies(
      [{ text: 'Loại sự việc:', choices: [...cats.map((label, i) => ({ label, value: `c${i}` })), { label: 'Bỏ qua', value: '_skip' }] }],
      q,
    );
    const labels = m!.type === 'text' ? m!.choices!.map((c) => c.label) : [];
    expect(labels[6]).toBe('7. Di dời chợ');
    expect(labels[7]).toBe('8. Bỏ qua');
    expect(matchTyped(q, '7')).toBe('c6');
    expect(matchTyped(q, 'di doi cho')).toBe('c6');
    const [short] = renderReplies(
      [
        {
          text: 'Gửi?',
          choices: [
            { label: 'Có', value: 'yes' },
            { label: 'Không', value: 'no' },
          ],
        },
      ],
      emptyState(),
    );
    expect(short!.type === 'text' ? short!.choices!.map((c) => c.label) : []).toEqual(['Có', 'Không']);
    const scale = ['1 — Rất không hài lòng', '2 — Không hài lòng', '3 — Bình thường', '4 — Hài lòng', '5 — Rất hài lòng', '‹ Câu trước'];
    const [s] = renderReplies([{ text: 'Mức độ?', choices: scale.map((label, i) => ({ label, value: `o${i}` })) }], emptyState());
    expect(s!.type === 'text' ? s!.choices!.map((c) => c.label) : []).toEqual(scale);
  });
  it('takes «có» for «Có, ẩn danh»', () => {
    const q = emptyState();
    renderReplies(
      [
        {
          text: 'Thăm dò ẩn danh?',
          choices: [
            { label: 'Có, ẩn danh', value: 'yes' },
            { label: 'Không', value: 'no' },
          ],
        },
      ],
      q,
    );
    expect(matchTyped(q, 'có')).toBe('yes');
    expect(matchTyped(q, 'Co')).toBe('yes');
    expect(matchTyped(q, 'c')).toBeNull();
  });
  it('takes a scale step typed in words («hài lòng» is «4 — Hài lòng», not «5 — Rất hài lòng»)', () => {
    const q = emptyState();
    const scale = ['1 — Rất không hài lòng', '2 — Không hài lòng', '3 — Bình thường', '4 — Hài lòng', '5 — Rất hài lòng'];
    renderReplies([{ text: 'Mức độ hài lòng?', choices: scale.map((label, i) => ({ label, value: `o${i}` })) }], q);
    expect(matchTyped(q, 'hài lòng')).toBe('o3');
    expect(matchTyped(q, 'rat hai long')).toBe('o4');
    expect(matchTyped(q, '4')).toBe('o3');
  });
  it('a list of amounts («1 ngày», «3 ngày», «7 ngày»…) reads a typed number as the amount, not the place of a button', () => {
    const q = emptyState();
    const days = [1, 3, 7, 15, 30];
    renderReplies([{ text: 'Hạn xử lý?', choices: days.map((d) => ({ label: `${d} ngày`, value: String(d) })), amounts: true }], q);
    expect(matchTyped(q, '3')).toBe('3');
    expect(matchTyped(q, '15')).toBe('15');
    expect(matchTyped(q, '2')).toBeNull(); // the flow reads it: two days
    expect(matchTyped(q, '10')).toBeNull();
    expect(matchTyped(q, '7 NGÀY')).toBe('7');
    expect(readState(JSON.parse(JSON.stringify(q))).pending?.amounts).toBe(true);
  });
  it('survives garbage stored state', () => {
    expect(readState('nonsense')).toEqual(emptyState());
    expect(readState({ flow: 3, parked: 'x', pending: { values: 1 } })).toEqual(emptyState());
  });
});

describe('parseCommand', () => {
  it('parses commands with args, bot suffix and Vietnamese names', () => {
    expect(parseCommand('/start ABCD2345')).toEqual({ name: 'start', args: 'ABCD2345' });
    expect(parseCommand('/Huy@dlxh_bot')).toEqual({ name: 'huy', args: '' });
    expect(parseCommand('/tonghop 2026-10')).toEqual({ name: 'tonghop', args: '2026-10' });
    expect(parseCommand('không phải lệnh')).toBeNull();
    expect(parseCommand('/')).toBeNull();
  });
});

describe('what keeps a question open (issue 11, items 2 and 4)', () => {
  const ask = {
    text: 'Phạm vi?',
    choices: [
      { label: 'Trong nước', value: 'trong_nuoc' },
      { label: 'Trong tỉnh', value: 'trong_tinh' },
    ],
  };
  const standalone = (v: string) => v.startsWith('/') || v.startsWith('h:');
  const dataOf = (out: ReturnType<typeof renderReplies>) => out.flatMap((m) => (m.type === 'text' ? (m.choices ?? []) : [])).map((c) => c.data);

  it('a reply without a question leaves the pending one alone; a standalone button carries its value', () => {
    const state = { ...emptyState(), flow: 'hot-spot-raise' };
    const [b0] = dataOf(renderReplies([ask], state));
    const out = renderReplies([{ text: 'Tình trạng', choices: [{ label: 'Báo cáo', value: '/baocao' }] }], state, { unchanged: true, standalone });
    expect(dataOf(out)).toEqual(['/baocao']);
    expect(lookupButton(state, b0!)).toEqual({ kind: 'value', value: 'trong_nuoc' });
    expect(matchTyped(state, '2')).toBe('trong_tinh');
  });
  it('outside a flow, a newer list of action buttons takes the typed numbers (Zalo Bot: /tailieu topics, then a topic)', () => {
    const state = emptyState();
    renderReplies([{ text: 'Chủ đề', choices: [{ label: 'Kỹ năng', value: '/tailieu' }] }], state, { standalone });
    renderReplies([{ text: 'Tài liệu', choices: [{ label: 'Năm bước', value: '/trangthai' }] }], state, { unchanged: true, standalone });
    expect(matchTyped(state, '1')).toBe('/trangthai');
    renderReplies([{ text: 'Không có nút' }], state, { unchanged: true, standalone });
    expect(matchTyped(state, '1')).toBe('/trangthai');
    // A typed command answered without buttons starts afresh: "1" no longer presses the old list.
    renderReplies([{ text: 'Các báo cáo đã gửi: 1. BC-… 2. BN-…' }], state, { unchanged: true, command: true, standalone });
    expect(matchTyped(state, '1')).toBeNull();
  });
  it('the same question asked again keeps its buttons; a new question makes the old ones "answered", then stale', () => {
    const state = emptyState();
    const [b0] = dataOf(renderReplies([ask], state));
    renderReplies([{ text: 'Chưa rõ' }, ask], state, { unchanged: true });
    expect(lookupButton(state, b0!).kind).toBe('value');
    renderReplies([{ text: 'Tóm tắt?', choices: [{ label: 'Bỏ qua', value: 'skip' }] }], state, { unchanged: false });
    expect(lookupButton(state, b0!).kind).toBe('answered');
    renderReplies([{ text: 'Tiếp?', choices: [{ label: 'Có', value: 'yes' }] }], state, { unchanged: false });
    expect(lookupButton(state, b0!).kind).toBe('stale');
  });
  it('a value too long for Telegram goes through the pending question', () => {
    const state = emptyState();
    const long = `/${'a'.repeat(80)}`;
    const [d] = dataOf(renderReplies([{ text: 'x', choices: [{ label: 'x', value: long }] }], state, { standalone }));
    expect(d).toMatch(/^c:/);
    expect(lookupButton(state, d!)).toEqual({ kind: 'value', value: long });
  });
});

describe('a paged list (issue 11 item 19)', () => {
  const state = emptyState();
  const items = Array.from({ length: 12 }, (_, i) => ({ label: i === 10 ? 'Khiếu nại – tố cáo' : `Nhóm ${i + 1}`, value: `g${i + 1}` }));
  renderReplies(
    [
      {
        text: 'Nhóm chủ đề?',
        choices: [...items.slice(0, 8).map((c, i) => ({ ...c, label: `${i + 1}. ${c.label}` })), { label: 'Xem thêm ›', value: '_next' }],
        typed: items,
      },
    ],
    state,
  );
  it('takes the label of an option on another page, typed without accents or dash', () => {
    expect(matchTyped(state, 'khieu nai to cao')).toBe('g11');
    expect(matchTyped(state, 'Khiếu nại – tố cáo')).toBe('g11');
  });
  it('reads numbers as the buttons shown number them, and a numbered label typed back as its option', () => {
    expect(matchTyped(state, '2')).toBe('g2');
    expect(matchTyped(state, '3. Nhóm 3')).toBe('g3');
    expect(matchTyped(state, '9')).toBe('_next');
  });
  it('punctuation alone matches nothing', () => {
    expect(matchTyped(state, '–')).toBeNull();
  });
  it('survives a reload of the stored state', () => {
    expect(matchTyped(readState(JSON.parse(JSON.stringify(state))), 'khieu nai to cao')).toBe('g11');
  });
});
