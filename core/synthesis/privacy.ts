import { ID_PATTERN, maskNumber, PHONE_PATTERN } from '../compliance/personal-data.js';

/**
 * Masks phone and identity numbers in free text before it reaches a document, an export or a
 * model prompt, whatever got through the form (PDP Law 91/2025: reports are sensitive data and
 * the people quoted are described by group). Only the last two digits stay, so an official can
 * still tell two numbers apart without being able to call or look anyone up. The patterns are
 * the ones the chat asks reporters about before they send (core/compliance/personal-data.ts).
 */
export function maskPii(text: string): string {
  return text.replace(PHONE_PATTERN, maskNumber).replace(ID_PATTERN, maskNumber);
}

export function maskOrNull(text: string | null | undefined): string | null {
  return text == null ? null : maskPii(text);
}
