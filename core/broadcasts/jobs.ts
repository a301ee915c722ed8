/**
 * Queue and job names of the broadcast pipeline, and their deterministic job ids (no ':', never
 * all digits — BullMQ rules). Payloads carry ids only.
 *
 *   broadcast-control : `broadcast-fanout` {broadcastId, generation}  — snapshot + enqueue sends
 *                       `broadcast-start`  {broadcastId}              — scheduled start
 *
 * The deliveries themselves are rows of the one ledger (`sends`), sent by the one send
 * processor as `send` jobs {sendId} on the bulk lane of their channel (core/delivery/sends.ts).
 */
export const BROADCAST_CONTROL_QUEUE = 'broadcast-control';
export const FANOUT_JOB = 'broadcast-fanout';
export const START_JOB = 'broadcast-start';

/** Purpose of a broadcast's ledger rows (with the person, their idempotency key). */
export function deliveryPurpose(broadcastId: string): string {
  return `bc-${broadcastId}`;
}

/** Purpose of the one ack reminder's ledger rows. */
export function reminderPurpose(broadcastId: string): string {
  return `bcr-${broadcastId}`;
}

export function fanoutJobId(broadcastId: string, generation: number): string {
  return `bfan-${broadcastId}-g${generation}`;
}

/** One per planned start time (a start deferred past quiet hours gets its own). */
export function startJobId(broadcastId: string, at: Date): string {
  return `bstart-${broadcastId}-t${Math.floor(at.getTime() / 60_000)}`;
}

/** The send job of a delivery. Generation 0 is the first fan-out; resumes and recoveries use the broadcast's current one. */
export function deliveryJobId(sendId: number, generation: number): string {
  return generation === 0 ? `bd-${sendId}` : `bd-${sendId}-g${generation}`;
}

export function remindJobId(sendId: number): string {
  return `brem-${sendId}`;
}
