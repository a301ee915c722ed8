import type { Config } from '../../core/platform/config.js';
import type { Db } from '../../db/client.js';

export interface AdminContext {
  db: Db;
  config: Config;
  out: (line: string) => void;
}

export interface AdminCommand {
  usage: string;
  summary: string;
  run(args: string[], ctx: AdminContext): Promise<void>;
}

export class UsageError extends Error {
  override readonly name = 'UsageError';
}
