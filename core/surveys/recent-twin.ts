import { and, desc, eq, gt } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { surveyCampaigns } from '../../db/schema/index.js';
import { lockAuthorRequests } from '../platform/author-lock.js';

/** How long the same campaign from the same author counts as the same sending (a form sent again). */
const TWIN_WINDOW_MS = 15 * 60_000;

/**
 * The campaign this author created moments ago of the same questionnaire for the same unit and
 * closing time: «back» to the preview and «Tạo» again, two tabs. A second one would invite the
 * sample twice. Takes a per-author lock first, so two such requests at once see each other.
 */
export async function recentCampaignTwin(
  tx: Executor,
  authorId: string,
  d: { surveyId: string; unitId: string; closesAt: Date },
  now: Date,
): Promise<string | null> {
  await lockAuthorRequests(tx, 'survey-campaign', authorId);
  const [twin] = await tx
    .select({ id: surveyCampaigns.id })
    .from(surveyCampaigns)
    .where(
      and(
        eq(surveyCampaigns.authorId, authorId),
        eq(surveyCampaigns.surveyId, d.surveyId),
        eq(surveyCampaigns.unitId, d.unitId),
        eq(surveyCampaigns.closesAt, d.closesAt),
        gt(surveyCampaigns.createdAt, new Date(now.getTime() - TWIN_WINDOW_MS)),
      ),
    )
    .orderBy(desc(surveyCampaigns.createdAt))
    .limit(1);
  return twin?.id ?? null;
}
