import { request, type Dispatcher } from 'undici';
import { DownloadError, type DownloadedFile } from '../../core/media/download.js';

/**
 * GET a file, keeping at most `maxBytes` (the body is read until then and dropped beyond it, so a
 * huge file never fills memory). The URL may carry a token (Telegram's file links): it is never
 * put in an error message.
 */
export async function fetchLimited(url: string, maxBytes: number, dispatcher?: Dispatcher): Promise<DownloadedFile> {
  const res = await request(url, { method: 'GET', headersTimeout: 15_000, bodyTimeout: 60_000, ...(dispatcher ? { dispatcher } : {}) }).catch(
    (cause: unknown) => {
      throw new DownloadError('transient', 'file download failed', { cause });
    },
  );
  if (res.statusCode !== 200) {
    await res.body.dump();
    const final = res.statusCode === 404 || res.statusCode === 410 || res.statusCode === 403;
    throw new DownloadError(final ? 'gone' : 'transient', `file download answered HTTP ${res.statusCode}`);
  }
  const declared = Number(res.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) {
    await res.body.dump();
    throw new DownloadError('too_large', 'file larger than MEDIA_MAX_BYTES');
  }
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of res.body as AsyncIterable<Buffer>) {
    total += chunk.length;
    if (total > maxBytes) {
      res.body.destroy();
      throw new DownloadError('too_large', 'file larger than MEDIA_MAX_BYTES');
    }
    chunks.push(chunk);
  }
  const type = res.headers['content-type'];
  return { bytes: new Uint8Array(Buffer.concat(chunks)), ...(typeof type === 'string' ? { declaredType: type.split(';')[0]!.trim() } : {}) };
}

/** Zalo (OA and Bot) hand over an attachment as a URL: that URL is its file id. */
export async function urlDownload(fileId: string, maxBytes: number): Promise<DownloadedFile> {
  if (!/^https?:\/\//i.test(fileId)) throw new DownloadError('gone', 'attachment id is not a URL');
  return fetchLimited(fileId, maxBytes);
}
