import type { Db } from '../../db/client.js';
import { createI18n } from '../../core/kernel/i18n.js';
import { silentLogger } from '../../core/kernel/logger.js';
import type { InboundMessage, OutboundMessage } from '../../core/kernel/messages.js';
import type { Config } from '../../core/platform/config.js';
import { createIntake } from '../../bot/engine/intake.js';
import { createFeatures } from '../../bot/features/index.js';
import { type PersonRef } from '../../testkit/seed.js';

/**
 * People talking to the real intake (collaborator, hot-spot and reporting features) on a clock
 * the test moves: `say` types, `press` taps a button by its label as a person reads it.
 */
export interface ChatPerson {
  say(text: string): Promise<unknown>;
  press(label: string): Promise<unknown>;
  choose(data: string): Promise<unknown>;
  /** The text of the bot's last answer to this person. */
  lastText(): string;
}

export interface ChatDriver {
  at(isoLocal: Date): void;
  chat(who: PersonRef): ChatPerson;
  replies: { accountId: string; messages: OutboundMessage[] }[];
}

export function createChatDriver(db: Db, config: Config): ChatDriver {
  let clock = new Date();
  const replies: ChatDriver['replies'] = [];
  const i18n = createI18n();
  const { t } = i18n;
  const intake = createIntake({
    db,
    features: createFeatures({ config, i18n, clock: () => clock }),
    t,
    logger: silentLogger,
    maxTextLength: 4000,
    defaultLocale: 'vi',
    deliver: async (account, messages) => void replies.push({ accountId: account.accountId, messages }),
    clock: () => clock,
  });
  let seq = 0;
  const chat = (who: PersonRef): ChatPerson => {
    const last = () => replies.filter((r) => r.accountId === who.accountId).at(-1)?.messages ?? [];
    const send = (payload: InboundMessage['payload']) =>
      intake.handle({ channel: 'sandbox', updateKey: `m${++seq}`, accountId: who.accountId, receivedAt: clock, payload });
    const shown = () =>
      last()
        .map((m) => (m.type === 'text' ? m.text : ''))
        .join(' | ');
    /** Taps the button with this label, turning pages of a long list first if need be. */
    const press = async (label: string) => {
      for (let page = 0; page < 4; page++) {
        const choices = last().flatMap((m) => m.choices ?? []);
        // Options of a paged list show their number ("4. Kinh tế"); the label is read without it.
        const hit = choices.find((c) => c.label.replace(/^\d{1,3}\. /, '') === label);
        if (hit) return send({ type: 'choice', data: hit.data });
        const more = choices.find((c) => c.label === 'Xem thêm ›');
        if (!more) break;
        await send({ type: 'choice', data: more.data });
      }
      throw new Error(`no button "${label}" in: ${shown()}`);
    };
    return { say: (text) => send({ type: 'text', text }), press, choose: (data) => send({ type: 'choice', data }), lastText: shown };
  };
  return { at: (d) => void (clock = d), chat, replies };
}

/** One opinion stream, as the report flows ask it: stance, prevalence, holder group, content. */
export async function stream(c: ChatPerson, stance: string, prevalence: string, holder: string, content: string): Promise<void> {
  await c.press(stance);
  await c.press(prevalence);
  await c.press(holder);
  await c.say(content);
}
