import type { ChannelAdapter, ChannelAlerts, ChannelLimits, SentRef } from '../../../core/kernel/channel.js';
import { createI18n, type Locale, type Translate } from '../../../core/kernel/i18n.js';
import type { Logger } from '../../../core/kernel/logger.js';
import type { OutboundMessage } from '../../../core/kernel/messages.js';
import type { ZaloOaClient, ZaloSent } from './client.js';
import { ZALO_CHOICE_PREFIX, ZALO_MAX_BUTTON_PAYLOAD, ZALO_MAX_BUTTONS, ZALO_MAX_TEXT } from './constants.js';
import { ZaloApiError, ZaloBillingError } from './errors.js';
import { isHttpUrl, loadMedia, type MediaLoader } from './media.js';
import { renderZaloOa, type ZaloOaOp, type ZaloRenderOptions, type ZaloRenderTexts } from './render.js';
import { toSendError } from './send-errors.js';
import { urlDownload } from '../fetch-limited.js';

const zaloOaLimits: ChannelLimits = {
  maxText: ZALO_MAX_TEXT,
  maxCaption: ZALO_MAX_TEXT,
  maxButtons: ZALO_MAX_BUTTONS,
  maxCallbackBytes: ZALO_MAX_BUTTON_PAYLOAD - ZALO_CHOICE_PREFIX.length,
  supportsLocationRequest: false,
};

export interface ZaloOaAdapterOptions {
  client: ZaloOaClient;
  logger: Logger;
  /** Defaults to the templates on disk. */
  t?: Translate;
  locale?: Locale;
  buttonType?: ZaloRenderOptions['buttonType'];
  loadMedia?: MediaLoader;
  /** Counts billing refusals (metrics). */
  alerts?: ChannelAlerts;
}

/** Invalid parameter / message type not supported: what Zalo would answer to buttons it does not take. */
function isButtonRefusal(err: unknown): err is ZaloApiError {
  return err instanceof ZaloApiError && err.constructor === ZaloApiError && [-201, -210, -233].includes(err.zaloCode);
}

export function zaloRenderTexts(t: Translate, locale: Locale, prefix = 'zalo'): ZaloRenderTexts {
  return {
    shareLocation: t(locale, `${prefix}-share-location`),
    chooseOption: t(locale, 'zalo-choose-option'),
    numberedHint: t(locale, 'zalo-numbered-hint'),
    moreOptions: (from, to) => t(locale, 'zalo-more-options', { from, to }),
  };
}

/**
 * Channel 'zalo' (Official Account). Sends through our typed client; failures surface as
 * SendError. Token refresh-and-retry happens inside the client (wired to the token manager).
 * Zalo cannot edit messages, so `edit` sends anew.
 */
export function createZaloOaAdapter(opts: ZaloOaAdapterOptions): ChannelAdapter & { client: ZaloOaClient } {
  const t = opts.t ?? createI18n().t;
  const texts = zaloRenderTexts(t, opts.locale ?? 'vi');
  const load = opts.loadMedia ?? loadMedia;
  const log = opts.logger.child({ channel: 'zalo' });

  /**
   * Buttons on /v3.0/oa/message/cs are unverified (reference §2.3): a message whose buttons Zalo
   * refuses is sent again as numbered text. Per message: one refusal (a title Zalo dislikes)
   * must not cost every later message its buttons.
   */
  const buttons = async (userId: string, op: Extract<ZaloOaOp, { op: 'buttons' }>): Promise<ZaloSent | null> => {
    try {
      return await opts.client.sendButtons(userId, op.text, op.buttons);
    } catch (err) {
      if (!isButtonRefusal(err)) throw err;
      log.warn({ zaloCode: err.zaloCode }, 'zalo refused a buttons message; sending its choices as a numbered list');
    }
    return op.fallbackText === null ? null : opts.client.sendText(userId, op.fallbackText);
  };

  const run = async (userId: string, op: ZaloOaOp): Promise<ZaloSent | null> => {
    const c = opts.client;
    switch (op.op) {
      case 'text':
        return c.sendText(userId, op.text);
      case 'buttons':
        return buttons(userId, op);
      case 'image': {
        if (isHttpUrl(op.source)) return c.sendImage(userId, { url: op.source }, op.caption);
        const media = await load(op.source, op.fileName);
        const attachmentId = await c.uploadImage(media.bytes, media.fileName, media.mimeType);
        return c.sendImage(userId, { attachmentId }, op.caption);
      }
      case 'file': {
        const media = await load(op.source, op.fileName);
        return c.sendFile(userId, await c.uploadFile(media.bytes, media.fileName, media.mimeType));
      }
    }
  };

  const send = async (accountId: string, msg: OutboundMessage): Promise<SentRef[]> => {
    const refs: SentRef[] = [];
    for (const op of renderZaloOa(msg, texts, { ...(opts.buttonType ? { buttonType: opts.buttonType } : {}) })) {
      try {
        const sent = await run(accountId, op);
        if (sent) refs.push({ messageId: sent.messageId });
      } catch (err) {
        const e = toSendError(err);
        if (err instanceof ZaloBillingError) {
          // Admins must top up or link the Zalo Cloud account; the message waits (delivery 'waiting_window').
          log.error({ zaloCode: err.zaloCode, partsSent: refs.length }, 'zalo refused a paid-window message: no Zalo Cloud account or balance; parked');
          opts.alerts?.alert('zalo', 'zalo_billing');
        } else log.warn({ failure: e.failure, op: op.op, partsSent: refs.length }, 'zalo send failed');
        throw e;
      }
    }
    return refs;
  };

  return {
    channel: 'zalo',
    limits: zaloOaLimits,
    client: opts.client,
    send,
    download: urlDownload,
    async edit(accountId, _ref, msg) {
      const refs = await send(accountId, msg);
      return refs[0] ?? { messageId: '' };
    },
  };
}
