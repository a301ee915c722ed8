import { and, asc, desc, eq, gt } from 'drizzle-orm';
import { formatDateTime } from '../../../core/kernel/datetime.js';
import { surveyCampaigns, surveyRecipients, surveys } from '../../../db/schema/index.js';
import { appendAudit } from '../../../core/compliance/audit.js';
import { pollQuestion, pollResults, resultsText } from '../../../core/polls/results.js';
import { answerPoll, currentAnswer, pollOf, type Poll } from '../../../core/polls/poll.js';
import type { Locale } from '../../../core/kernel/i18n.js';
import { pollCreateFlow } from './create-flow.js';
import type { Role } from '../../../core/people/people.js';
import type { Reply } from '../../engine/types.js';
import type { Feature, HandlerContext } from '../../engine/registry.js';
import type { FeatureDeps } from '../deps.js';
import { pollEffects, unitPath } from './effects.js';
import { UUID_PATTERN } from '../../../core/kernel/uuid.js';

const OFFICIALS: Role[] = ['official', 'admin'];
const UUID = UUID_PATTERN;

/**
 * Quick polls in chat: officials create them (/taothamdo) and follow live results
 * (/ketquathamdo, or the "Xem kết quả" button `pr:<pollId>`); recipients answer with the buttons
 * of the poll message (`p:<pollId>:<n>`) or, on text-only channels, with /thamdo then a number.
 * A poll is a survey campaign of kind 'poll' (core/polls/poll.ts); its id is the campaign's, and
 * polls made before the move kept theirs, so buttons sent before it still work.
 */
export function createPollsFeature(deps: Pick<FeatureDeps, 'config'>): Feature {
  const tz = deps.config.TIMEZONE;
  return {
    name: 'polls',
    helpSection: 'polls',
    flows: [pollCreateFlow],
    commands: [
      { names: ['taothamdo', 'newpoll'], flow: pollCreateFlow.name, roles: OFFICIALS, helpKey: 'poll-help-create' },
      { names: ['thamdo', 'poll'], run: (args, h) => openPolls(h, tz, Number.parseInt(args, 10) || 0), helpKey: 'poll-help-answer' },
      {
        names: ['ketquathamdo', 'pollresults'],
        roles: OFFICIALS,
        run: (args, h) => myPolls(h, tz, Number.parseInt(args, 10) || 0),
        helpKey: 'poll-help-results',
      },
    ],
    actions: [
      { prefix: 'p', run: (rest, h) => onAnswer(h, tz, rest) },
      { prefix: 'pr', run: (rest, h) => onResults(h, tz, rest) },
    ],
    effects: pollEffects(deps.config),
  };
}

const locale = (h: HandlerContext): Locale => h.flow.locale;

function questionReply(h: HandlerContext, tz: string, poll: Poll, chosen: number[], lead?: string): Reply {
  const q = pollQuestion((l, k, a) => h.flow.t(k, a), locale(h), poll, tz, chosen);
  return { text: lead ? `${lead}\n\n${q.text}` : q.text, choices: q.options.map((o) => ({ label: o.label, value: o.data })) };
}

async function onAnswer(h: HandlerContext, tz: string, rest: string): Promise<Reply[]> {
  const t = h.flow.t;
  const m = new RegExp(`^(${UUID}):(\\d{1,2})$`, 'i').exec(rest);
  if (!m || !h.person) return [{ text: t('poll-x-not_found') }];
  const r = await answerPoll(h.tx, h.person, m[1]!, Number(m[2]), h.flow.now, tz);
  if (!r.ok) return [{ text: t(`poll-x-${r.code}`, { closes: r.poll ? formatDateTime(r.poll.closesAt, tz) : '' }) }];
  const answer = r.choices.map((c) => r.poll.options[c]).join('; ');
  const lead = r.choices.length === 0 ? t('poll-answer-cleared') : t(r.poll.multi ? 'poll-answer-multi' : 'poll-answer-saved', { answer });
  return [questionReply(h, tz, r.poll, r.choices, lead)];
}

/** The person's open polls; shows the n-th (1-based), else the first one not yet answered. */
async function openPolls(h: HandlerContext, tz: string, n: number): Promise<Reply[]> {
  const t = h.flow.t;
  if (!h.person) return [{ text: t('engine-not-registered') }];
  const rows = await h.tx
    .select({ campaign: surveyCampaigns, survey: surveys })
    .from(surveyRecipients)
    .innerJoin(surveyCampaigns, eq(surveyCampaigns.id, surveyRecipients.campaignId))
    .innerJoin(surveys, eq(surveys.id, surveyCampaigns.surveyId))
    .where(
      and(
        eq(surveyRecipients.personId, h.person.id),
        eq(surveyCampaigns.kind, 'poll'),
        eq(surveyCampaigns.status, 'open'),
        gt(surveyCampaigns.closesAt, h.flow.now),
      ),
    )
    .orderBy(asc(surveyCampaigns.closesAt))
    .limit(20);
  if (rows.length === 0) return [{ text: t('poll-none-open') }];
  const open = rows.map((r) => ({ poll: pollOf(r.campaign, r.survey)! }));
  const answers = await Promise.all(rows.map((r) => currentAnswer(h.tx, r.campaign, h.person!.id)));
  const index =
    n >= 1 && n <= open.length
      ? n - 1
      : Math.max(
          0,
          answers.findIndex((a) => a.length === 0),
        );
  const list = open.map((o, i) =>
    t('poll-list-item', { n: i + 1, question: o.poll.question, state: t(answers[i]!.length ? 'poll-state-answered' : 'poll-state-open') }),
  );
  const lead = open.length > 1 ? `${t('poll-list-title')}\n${list.join('\n')}\n${t('poll-list-pick')}` : undefined;
  return [questionReply(h, tz, open[index]!.poll, answers[index]!, lead)];
}

async function myPolls(h: HandlerContext, tz: string, n: number): Promise<Reply[]> {
  const t = h.flow.t;
  const rows = await h.tx
    .select({ campaign: surveyCampaigns, survey: surveys })
    .from(surveyCampaigns)
    .innerJoin(surveys, eq(surveys.id, surveyCampaigns.surveyId))
    .where(and(eq(surveyCampaigns.authorId, h.person!.id), eq(surveyCampaigns.kind, 'poll')))
    .orderBy(desc(surveyCampaigns.createdAt))
    .limit(5);
  const mine = rows.map((r) => pollOf(r.campaign, r.survey)!);
  if (mine.length === 0) return [{ text: t('poll-none-created') }];
  if (n >= 1 && n <= mine.length) return onResults(h, tz, mine[n - 1]!.id);
  if (mine.length === 1) return onResults(h, tz, mine[0]!.id);
  const text = [t('poll-mine-title'), ...mine.map((p, i) => t('poll-list-item', { n: i + 1, question: p.question, state: t(`poll-status-${p.status}`) }))].join(
    '\n',
  );
  return [{ text, choices: mine.map((p, i) => ({ label: `${i + 1}. ${p.question.slice(0, 40)}`, value: `pr:${p.id}` })) }];
}

/** Results for the author, or an official whose subtree contains the poll's audience. */
async function onResults(h: HandlerContext, tz: string, rest: string): Promise<Reply[]> {
  const t = h.flow.t;
  if (!new RegExp(`^${UUID}$`, 'i').test(rest) || !h.person) return [{ text: t('poll-x-not_found') }];
  const results = await pollResults(h.tx, rest);
  if (!results) return [{ text: t('poll-x-not_found') }];
  const own = await unitPath(h, h.person.unitId);
  const target = await unitPath(h, results.poll.unitId);
  const allowed = results.poll.authorId === h.person.id || (h.person.role !== 'collaborator' && !!own && !!target && target.startsWith(own));
  if (!allowed) {
    await appendAudit(h.tx, {
      actorId: h.person.id,
      action: 'poll.results',
      targetType: 'poll',
      targetId: rest,
      outcome: 'refused',
      details: { reason: 'out_of_scope' },
    });
    return [{ text: t('poll-x-not_allowed') }];
  }
  const final = results.poll.status === 'closed';
  return [
    {
      text: resultsText((l, k, a) => h.flow.t(k, a), locale(h), results, tz, final),
      choices: final ? undefined : [{ label: t('poll-refresh'), value: `pr:${rest}` }],
    },
  ];
}
