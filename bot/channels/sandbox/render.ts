import type { ChannelLimits } from '../../../core/channel.js';
import { SendError } from '../../../core/errors.js';
import type { Choice, OutboundMessage } from '../../../core/messages.js';
import { byteLength, splitText } from '../../../core/text.js';

/** Like Telegram, so what works here works there, but with Zalo-like few buttons per message. */
export const SANDBOX_MAX_TEXT = 4096;
export const SANDBOX_MAX_CAPTION = 1024;
export const SANDBOX_MAX_BUTTONS = 8;
export const SANDBOX_MAX_CALLBACK_BYTES = 64;
/** Text of a follow-up message that only carries overflow buttons. */
export const SANDBOX_CONTINUATION = '⋯';

export const sandboxLimits: ChannelLimits = {
  maxText: SANDBOX_MAX_TEXT,
  maxCaption: SANDBOX_MAX_CAPTION,
  maxButtons: SANDBOX_MAX_BUTTONS,
  maxCallbackBytes: SANDBOX_MAX_CALLBACK_BYTES,
  supportsLocationRequest: true,
};

/**
 * Splits one outbound message into the stored parts the web chat shows, each within the limits:
 * long text in several bubbles (buttons under the last), overflow buttons on follow-up bubbles,
 * an over-long caption sent as text after the media.
 */
export function splitForSandbox(msg: OutboundMessage): OutboundMessage[] {
  const chunks = chunk(msg.choices ?? []);
  const [first, ...rest] = chunks;
  const parts = msg.type === 'text' ? textParts(msg.text, first) : mediaParts(msg, first);
  for (const more of rest) parts.push({ type: 'text', text: SANDBOX_CONTINUATION, choices: more });
  const last = parts[parts.length - 1];
  if (msg.type === 'text' && msg.requestLocation && last?.type === 'text') last.requestLocation = true;
  return parts;
}

function textParts(text: string, choices: Choice[] | undefined): OutboundMessage[] {
  const parts: OutboundMessage[] = splitText(text, SANDBOX_MAX_TEXT).map((t) => ({ type: 'text', text: t }));
  const last = parts[parts.length - 1];
  if (choices && last) last.choices = choices;
  return parts;
}

function mediaParts(msg: Extract<OutboundMessage, { type: 'media' }>, choices: Choice[] | undefined): OutboundMessage[] {
  const { caption, choices: _all, ...media } = msg;
  if (caption !== undefined && caption.length > SANDBOX_MAX_CAPTION) return [media, ...textParts(caption, choices)];
  const part: OutboundMessage = caption ? { ...media, caption } : media;
  if (choices) part.choices = choices;
  return [part];
}

function chunk(choices: Choice[]): Choice[][] {
  for (const c of choices) {
    const bytes = byteLength(c.data);
    if (bytes < 1 || bytes > SANDBOX_MAX_CALLBACK_BYTES) throw new SendError('permanent', `button data must be 1–64 bytes, got ${bytes}`);
  }
  const chunks: Choice[][] = [];
  for (let i = 0; i < choices.length; i += SANDBOX_MAX_BUTTONS) chunks.push(choices.slice(i, i + SANDBOX_MAX_BUTTONS));
  return chunks;
}
