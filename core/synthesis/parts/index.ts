import type { SynthesisPart } from '../parts.js';
import { guidancePart } from './guidance.js';
import { hotSpotOutcomesPart } from './hot-spot-outcomes.js';
import { meetingsPart } from './meetings.js';
import { pollsPart } from './polls.js';
import { reportingPart } from './reporting.js';
import { requestsPart } from './requests.js';
import { surveysPart } from './surveys.js';

/**
 * Every part of the synthesis that a feature contributes (core/synthesis/README.md). Add yours
 * with one file in this folder and one line here; the slot and order place it in the document.
 * Expected next: cases handled by responsible bodies (handling, 20).
 */
export const SYNTHESIS_PARTS: readonly SynthesisPart<unknown>[] = [
  reportingPart,
  guidancePart,
  pollsPart,
  requestsPart,
  meetingsPart,
  surveysPart,
  hotSpotOutcomesPart,
];
