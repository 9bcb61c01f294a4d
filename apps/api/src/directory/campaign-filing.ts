import type { EntityManager } from 'typeorm';
import { campaignOpenForFiling, toCivilDate, type CampaignState } from '@khen/domain';
import { ProblemException } from '../problem/problem.exception';

/**
 * A campaign administered in the directory is filed into only while it is open: not closed, and today
 * (Asia/Ho_Chi_Minh) within its filing window; refused with the window's dates (CAMPAIGN_NOT_OPEN,
 * CAMPAIGN_CLOSED). A campaign row without a directory state (loaded before the directory) has no window.
 */
export async function assertCampaignOpenForFiling(
  m: EntityManager,
  campaignId: string,
  now = new Date(),
): Promise<void> {
  const [row] = (await m.query(`SELECT state, version FROM campaigns WHERE campaign_id = $1`, [campaignId])) as {
    state: CampaignState | null;
    version: number | null;
  }[];
  if (!row?.state || !row.version) return;
  const refused = campaignOpenForFiling(row.state, toCivilDate(now));
  if (refused) throw ProblemException.fromRefusal(refused);
}
