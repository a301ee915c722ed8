import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Executor } from '../../db/client.js';
import { fileLinkKey } from '../../db/schema/index.js';
import type { Config } from '../platform/config.js';

/** What a link opens: a kept attachment (`media`); other kinds of kept files may join. */
type LinkedFileType = 'media';

export interface FileLinkTarget {
  type: LinkedFileType;
  id: string;
  /** The one person the link was made for: opening it is audited under their name and scope. */
  personId: string;
}

export interface FileLinkSettings {
  /** $PUBLIC_URL without its trailing slash; null = no link can be made (no public address). */
  baseUrl: string | null;
  ttlMs: number;
}

/** The route that serves the links, under PUBLIC_URL. */
export const FILE_LINK_PATH = '/tep';

export function fileLinkSettingsOf(config: Pick<Config, 'PUBLIC_URL' | 'FILE_LINK_HOURS'>): FileLinkSettings {
  return { baseUrl: config.PUBLIC_URL?.replace(/\/+$/, '') ?? null, ttlMs: config.FILE_LINK_HOURS * 3_600_000 };
}

/**
 * A signed, expiring address of a kept file for one person: `$PUBLIC_URL/tep/<payload>.<mac>`,
 * payload = base64url JSON {t, i, p, e}, mac = HMAC-SHA256 with this database's link key. No login
 * is needed (Zalo users have none), so the link is short-lived and every opening is audited.
 * Null when PUBLIC_URL is not set: nobody outside this machine could open it.
 */
export async function makeFileLink(
  tx: Executor,
  settings: FileLinkSettings,
  target: FileLinkTarget,
  now = new Date(),
): Promise<{ url: string; expiresAt: Date } | null> {
  if (!settings.baseUrl) return null;
  return signedLink(await linkSecret(tx), settings.baseUrl, settings.ttlMs, target, now);
}

/**
 * `makeFileLink` for many links in one process (a guidance's recipients on Zalo Bot): the key is
 * read once, since it never changes once made — no database round trip per link.
 */
export function createFileLinker(db: Executor, settings: FileLinkSettings) {
  let secret: Promise<string> | null = null;
  return async (target: FileLinkTarget, now = new Date()): Promise<{ url: string; expiresAt: Date } | null> => {
    if (!settings.baseUrl) return null;
    secret ??= linkSecret(db).catch((err: unknown) => {
      secret = null; // a failed read is tried again on the next link
      throw err;
    });
    return signedLink(await secret, settings.baseUrl, settings.ttlMs, target, now);
  };
}

function signedLink(secret: string, baseUrl: string, ttlMs: number, target: FileLinkTarget, now: Date): { url: string; expiresAt: Date } {
  const expiresAt = new Date(now.getTime() + ttlMs);
  const payload = Buffer.from(JSON.stringify({ t: target.type, i: target.id, p: target.personId, e: expiresAt.getTime() })).toString('base64url');
  return { url: `${baseUrl}${FILE_LINK_PATH}/${payload}.${sign(secret, payload)}`, expiresAt };
}

export type OpenedLink = { ok: true; target: FileLinkTarget } | { ok: false; code: 'invalid' } | { ok: false; code: 'expired'; target: FileLinkTarget };

/** Checks a link's token: the signature first (constant time), then its expiry. */
export async function readFileLink(tx: Executor, token: string, now = new Date()): Promise<OpenedLink> {
  const [payload, mac, extra] = token.split('.');
  if (!payload || !mac || extra !== undefined) return { ok: false, code: 'invalid' };
  const want = Buffer.from(sign(await linkSecret(tx), payload));
  const got = Buffer.from(mac);
  if (got.length !== want.length || !timingSafeEqual(got, want)) return { ok: false, code: 'invalid' };
  const body = parse(payload);
  if (!body) return { ok: false, code: 'invalid' };
  const target = { type: body.t, id: body.i, personId: body.p };
  return body.e <= now.getTime() ? { ok: false, code: 'expired', target } : { ok: true, target };
}

/**
 * A MAC with the same key over a value a page carries between two requests (the console's
 * compose keeps an uploaded file across its preview): what comes back unaltered was ours.
 */
export async function macOf(tx: Executor, value: string): Promise<string> {
  return sign(await linkSecret(tx), value);
}

export async function macMatches(tx: Executor, value: string, mac: string): Promise<boolean> {
  const want = Buffer.from(await macOf(tx, value));
  const got = Buffer.from(mac);
  return got.length === want.length && timingSafeEqual(got, want);
}

function sign(secret: string, payload: string): string {
  return createHmac('sha256', secret).update(payload).digest('base64url');
}

function parse(payload: string): { t: LinkedFileType; i: string; p: string; e: number } | null {
  try {
    const b = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
    if (b.t !== 'media' || typeof b.i !== 'string' || typeof b.p !== 'string' || typeof b.e !== 'number') return null;
    return { t: b.t, i: b.i, p: b.p, e: b.e };
  } catch (err) {
    if (err instanceof SyntaxError) return null; // signed by us yet unreadable: treated as forged
    throw err;
  }
}

/** The link key, made on first use; concurrent first uses agree on the row that won. */
async function linkSecret(tx: Executor): Promise<string> {
  await tx
    .insert(fileLinkKey)
    .values({ id: 1, secret: randomBytes(32).toString('hex') })
    .onConflictDoNothing({ target: fileLinkKey.id });
  const [row] = await tx.select({ secret: fileLinkKey.secret }).from(fileLinkKey);
  return row!.secret;
}
