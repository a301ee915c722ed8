import type { ChannelName } from '../kernel/messages.js';

/**
 * Queue and job names of the broadcast pipeline, and their deterministic job ids (no ':', never
 * all digits — BullMQ rules). Payloads carry ids only.
 *
 *   broadcast-control  : `broadcast-fanout` {broadcastId, generation}  — snapshot + enqueue sends
 *                        `broadcast-start`  {broadcastId}              — scheduled start
 *   broadcast-send-<ch>: `broadcast-send`   {deliveryId}               — one recipient, all parts
 *                        `broadcast-remind` {deliveryId}               — the one ack reminder
 */
export const BROADCAST_CONTROL_QUEUE = 'broadcast-control';
export const FANOUT_JOB = 'broadcast-fanout';
export const START_JOB = 'broadcast-start';
export const DELIVERY_JOB = 'broadcast-send';
export const REMIND_JOB = 'broadcast-remind';

export const BROADCAST_JOB_NAMES = [FANOUT_JOB, START_JOB, DELIVERY_JOB, REMIND_JOB] as const;

export function deliveryQueueName(channel: ChannelName | string): string {
  return `broadcast-send-${channel}`;
}

export function fanoutJobId(broadcastId: string, generation: number): string {
  return `bfan-${broadcastId}-g${generation}`;
}

/** One per planned start time (a start deferred past quiet hours gets its own). */
export function startJobId(broadcastId: string, at: Date): string {
  return `bstart-${broadcastId}-t${Math.floor(at.getTime() / 60_000)}`;
}

/** Generation 0 is the first fan-out; resumes and recoveries use the broadcast's current one. */
export function deliveryJobId(deliveryId: number, generation: number): string {
  return generation === 0 ? `bd-${deliveryId}` : `bd-${deliveryId}-g${generation}`;
}

/** A delivery released from waiting for the Zalo window (`attempts` keeps each release distinct). */
export function releaseJobId(deliveryId: number, attempts: number): string {
  return `bd-${deliveryId}-w${attempts}`;
}

/** A delivery moved to another channel after its first one refused it. */
export function retargetJobId(deliveryId: number, channel: string): string {
  return `bd-${deliveryId}-${channel}`;
}

export function remindJobId(deliveryId: number): string {
  return `brem-${deliveryId}`;
}

export interface FanoutPayload {
  broadcastId: string;
  generation: number;
}

export interface DeliveryPayload {
  deliveryId: number;
}
