import type { EscalationOutcome } from '../../core/hot-spots/escalation.js';
import type { Logger } from '../../core/kernel/logger.js';

export function logOutcome(logger: Logger, hotSpotId: string, outcome: EscalationOutcome): void {
  if (outcome.kind === 'unattended')
    logger.error({ hotSpotId, step: outcome.step }, 'hot spot unattended: nobody acknowledged or could be reached, up to the root');
  else if (outcome.kind === 'noop') logger.debug({ hotSpotId, why: outcome.why }, 'hot-spot job: nothing to do');
  else logger.info({ hotSpotId, outcome: outcome.kind }, 'hot-spot job done');
}
