import type { Config } from '../../core/platform/config.js';
import type { Db } from '../../db/client.js';

export interface AdminContext {
  db: Db;
  config: Config;
  out: (line: string) => void;
  /** Asks the operator and returns the line they typed (interactive commands such as zalo-connect). */
  ask?: (question: string) => Promise<string>;
  /** The time actions are done at (tests run the meetings commands on a clock of their own); default now. */
  now?: () => Date;
}

export const nowOf = (ctx: Pick<AdminContext, 'now'>): Date => ctx.now?.() ?? new Date();

export interface AdminCommand {
  usage: string;
  summary: string;
  run(args: string[], ctx: AdminContext): Promise<void>;
  /** Run instead when a running `npm start` holds the PGlite data directory (else: stop it first). */
  whenDataDirBusy?(args: string[], ctx: Omit<AdminContext, 'db'>): Promise<void>;
}

export class UsageError extends Error {
  override readonly name = 'UsageError';
}
