/**
 * The one shape of an expected refusal across the code base: a code to branch on and to name a
 * template (`<feature>-x-<code>`), plus whatever details a caller needs to explain it. Refusals
 * are values, not exceptions: the update's transaction still commits what it wrote (e.g. the
 * audit entry of a refused attempt).
 */
export type Refusal<C extends string = string, X extends object = object> = { ok: false; code: C } & X;

/** A success that carries its data beside `ok`, so callers read `r.receiptNo` after `if (r.ok)`. */
export type Ok<T extends object = object> = { ok: true } & T;

export function refuse<C extends string>(code: C): Refusal<C>;
export function refuse<C extends string, X extends object>(code: C, details: X): Refusal<C, X>;
export function refuse<C extends string, X extends object>(code: C, details?: X): Refusal<C, X | object> {
  return { ...(details ?? {}), ok: false, code };
}
