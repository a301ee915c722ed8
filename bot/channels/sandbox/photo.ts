import type { DownloadedFile } from '../../../core/kernel/channel.js';
import { DownloadError } from '../../../core/media/download.js';

/** A 96×64 PNG: the sandbox's "photo" button sends no bytes, so every sandbox photo is this picture. */
const PLACEHOLDER = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAGAAAABACAIAAABqVuVZAAAAdklEQVR42u3YQREAMAjAMOSgacKmCTlImAMEsNxVQZ6NrquhQAAIECBAgAABAiRAgAABAgQIECABAgQIECBAK4DqpIYAAQIECBAgQIAACRAgQIAAAdoGZIk5ioAAAQIECBAgAQIECBAgQIAACRAgQIAAAQL0QQ+RVzrgZldcigAAAABJRU5ErkJggg==',
  'base64',
);

/** The sandbox stores its photos like any channel's, so the console and the notices show them. */
export async function sandboxDownload(fileId: string, maxBytes: number): Promise<DownloadedFile> {
  if (!/^sandbox-photo-/.test(fileId)) throw new DownloadError('gone', 'not a sandbox photo');
  if (PLACEHOLDER.length > maxBytes) throw new DownloadError('too_large', 'file larger than MEDIA_MAX_BYTES');
  return { bytes: new Uint8Array(PLACEHOLDER), declaredType: 'image/png' };
}
