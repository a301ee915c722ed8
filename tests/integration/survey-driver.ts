import { readFileSync } from 'node:fs';
import { loadQuestionnaire } from '../../core/surveys/load.js';
import type { ChatUser, SeenMessage } from '../helpers/chat-driver.js';
import type { Questionnaire } from '../../core/surveys/definition.js';

/**
 * Answers a questionnaire in chat like a person: reads "câu n/total" from the question, looks
 * the question up, presses the options named in the script (ticking several, then "Xong") or
 * types the number/text; unscripted optional questions are skipped. Stops at the review screen
 * and, when `send`, presses "Gửi phiếu". Returns every message seen and the ids asked, in order.
 */
export type Scripted = string | number | string[] | { type: string };

const QUESTION = /câu (\d+)\/(\d+)/i;

export function lastQuestion(seen: SeenMessage[]): SeenMessage | undefined {
  return [...seen].reverse().find((m) => QUESTION.test(m.text) || /XEM LẠI PHIẾU/.test(m.text));
}

export function choiceOf(m: SeenMessage | undefined, label: string | RegExp) {
  // Options show their number (and ✅ once ticked): «2. ✅ Nữ» is the option «Nữ».
  const bare = (l: string) => l.replace(/^\d{1,3}\. (✅ )?/, '');
  const c = m?.choices.find((x) => (typeof label === 'string' ? bare(x.label) === label : label.test(x.label)));
  if (!c) throw new Error(`no choice ${String(label)} in: ${m?.text} [${m?.choices.map((x) => x.label).join(' | ')}]`);
  return c;
}

/**
 * /taokhaosat up to the time limit, as an official: the fixture questionnaire, the whole area,
 * collaborators, every social group, everyone in it, no interviews. Returns what was seen last.
 */
export async function surveyToTimeLimit(me: ChatUser): Promise<SeenMessage[]> {
  let seen = await me.send('/taokhaosat');
  for (const label of [/dlxh-cds-2026/, /^Toàn /, 'Cộng tác viên', 'Tất cả các nhóm xã hội', /Tất cả/, 'Không'])
    seen = await me.press(choiceOf(seen.at(-1), label).data);
  return seen;
}

export async function answerSurvey(
  user: ChatUser,
  q: Questionnaire,
  first: SeenMessage[],
  script: Record<string, Scripted>,
  opts: { send?: boolean; maxSteps?: number } = {},
): Promise<{ seen: SeenMessage[]; asked: string[]; last: SeenMessage[] }> {
  const all = [...first];
  const asked: string[] = [];
  let seen = first;
  for (let step = 0; step < (opts.maxSteps ?? 80); step++) {
    const m = lastQuestion(seen);
    if (!m) throw new Error(`no question in: ${seen.map((x) => x.text).join(' | ')}`);
    if (/XEM LẠI PHIẾU/.test(m.text)) {
      if (!opts.send) return { seen: all, asked, last: seen };
      seen = await user.press(choiceOf(m, /Gửi phiếu/).data);
      all.push(...seen);
      return { seen: all, asked, last: seen };
    }
    const n = Number(QUESTION.exec(m.text)![1]);
    const question = q.questions[n - 1]!;
    asked.push(question.id);
    const a = script[question.id];
    if (a === undefined) {
      seen = await user.press(choiceOf(m, 'Bỏ qua').data);
    } else if (question.type === 'multiple') {
      for (const label of a as string[]) seen = await user.press(choiceOf(lastQuestion(seen) ?? m, label).data);
      seen = await user.press(choiceOf(lastQuestion(seen), /^Xong/).data);
    } else if (question.options) {
      seen = await user.press(choiceOf(m, String(a)).data);
    } else {
      seen = await user.send(String(a));
    }
    all.push(...seen);
  }
  throw new Error('survey did not reach the review');
}

/** The 20-question fixture questionnaire (tests/fixtures/surveys/dlxh-20.yaml), parsed. */
export function fixtureQuestionnaire(): Questionnaire {
  const r = loadQuestionnaire(readFileSync(new URL('../fixtures/surveys/dlxh-20.yaml', import.meta.url), 'utf8'));
  if (!r.ok) throw new Error('fixture dlxh-20.yaml does not load');
  return r.questionnaire;
}

/** A full answer set for the 20-question fixture (tests/fixtures/surveys/dlxh-20.yaml). */
export function fullScript(over: Record<string, Scripted> = {}): Record<string, Scripted> {
  return {
    tuoi: 42,
    gioi: 'Nữ',
    nghe: 'Nông dân',
    biet: 'Đã nghe',
    kenh: ['Loa phát thanh', 'Mạng xã hội'],
    dung_app: 'Đã dùng',
    so_lan: 4,
    hai_long: '4 — Hài lòng',
    kho_khan: ['Mạng yếu'],
    ly_do_chua: 'Mạng ở thôn còn yếu, hay phải thử lại 😟',
    dong_tinh: '4 — Đồng tình',
    pho_bien: 'Đa số',
    lo_ngai: ['Bị lừa đảo'],
    mong_muon: 'Tập huấn tại thôn',
    tin_tuong: '3 — Phân vân',
    so_nguoi: 3,
    chia_se: 'Có',
    ...over,
  };
}
