import type { ChannelLimits } from '../../core/kernel/channel.js';
import type { Choice, OutboundMessage } from '../../core/kernel/messages.js';
import { splitText } from '../../core/kernel/text.js';

/**
 * Splits one outbound message into messages that each fit a channel with buttons: long text in
 * several parts with the buttons under the last, choices beyond `maxButtons` on follow-up
 * messages reading `continuation`, a caption longer than `maxCaption` sent as text after the bare
 * media. A location request and a place pin go on the last message. Callback data is the adapter's to check.
 */
export function splitOutbound(
  msg: OutboundMessage,
  limits: Pick<ChannelLimits, 'maxText' | 'maxCaption' | 'maxButtons'>,
  continuation: string,
): OutboundMessage[] {
  const [first, ...more] = chunk(msg.choices ?? [], limits.maxButtons);
  const parts = msg.type === 'text' ? textParts(msg.text, first, limits.maxText) : mediaParts(msg, first, limits);
  for (const choices of more) parts.push({ type: 'text', text: continuation, choices });
  const last = parts[parts.length - 1];
  if (msg.type === 'text' && msg.requestLocation && last?.type === 'text') last.requestLocation = true;
  if (msg.type === 'text' && msg.place && last?.type === 'text') last.place = msg.place;
  return parts;
}

function textParts(text: string, choices: Choice[] | undefined, maxText: number): OutboundMessage[] {
  const parts: OutboundMessage[] = splitText(text, maxText).map((t) => ({ type: 'text', text: t }));
  const last = parts[parts.length - 1];
  if (choices && last) last.choices = choices;
  return parts;
}

function mediaParts(
  msg: Extract<OutboundMessage, { type: 'media' }>,
  choices: Choice[] | undefined,
  limits: Pick<ChannelLimits, 'maxText' | 'maxCaption'>,
): OutboundMessage[] {
  const { caption, choices: _all, ...media } = msg;
  if (caption !== undefined && caption.length > limits.maxCaption) return [media, ...textParts(caption, choices, limits.maxText)];
  const part: OutboundMessage = caption ? { ...media, caption } : { ...media };
  if (choices) part.choices = choices;
  return [part];
}

/** As few messages as `size` allows, filled evenly: 9 choices by 8 are 5 + 4, never 8 + a lone «Hủy». */
function chunk(choices: Choice[], size: number): Choice[][] {
  const count = Math.ceil(choices.length / size);
  const even = Math.ceil(choices.length / Math.max(1, count));
  const chunks: Choice[][] = [];
  for (let i = 0; i < choices.length; i += even) chunks.push(choices.slice(i, i + even));
  return chunks;
}
