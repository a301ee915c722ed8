import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { channelNames } from '../../core/kernel/messages.js';
import { LANES, laneQueueName, SEND_JOB } from '../../core/delivery/sends.js';
import { jobDefinitions, jobsByQueue } from '../../workers/jobs/index.js';
import { broadcastJobs } from '../../workers/jobs/broadcasts/workers.js';
import { sendJobs } from '../../workers/jobs/delivery/send-job.js';
import { allQueueNames } from '../../workers/queues.js';

const readme = readFileSync(new URL('../../workers/README.md', import.meta.url), 'utf8');
const everyJob: { queue: string; name: string }[] = [...jobDefinitions, ...broadcastJobs, ...sendJobs];

/** The README names the send lanes by their pattern (`send-interactive-<channel>`). */
function readmeName(queue: string): string {
  const lane = LANES.find((l) => channelNames.some((c) => queue === laneQueueName(l, c)));
  return lane ? `send-${lane}-<channel>` : queue;
}

describe('the one job registry', () => {
  it('every queue a job runs on is listed in workers/queues.ts, and nothing else is', () => {
    const used = new Set(everyJob.map((d) => d.queue));
    expect([...used].sort()).toEqual([...allQueueNames()].sort());
  });

  it('the send job is defined through defineJob on every lane of every channel', () => {
    const lanes = LANES.flatMap((lane) => channelNames.map((c) => laneQueueName(lane, c)));
    expect(sendJobs.map((d) => d.queue).sort()).toEqual([...lanes].sort());
    for (const d of sendJobs) {
      expect(d.name).toBe(SEND_JOB);
      expect(d.schema.safeParse({ sendId: 7 }).success).toBe(true);
      expect(d.schema.safeParse({ sendId: 'x' }).success).toBe(false);
    }
  });

  it('each (queue, job name) is defined once', () => {
    expect(() => jobsByQueue(jobDefinitions)).not.toThrow();
    expect(() => jobsByQueue(broadcastJobs)).not.toThrow();
    expect(() => jobsByQueue(sendJobs)).not.toThrow();
    expect(new Set(everyJob.map((d) => `${d.queue}/${d.name}`)).size).toBe(everyJob.length);
    expect(() => jobsByQueue([...jobDefinitions, jobDefinitions[0]!])).toThrow('defined twice');
  });

  it('workers/README.md names every queue and every job, so a newcomer finds where each lives', () => {
    for (const d of everyJob) {
      expect(readme, `queue ${d.queue}`).toContain(`\`${readmeName(d.queue)}\``);
      expect(readme, `job ${d.name}`).toContain(`\`${d.name}\``);
    }
    for (const lane of LANES) expect(readme).toContain(`\`send-${lane}-<channel>\``);
    expect(readme).toContain(`\`${SEND_JOB}\``);
  });
});
