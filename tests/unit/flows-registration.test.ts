import { describe, expect, it } from 'vitest';
import { MAX_CODE_ATTEMPTS, registrationFlow, type RegistrationState } from '../../bot/features/registration/registration-flow.js';
import { classifyNewcomerText } from '../../bot/features/registration/newcomer-text.js';
import { FlowDriver, makeCtx } from './flows-harness.js';

const guest = (now = new Date('2026-11-10T03:00:00Z')) => new FlowDriver<RegistrationState>(registrationFlow, makeCtx({ person: null, now }));
const invite = { inviteId: 'inv-1', displayName: 'Trần Thị Bình', unitName: 'Xã Tân Hòa', role: 'collaborator' as const };

describe('registration', () => {
  it('code → consent → register → welcome with the main menu', () => {
    const d = guest().start('bcgh-2k9m');
    expect(d.effect).toEqual({ name: 'registration.check-invite', input: { code: 'BCGH2K9M' } });
    d.result('registration.check-invite', { ok: true, ...invite });
    expect(d.state?.step).toBe('consent');
    const consent = d.texts();
    for (const part of ['Trần Thị Bình', 'Xã Tân Hòa', '91/2025', 'không ghi tên người cụ thể', 'rút lại']) expect(consent).toContain(part);
    expect(JSON.stringify(d.state)).not.toContain('BCGH2K9M');
    d.type('đồng ý');
    expect(d.effect).toEqual({ name: 'registration.register', input: { inviteId: 'inv-1' } });
    d.result('registration.register', { ok: true, personId: 'p1' });
    expect(d.state).toBeNull();
    expect(d.replies[0]?.text).toContain('Đăng ký thành công');
    expect(d.choices().map((c) => c.value)).toEqual(['/baocao', '/nhanh', '/chuyende', '/diemnong', '/trangthai', '/help']);
  });

  it('a collaborator reads the Quy chế after the consent and accepts it with the registration; declining ends with nothing stored', () => {
    const charter = { id: 'qc-1', version: '2026-12', title: 'Quy chế hoạt động', body: 'Điều 1. Trung thực.\n\nĐiều 2. Không ghi tên.', mediaId: null };
    const d = guest()
      .start('BCGH2K9M')
      .result('registration.check-invite', { ok: true, ...invite, charterId: 'qc-1' })
      .type('đồng ý');
    expect(d.effect).toEqual({ name: 'registration.charter', input: {} });
    d.result('registration.charter', { charter });
    expect(d.state?.step).toBe('charter');
    expect(d.texts()).toContain('Điều 2. Không ghi tên.');
    expect(d.texts()).toContain('phiên bản 2026-12');
    d.choose('agree');
    expect(d.effect).toEqual({ name: 'registration.register', input: { inviteId: 'inv-1', charterId: 'qc-1' } });

    const no = guest()
      .start('BCGH2K9M')
      .result('registration.check-invite', { ok: true, ...invite, charterId: 'qc-1' })
      .type('đồng ý');
    no.result('registration.charter', { charter }).choose('decline');
    expect(no.state).toBeNull();
    expect(no.effect).toBeUndefined();
    expect(no.texts()).toContain('chưa thể tham gia');
  });

  it('refusing consent stores nothing and explains politely', () => {
    const d = guest()
      .start('BCGH2K9M')
      .result('registration.check-invite', { ok: true, ...invite })
      .choose('decline');
    expect(d.state).toBeNull();
    expect(d.effect).toBeUndefined();
    expect(d.texts()).toContain('không lưu bất kỳ thông tin nào');
  });

  it('free text from an unknown user gets the introduction, not a failed attempt', () => {
    const d = guest().start('xin chào');
    expect(d.effect).toBeUndefined();
    expect(d.state).toMatchObject({ step: 'code', attempts: 0 });
    expect(d.texts()).toContain('mã mời gồm 8 ký tự');
  });

  it('explains expired, used and unknown codes', () => {
    const d = guest().start().type('BCGH2K9M').result('registration.check-invite', { ok: false, code: 'expired' });
    expect(d.texts()).toContain('đã hết hạn');
    d.type('BCGH2K9N').result('registration.check-invite', { ok: false, code: 'used' });
    expect(d.texts()).toContain('đã được sử dụng');
    d.type('BCGH2K9P').result('registration.check-invite', { ok: false, code: 'unknown' });
    expect(d.texts()).toContain('không đúng');
    expect(d.texts()).toContain(`còn ${MAX_CODE_ATTEMPTS - 3} lần`);
  });

  it('locks after five wrong codes, then lets the user try again later', () => {
    const d = guest().start();
    for (let i = 0; i < MAX_CODE_ATTEMPTS - 1; i++) d.type('ABCD-1234'); // code-shaped but impossible: an attempt, no lookup
    expect(d.effect).toBeUndefined();
    d.type('BCGH2K9M').result('registration.check-invite', { ok: false, code: 'unknown' });
    expect(d.state?.step).toBe('locked');
    expect(d.texts()).toContain('liên hệ cán bộ phụ trách');
    expect(d.texts()).toContain('11:00'); // 10:00 in Hanoi + 60 minutes
    d.type('BCGH2K9M');
    expect(d.effect).toBeUndefined();
    expect(d.state?.step).toBe('locked');
    d.ctx = makeCtx({ person: null, now: new Date('2026-11-10T04:01:00Z') });
    d.type('BCGH2K9M');
    expect(d.effect).toEqual({ name: 'registration.check-invite', input: { code: 'BCGH2K9M' } });
  });

  it('something else typed at the consent names the buttons without the whole text again; /tieptuc shows it all', () => {
    const d = guest()
      .start('BCGH2K9M')
      .result('registration.check-invite', { ok: true, ...invite });
    d.type('để tôi suy nghĩ');
    expect(d.state?.step).toBe('consent');
    expect(d.effect).toBeUndefined();
    expect(d.replies).toHaveLength(1);
    expect(d.texts()).toMatch(/bấm «Đồng ý»/);
    expect(d.texts()).not.toContain('91/2025');
    expect(d.last().choices?.map((c) => c.value)).toEqual(['agree', 'decline']);
    d.send({ type: 'resume' });
    expect(d.texts()).toContain('91/2025');
    expect(d.last().choices?.map((c) => c.value)).toEqual(['agree', 'decline']);
  });

  it('«ok», «Có ạ», «vâng» typed at the consent and the Quy chế are the agreement; «không» the refusal', () => {
    for (const yes of ['ok', 'OK.', 'Có ạ', 'vâng', 'Đồng ý nhé']) {
      const d = guest()
        .start('BCGH2K9M')
        .result('registration.check-invite', { ok: true, ...invite })
        .type(yes);
      expect(d.effect, yes).toEqual({ name: 'registration.register', input: { inviteId: 'inv-1' } });
    }
    const no = guest()
      .start('BCGH2K9M')
      .result('registration.check-invite', { ok: true, ...invite })
      .type('không');
    expect(no.state).toBeNull();
    expect(no.texts()).toContain('không lưu bất kỳ thông tin nào');
    const charter = { id: 'qc-1', version: '2026-12', title: 'Quy chế', body: 'Điều 1.', mediaId: null };
    const c = guest()
      .start('BCGH2K9M')
      .result('registration.check-invite', { ok: true, ...invite, charterId: 'qc-1' })
      .type('ok')
      .result('registration.charter', { charter })
      .type('ok');
    expect(c.effect).toEqual({ name: 'registration.register', input: { inviteId: 'inv-1', charterId: 'qc-1' } });
  });

  it('an invite used meanwhile sends the user back to the code question', () => {
    const d = guest()
      .start('BCGH2K9M')
      .result('registration.check-invite', { ok: true, ...invite })
      .choose('agree')
      .result('registration.register', { ok: false, code: 'used' });
    expect(d.state).toMatchObject({ step: 'code' });
    expect(d.texts()).toContain('đã được sử dụng');
  });

  it('asks for the code as text when something else arrives', () => {
    const d = guest().start();
    d.send({ type: 'media', media: { kind: 'photo', fileId: 'p' } });
    expect(d.state).toMatchObject({ step: 'code', attempts: 0 });
    expect(d.replies[0]?.text).toContain('tin nhắn chữ');
  });
});

describe('what a newcomer typed', () => {
  it('only code-shaped text is an attempt; a code inside a sentence is found', () => {
    expect(classifyNewcomerText('bcgh 2k9m')).toEqual({ kind: 'code', code: 'BCGH2K9M' });
    expect(classifyNewcomerText('Mã của tôi là BCGH-2K9M ạ')).toEqual({ kind: 'code', code: 'BCGH2K9M' });
    for (const t of ['ABCD-1234', 'abcd1234', 'BCGH2K9', '12345678']) expect(classifyNewcomerText(t).kind).toBe('attempt');
    for (const t of ['alo', 'Xin chào', 'ok', 'hello', 'dạ vâng', 'thanks']) expect(classifyNewcomerText(t).kind).toBe('chat');
    expect(classifyNewcomerText('Mã mời là gì vậy?').kind).toBe('about-code');
    // Someone joining the network is told about the code, not the citizens' «members only» answer.
    for (const t of ['chào anh, tôi được xã giới thiệu làm cộng tác viên', 'Tôi muốn đăng ký', 'em là CTV mới ạ'])
      expect(classifyNewcomerText(t).kind).toBe('about-code');
    expect(classifyNewcomerText('Cho tôi hỏi thủ tục làm sổ đỏ ở đâu?').kind).toBe('question');
  });

  it('an official is welcomed as an official, with the officials’ menu', () => {
    const d = guest()
      .start('BCGH2K9M')
      .result('registration.check-invite', { ok: true, ...invite, role: 'official' })
      .type('đồng ý');
    d.result('registration.register', { ok: true, personId: 'p1' });
    expect(d.replies[0]?.text).not.toContain('cộng tác viên');
    expect(d.choices().map((c) => c.value)).toEqual(['/canhbao', '/dinhhuong', '/thongke', '/tonghop', '/diemnong', '/help']);
  });
});
