import { GrammyError, type Api } from 'grammy';
import type { DownloadedFile } from '../../../core/kernel/channel.js';
import { DownloadError } from '../../../core/media/download.js';
import { fetchLimited } from '../fetch-limited.js';

/**
 * Telegram gives bots a file_id only: getFile names a path valid for at least an hour, then the
 * bytes come from <apiRoot>/file/bot<token>/<path> (the hosted Bot API serves ≤ 20 MB). The link
 * holds the token, so it goes nowhere but the request.
 */
export function telegramDownload(api: Api, apiRoot: string, token: string) {
  return async (fileId: string, maxBytes: number): Promise<DownloadedFile> => {
    const file = await api.getFile(fileId).catch((cause: unknown) => {
      // 400 "wrong file_id" / "file is too big": asking again will not help.
      const final = cause instanceof GrammyError && cause.error_code === 400;
      const tooBig = final && /too big/i.test(cause.description);
      throw new DownloadError(tooBig ? 'too_large' : final ? 'gone' : 'transient', 'telegram getFile failed', { cause: final ? undefined : cause });
    });
    if (file.file_size !== undefined && file.file_size > maxBytes) throw new DownloadError('too_large', 'file larger than MEDIA_MAX_BYTES');
    if (!file.file_path) throw new DownloadError('gone', 'telegram gave no file path');
    return fetchLimited(`${apiRoot.replace(/\/$/, '')}/file/bot${token}/${file.file_path}`, maxBytes);
  };
}
