import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { channelNames } from '../../core/kernel/messages.js';
import { LANES, laneQueueName, SEND_JOB } from '../../core/delivery/sends.js';
import { jobDefinitions, jobsByQueue } from '../../workers/jobs/index.js';
import { broadcastJobs } from '../../workers/jobs/broadcasts/workers.js';
import { allQueueNames } from '../../workers/queues.js';

const readme = readFileSync(new URL('../../workers/README.md', import.meta.url), 'utf8');
const everyJob: { queue: string; name: string }[] = [...jobDefinitions, ...broadcastJobs];

describe('the one job registry', () => {
  it('every queue a job or a send lane runs on is listed in workers/queues.ts, and nothing else is', () => {
    const used = new Set([...everyJob.map((d) => d.queue), ...LANES.flatMap((lane) => channelNames.map((c) => laneQueueName(lane, c)))]);
    expect([...used].sort()).toEqual([...allQueueNames()].sort());
  });

  it('each (queue, job name) is defined once', () => {
    expect(() => jobsByQueue(jobDefinitions)).not.toThrow();
    expect(() => jobsByQueue(broadcastJobs)).not.toThrow();
    expect(new Set(everyJob.map((d) => `${d.queue}/${d.name}`)).size).toBe(everyJob.length);
    expect(() => jobsByQueue([...jobDefinitions, jobDefinitions[0]!])).toThrow('defined twice');
  });

  it('workers/README.md names every queue and every job, so a newcomer finds where each lives', () => {
    for (const d of everyJob) {
      expect(readme, `queue ${d.queue}`).toContain(`\`${d.queue}\``);
      expect(readme, `job ${d.name}`).toContain(`\`${d.name}\``);
    }
    for (const lane of LANES) expect(readme).toContain(`\`send-${lane}-<channel>\``);
    expect(readme).toContain(`\`${SEND_JOB}\``);
  });
});
