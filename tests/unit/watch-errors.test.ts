import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { silentLogger, type Logger } from '../../core/kernel/logger.js';
import { createMetrics } from '../../core/platform/metrics.js';
import { watchErrors } from '../../workers/watch.js';

describe('queue and Redis errors are never silent', () => {
  it('logged at error (once per 30 s per emitter) and every one counted', async () => {
    const lines: { level: string; fields: Record<string, unknown>; msg: string }[] = [];
    const at = (level: string) => (fields: unknown, msg?: string) => void lines.push({ level, fields: fields as Record<string, unknown>, msg: msg ?? '' });
    const logger: Logger = { ...silentLogger, debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error'), child: () => logger };
    const metrics = createMetrics({ defaultMetrics: false });
    const emitter = watchErrors(new EventEmitter(), logger, 'send-bulk-telegram', metrics);
    emitter.emit('error', new Error('connect ECONNREFUSED 127.0.0.1:6379'));
    emitter.emit('error', new Error('connect ECONNREFUSED 127.0.0.1:6379'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: 'error', fields: { component: 'send-bulk-telegram' } });
    const body = await metrics.registry.metrics();
    expect(body).toContain('dlxh_queue_errors_total{component="send-bulk-telegram"} 2');
  });
});
