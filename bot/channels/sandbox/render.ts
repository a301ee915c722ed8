import type { ChannelLimits } from '../../../core/kernel/channel.js';
import { SendError } from '../../../core/kernel/errors.js';
import type { OutboundMessage } from '../../../core/kernel/messages.js';
import { byteLength } from '../../../core/kernel/text.js';
import { splitOutbound } from '../split-outbound.js';

/** Like Telegram, so what works here works there, but with Zalo-like few buttons per message. */
export const SANDBOX_MAX_TEXT = 4096;
const SANDBOX_MAX_CAPTION = 1024;
const SANDBOX_MAX_BUTTONS = 8;
export const SANDBOX_MAX_CALLBACK_BYTES = 64;
/** Text of a follow-up message that only carries overflow buttons. */
const SANDBOX_CONTINUATION = '⋯';

export const sandboxLimits: ChannelLimits = {
  maxText: SANDBOX_MAX_TEXT,
  maxCaption: SANDBOX_MAX_CAPTION,
  maxButtons: SANDBOX_MAX_BUTTONS,
  maxCallbackBytes: SANDBOX_MAX_CALLBACK_BYTES,
  supportsLocationRequest: true,
};

/** The stored parts the web chat shows, each within the limits (see splitOutbound). */
export function splitForSandbox(msg: OutboundMessage): OutboundMessage[] {
  for (const c of msg.choices ?? []) {
    const bytes = byteLength(c.data);
    if (bytes < 1 || bytes > SANDBOX_MAX_CALLBACK_BYTES) throw new SendError('permanent', `button data must be 1–64 bytes, got ${bytes}`);
  }
  return splitOutbound(msg, sandboxLimits, SANDBOX_CONTINUATION);
}
