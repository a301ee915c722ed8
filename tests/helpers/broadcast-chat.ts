import { createIntake, type Intake } from '../../bot/engine/intake.js';
import { createBroadcastsFeature } from '../../bot/features/broadcasts/feature.js';
import { createInteractionWindowFeature } from '../../bot/features/delivery/interaction-window.js';
import type { Config } from '../../core/platform/config.js';
import { createI18n } from '../../core/kernel/i18n.js';
import { silentLogger } from '../../core/kernel/logger.js';
import type { ChannelName, OutboundMessage } from '../../core/kernel/messages.js';
import type { Db } from '../../db/client.js';

export interface Seen {
  text: string;
  buttons: { label: string; data: string }[];
}

export interface ChatPerson {
  /** Types a message; resolves to what the bot answered. */
  say(text: string): Promise<Seen[]>;
  /** Presses a button (its data, as the channel would deliver it). */
  press(data: string): Promise<Seen[]>;
  /** Presses the button whose label matches. */
  choose(from: Seen[], label: RegExp): Promise<Seen[]>;
}

/** The intake engine with the broadcasts and delivery features, replies captured per account. */
export function chatWith(db: Db, config: Config, clock?: () => Date): { intake: Intake; as(channel: ChannelName, accountId: string): ChatPerson } {
  const replies = new Map<string, OutboundMessage[]>();
  const i18n = createI18n();
  const { t } = i18n;
  const intake = createIntake({
    db,
    t,
    logger: silentLogger,
    maxTextLength: 4000,
    defaultLocale: 'vi',
    clock,
    features: [createBroadcastsFeature({ config, i18n, clock }), createInteractionWindowFeature()],
    deliver: async (a, messages) => {
      replies.set(`${a.channel}:${a.accountId}`, messages);
    },
  });
  let seq = 0;
  const as = (channel: ChannelName, accountId: string): ChatPerson => {
    const send = async (payload: Parameters<Intake['handle']>[0]['payload']): Promise<Seen[]> => {
      const key = `${channel}:${accountId}`;
      replies.delete(key);
      await intake.handle({ channel, accountId, updateKey: `u${Date.now()}-${++seq}`, receivedAt: new Date(), payload });
      return (replies.get(key) ?? []).map((m) => ({
        text: m.type === 'text' ? m.text : (m.caption ?? ''),
        buttons: (m.choices ?? []).map((c) => ({ label: c.label, data: c.data })),
      }));
    };
    const person: ChatPerson = {
      say: (text) => send({ type: 'text', text }),
      press: (data) => send({ type: 'choice', data }),
      choose(from, label) {
        const b = from.flatMap((m) => m.buttons).find((x) => label.test(x.label));
        if (!b) throw new Error(`no button ${label} in: ${from.map((m) => `${m.text} [${m.buttons.map((x) => x.label).join('|')}]`).join(' / ')}`);
        return person.press(b.data);
      },
    };
    return person;
  };
  return { intake, as };
}

export const textOf = (seen: Seen[]) => seen.map((s) => s.text).join('\n');
