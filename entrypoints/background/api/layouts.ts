/**
 * The two URL layouts the same partner controller is served under (CONTRACT.md):
 * classic `/api/v2/...` and 11.x `/api/v3/private/...` (the v2 path calls payouts "withdrawal").
 */
import type { Layout } from '../../../utils/model';

export interface LayoutPaths {
  summary: string;
  exchanges: string;
  payouts: string;
}

export const LAYOUTS: Record<Layout, LayoutPaths> = {
  v2: {
    summary: '/api/v2/account/partner',
    exchanges: '/api/v2/account/partner/exchanges',
    payouts: '/api/v2/account/partner/withdrawal',
  },
  v3private: {
    summary: '/api/v3/private/account/partner',
    exchanges: '/api/v3/private/account/partner/exchanges',
    payouts: '/api/v3/private/account/partner/payouts',
  },
};
