import { eq } from 'drizzle-orm';
import { createIntake } from '../../bot/engine/intake.js';
import { createFeatures } from '../../bot/features/index.js';
import { createI18n } from '../../core/kernel/i18n.js';
import { silentLogger } from '../../core/kernel/logger.js';
import type { OutboundMessage } from '../../core/kernel/messages.js';
import type { Config } from '../../core/platform/config.js';
import type { Db } from '../../db/client.js';
import { sends } from '../../db/schema/index.js';
import type { ChatUser, SeenMessage } from '../helpers/chat-driver.js';
import { collectInto, intakeUser } from '../helpers/intake-user.js';
import { addPerson, type PersonRef } from '../../testkit/seed.js';

/**
 * The officials' loop (issue 13) through the real intake with every feature: people on the
 * sandbox channel, and what the workers would deliver read from the sends ledger.
 */
export interface LoopWorld {
  user(p: PersonRef): ChatUser;
  /** Messages queued for a person in the sends ledger (what the send lane delivers), oldest first. */
  inbox(p: PersonRef, purposePrefix?: string): Promise<(SeenMessage & { purpose: string })[]>;
}

export function loopWorld(db: Db, config: Config, clock: () => Date = () => new Date()): LoopWorld {
  const outbox = new Map<string, OutboundMessage[]>();
  const i18n = createI18n();
  const intake = createIntake({
    db,
    features: createFeatures({ config, i18n, clock }),
    t: i18n.t,
    deliver: collectInto(outbox),
    logger: silentLogger,
    maxTextLength: config.MAX_TEXT_LENGTH,
    defaultLocale: 'vi',
    clock,
  });
  return {
    user: (p) => intakeUser(() => intake, outbox, p.accountId),
    async inbox(p, prefix = '') {
      const rows = await db.select().from(sends).where(eq(sends.personId, p.id)).orderBy(sends.id);
      return rows
        .filter((r) => r.purpose.startsWith(prefix))
        .map((r) => {
          const m = r.message as OutboundMessage;
          return { purpose: r.purpose, text: m.type === 'text' ? m.text : (m.caption ?? ''), choices: m.choices ?? [] };
        });
    },
  };
}

/** A registered person who has given consent (collaborators must before filing). */
export async function member(db: Db, unitId: string, role: 'collaborator' | 'official' | 'admin', name: string): Promise<PersonRef> {
  return addPerson(db, unitId, role, name, { consentAt: new Date() });
}
