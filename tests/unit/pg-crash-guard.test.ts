import { describe, expect, it } from 'vitest';
import { installPostgresCrashGuard, isPostgresNullSocketWrite } from '../../core/pg-crash-guard.js';
import { silentLogger } from '../../core/logger.js';

function driverError(): TypeError {
  const err = new TypeError("Cannot read properties of null (reading 'write')");
  err.stack = `${err.message}\n    at Immediate.nextWrite (file:///app/node_modules/postgres/src/connection.js:255:22)\n    at process.processImmediate (node:internal/timers:483:21)`;
  return err;
}

describe('postgres.js write-after-close guard', () => {
  it('recognises exactly the driver bug, nothing else', () => {
    expect(isPostgresNullSocketWrite(driverError())).toBe(true);
    const elsewhere = new TypeError("Cannot read properties of null (reading 'write')");
    elsewhere.stack = `${elsewhere.message}\n    at nextWrite (file:///app/bot/intake.ts:10:1)`;
    expect(isPostgresNullSocketWrite(elsewhere)).toBe(false);
    expect(isPostgresNullSocketWrite(new Error('boom'))).toBe(false);
  });

  it('drops the driver bug and ends the process on anything else', () => {
    const exits: number[] = [];
    const uninstall = installPostgresCrashGuard(silentLogger, (c) => exits.push(c));
    const stderr = process.stderr.write;
    process.stderr.write = (() => true) as typeof process.stderr.write;
    try {
      process.emit('uncaughtException', driverError(), 'uncaughtException');
      expect(exits).toEqual([]);
      process.emit('uncaughtException', new Error('real bug'), 'uncaughtException');
      expect(exits).toEqual([1]);
    } finally {
      process.stderr.write = stderr;
      uninstall();
    }
  });
});
