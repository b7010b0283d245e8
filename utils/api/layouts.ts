/**
 * The two URL layouts the same partner controller is served under (CONTRACT.md):
 * classic `/api/v2/...` and 11.x `/api/v3/private/...` (withdrawals are "payouts" there).
 */
import type { Layout } from '../model';

export interface LayoutPaths {
  summary: string;
  exchanges: string;
  withdrawals: string;
}

export const LAYOUTS: Record<Layout, LayoutPaths> = {
  v2: {
    summary: '/api/v2/account/partner',
    exchanges: '/api/v2/account/partner/exchanges',
    withdrawals: '/api/v2/account/partner/withdrawal',
  },
  v3private: {
    summary: '/api/v3/private/account/partner',
    exchanges: '/api/v3/private/account/partner/exchanges',
    withdrawals: '/api/v3/private/account/partner/payouts',
  },
};
