/**
 * Rate watch: the partner percent or the referral count changed between two syncs' summaries.
 * One notice per change (the next sync compares with the new values), none on the first sync.
 */
import type { SummaryRecord } from '../../../utils/model';

export interface RateChange {
  percent: { before: number; after: number } | null;
  referrals: { before: number; after: number } | null;
}

export function rateChange(before: SummaryRecord | null, after: SummaryRecord): RateChange | null {
  if (!before) return null;
  const percent = before.percent !== after.percent ? { before: before.percent, after: after.percent } : null;
  const referrals = before.referrals !== after.referrals ? { before: before.referrals, after: after.referrals } : null;
  return percent || referrals ? { percent, referrals } : null;
}
