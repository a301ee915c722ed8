import { count, isNull } from 'drizzle-orm';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Executor } from '../../db/client.js';
import type { ChannelAlert } from '../kernel/channel.js';
import type { ChannelName } from '../kernel/messages.js';
import { outbox } from '../../db/schema/index.js';

/**
 * Prometheus metrics of one process (DESIGN §8: observability). Nothing is registered globally:
 * `createMetrics()` makes a registry of its own, so tests and several apps in one process never
 * collide. Labels carry channel, queue, outcome and level — never ids, names or texts.
 */
export type UpdateOutcome = 'applied' | 'duplicate' | 'throttled' | 'failed';
export type FlowEnd = 'completed' | 'cancelled' | 'parked';

/** Sources read at scrape time (a gauge of something another process may have changed). */
export interface DepthSources {
  outboxDepth?: () => Promise<number>;
  /** The reply outbox (core/delivery/replies.ts replyBacklog). */
  replyBacklog?: () => Promise<{ waiting: number; retrying: number; oldestSeconds: number }>;
  queueDepths?: () => Promise<Record<string, Record<string, number>>>;
}

/** The structural part of a BullMQ Worker that instrumentation needs. */
export interface WorkerLike {
  name: string;
  on(event: 'completed', cb: (job: JobLike, result: unknown) => void): unknown;
  on(event: 'failed', cb: (job: JobLike | undefined, err: Error) => void): unknown;
}
export interface JobLike {
  name: string;
  data: unknown;
}

export function createMetrics(opts: { defaultMetrics?: boolean; prefix?: string } = {}) {
  const registry = new Registry();
  const p = opts.prefix ?? 'dlxh_';
  if (opts.defaultMetrics !== false) collectDefaultMetrics({ register: registry, prefix: p });
  const sources: DepthSources = {};
  const m = { registry, ...counters(registry, p), ...gauges(registry, p, sources) };
  return {
    ...m,
    /** Tells the gauges where to read; call again to add sources (e.g. when workers start). */
    watch(s: DepthSources) {
      Object.assign(sources, s);
    },
    update(channel: string, outcome: UpdateOutcome, seconds?: number) {
      m.updates.inc({ channel, outcome });
      if (seconds !== undefined && outcome === 'applied') m.intakeSeconds.observe({ channel }, seconds);
    },
    /** A channel event admins must hear about (ChannelAlerts in core/kernel/channel.ts). */
    alert(channel: ChannelName, what: ChannelAlert) {
      m.channelAlerts.inc({ channel, alert: what });
    },
    /** One reply's outcome on the reply path (bot/engine/reply-drain.ts onOutcome). */
    reply(outcome: 'sent' | 'retried' | 'dropped') {
      m.replies.inc({ outcome });
    },
    flowEnded(flow: string, how: FlowEnd) {
      m.flowEnds.inc({ flow, how });
    },
    /** Interprets one finished job (see `recordJob`). */
    job(queue: string, job: JobLike, outcome: string) {
      recordJob(m, queue, job, outcome);
    },
    /** A queue, worker or Redis client of the job system reported an error (workers/watch.ts logs it too). */
    queueError(component: string) {
      m.queueErrors.inc({ component });
    },
    /** Counts every completed and failed job of this worker; one line where the worker is built. */
    instrument(worker: WorkerLike) {
      worker.on('completed', (job, result) => recordJob(m, worker.name, job, typeof result === 'string' ? result : 'done'));
      worker.on('failed', (job) => {
        if (job) recordJob(m, worker.name, job, 'error');
      });
    },
  };
}

export type Metrics = ReturnType<typeof createMetrics>;

function counters(registry: Registry, p: string) {
  const registers = [registry];
  return {
    updates: new Counter({ name: `${p}updates_total`, help: 'Inbound updates by channel and outcome', labelNames: ['channel', 'outcome'] as const, registers }),
    intakeSeconds: new Histogram({
      name: `${p}intake_duration_seconds`,
      help: 'Time from an update reaching the intake to its commit',
      labelNames: ['channel'] as const,
      buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers,
    }),
    flowEnds: new Counter({
      name: `${p}flow_ends_total`,
      help: 'Conversation flows that ended, by flow and how',
      labelNames: ['flow', 'how'] as const,
      registers,
    }),
    jobs: new Counter({
      name: `${p}jobs_total`,
      help: 'Finished jobs by queue, job name and outcome',
      labelNames: ['queue', 'job', 'outcome'] as const,
      registers,
    }),
    sends: new Counter({
      name: `${p}sends_total`,
      help: 'Send jobs by channel, lane and status',
      labelNames: ['channel', 'lane', 'status'] as const,
      registers,
    }),
    broadcastSends: new Counter({
      name: `${p}broadcast_sends_total`,
      help: 'Broadcast deliveries by channel and status (rate() of status="sent" is the broadcast rate)',
      labelNames: ['channel', 'status'] as const,
      registers,
    }),
    queueErrors: new Counter({
      name: `${p}queue_errors_total`,
      help: 'Errors reported by queues, workers and their Redis connections, by component (queue name or connection role)',
      labelNames: ['component'] as const,
      registers,
    }),
    escalations: new Counter({
      name: `${p}escalations_total`,
      help: 'Hot-spot deadline jobs by the step whose deadline fired, and outcome',
      labelNames: ['level', 'outcome'] as const,
      registers,
    }),
    channelAlerts: new Counter({
      name: `${p}channel_alerts_total`,
      help: 'Channel events an admin must look at (update not stored, update skipped, Zalo billing), by channel and alert',
      labelNames: ['channel', 'alert'] as const,
      registers,
    }),
    throttled: new Counter({ name: `${p}throttled_total`, help: 'Requests refused by a rate limit, by limit', labelNames: ['limit'] as const, registers }),
    limiterFallbacks: new Counter({
      name: `${p}limiter_fallbacks_total`,
      help: 'Rate-limit decisions made in process because Redis was slow or away, by limit',
      labelNames: ['limit'] as const,
      registers,
    }),
    securityAlerts: new Counter({ name: `${p}security_alerts_total`, help: 'Events admins must look at, by alert', labelNames: ['alert'] as const, registers }),
    replies: new Counter({
      name: `${p}replies_total`,
      help: 'Replies to the person who wrote, by outcome: sent, retried (an attempt failed for a passing reason), dropped (refused for good or too old)',
      labelNames: ['outcome'] as const,
      registers,
    }),
  };
}

function gauges(registry: Registry, p: string, sources: DepthSources) {
  // Set by the backlog gauge's collect (one query for both).
  const oldest = new Gauge({ name: `${p}reply_oldest_seconds`, help: 'Age of the oldest reply waiting to be sent', registers: [registry] });
  return {
    outboxDepth: new Gauge({
      name: `${p}outbox_depth`,
      help: 'Outbox rows not yet relayed to Redis',
      registers: [registry],
      async collect() {
        if (sources.outboxDepth) this.set(await sources.outboxDepth());
      },
    }),
    replyBacklog: new Gauge({
      name: `${p}reply_backlog`,
      help: 'Replies waiting to be sent (state: waiting = all, retrying = tried before)',
      labelNames: ['state'] as const,
      registers: [registry],
      async collect() {
        if (!sources.replyBacklog) return;
        const b = await sources.replyBacklog();
        this.set({ state: 'waiting' }, b.waiting);
        this.set({ state: 'retrying' }, b.retrying);
        oldest.set(b.oldestSeconds);
      },
    }),
    replyOldest: oldest,
    queueDepth: new Gauge({
      name: `${p}queue_depth`,
      help: 'BullMQ jobs by queue and state',
      labelNames: ['queue', 'state'] as const,
      registers: [registry],
      async collect() {
        if (!sources.queueDepths) return;
        this.reset();
        for (const [queue, counts] of Object.entries(await sources.queueDepths())) {
          for (const [state, n] of Object.entries(counts)) this.set({ queue, state }, n);
        }
      },
    }),
  };
}

/** Pending outbox rows (the partial index on relayed_at is null keeps this cheap). */
export function outboxDepthOf(db: Executor): () => Promise<number> {
  return async () => {
    const [row] = await db.select({ n: count() }).from(outbox).where(isNull(outbox.relayedAt));
    return Number(row?.n ?? 0);
  };
}

/** Waiting, active, delayed and failed jobs of each queue (BullMQ Queue#getJobCounts). */
export function queueDepthsOf(queues: () => readonly QueueLike[]): () => Promise<Record<string, Record<string, number>>> {
  return async () => {
    const out: Record<string, Record<string, number>> = {};
    for (const q of queues()) out[q.name] = await q.getJobCounts('waiting', 'active', 'delayed', 'failed', 'prioritized');
    return out;
  };
}
export interface QueueLike {
  name: string;
  getJobCounts(...types: string[]): Promise<Record<string, number>>;
}
type MetricSet = Pick<Metrics, 'jobs' | 'sends' | 'broadcastSends' | 'escalations'>;

const LANE_QUEUE = /^send-(interactive|bulk|broadcast)-([a-z]+)$/;

/**
 * Job outcomes are the strings processors return ('sent', 'waiting_window', 'entered'…), so one
 * listener per worker covers sends, broadcasts and escalations without touching the processors.
 */
function recordJob(m: MetricSet, queue: string, job: JobLike, outcome: string): void {
  m.jobs.inc({ queue, job: job.name, outcome });
  const lane = LANE_QUEUE.exec(queue);
  if (lane) m.sends.inc({ channel: lane[2]!, lane: lane[1]!, status: outcome });
  if (lane?.[1] === 'broadcast') m.broadcastSends.inc({ channel: lane[2]!, status: outcome });
  if (job.name === 'hotspot-deadline') {
    const step = (job.data as { step?: unknown } | null)?.step;
    m.escalations.inc({ level: typeof step === 'number' ? String(step) : 'unknown', outcome });
  }
}

/** How a flow that was running before an update ended with it, or null when it did not end. */
export function flowEnd(before: string | null, after: string | null, parked: readonly string[], cancelled: boolean): FlowEnd | null {
  if (!before || before === after) return null;
  if (parked.includes(before)) return 'parked';
  return cancelled ? 'cancelled' : 'completed';
}
