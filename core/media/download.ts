import { AppError } from '../kernel/errors.js';

export type { DownloadedFile } from '../kernel/channel.js';

/**
 * Why a download failed: `too_large` and `gone` (the platform no longer has it, or never will give
 * it) are final; `transient` (network, 5xx, 429) is retried by the job.
 */
export type DownloadFailure = 'too_large' | 'gone' | 'transient';

export class DownloadError extends AppError {
  constructor(
    readonly failure: DownloadFailure,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(`download_${failure}`, message, options);
  }
}
