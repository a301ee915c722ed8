import type { Config } from '../../core/platform/config.js';
import type { Db } from '../../db/client.js';

export interface AdminContext {
  db: Db;
  config: Config;
  out: (line: string) => void;
  /** Asks the operator and returns the line they typed (interactive commands such as zalo-connect). */
  ask?: (question: string) => Promise<string>;
}

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
