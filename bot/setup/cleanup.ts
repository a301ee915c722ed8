import type { Logger } from '../../core/kernel/logger.js';
import { safeError } from '../../core/kernel/safe-error.js';

/**
 * What a process has started, undone in reverse order: on shutdown, and when start-up fails half
 * way (so a port clash or a bad migration leaves no pid file, worker or private Redis behind).
 * One failing step is logged and the rest still run; `run` is idempotent.
 */
export interface Cleanup {
  add(name: string, step: () => Promise<unknown> | unknown): void;
  run(): Promise<void>;
}

export function createCleanup(logger: Logger): Cleanup {
  const steps: { name: string; step: () => Promise<unknown> | unknown }[] = [];
  let running: Promise<void> | null = null;
  return {
    add(name, step) {
      steps.push({ name, step });
    },
    run() {
      running ??= (async () => {
        for (const { name, step } of steps.reverse()) {
          try {
            await step();
          } catch (err) {
            logger.warn({ step: name, err: safeError(err) }, 'a stop step failed; going on with the others');
          }
        }
      })();
      return running;
    },
  };
}
