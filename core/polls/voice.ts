import type { CampaignVoice } from '../surveys/delivery.js';
import { pollOf } from './poll.js';
import { pollQuestion, pollResults, resultsText, sharedText } from './results.js';

/**
 * How a quick poll speaks through the survey jobs (core/surveys/delivery.ts): the invitation is
 * the question itself with one button per option (one tap answers, no survey intro); the
 * reminder is the same with a line before it; the author's final results are the poll's, with
 * the button that shares them back to those who answered.
 */
export const pollVoice: CampaignVoice = {
  invite(t, locale, c, reminder, timeZone) {
    const q = pollQuestion(t, locale, pollOf(c.campaign, c.survey)!, timeZone);
    return { type: 'text', text: reminder ? `${t(locale, 'poll-reminder')}\n\n${q.text}` : q.text, choices: q.options };
  },
  async results(tx, t, locale, campaign, timeZone) {
    const r = await pollResults(tx, campaign.id);
    return {
      type: 'text',
      text: resultsText(t, locale, r!, timeZone, true),
      choices: [{ label: t(locale, 'surveys-share-button'), data: `svs:${campaign.number}` }],
    };
  },
  async shared(tx, t, locale, campaign) {
    return sharedText(t, locale, (await pollResults(tx, campaign.id))!);
  },
};
