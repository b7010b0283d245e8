/**
 * Where the referral kit goes (under the balance figures, at the top of the details): the kit is a
 * chunk of its own (./ReferralKit), asked for after the details have painted.
 */
import { later, useLater } from './later';
import type { Account } from '../../utils/model';

const kit = later(() => import('./ReferralKit'));

export function ReferralSlot({ account, code }: { account: Account; code: string | null }) {
  const loaded = useLater(kit);
  return loaded && <loaded.ReferralKit key={account.id} account={account} code={code} />;
}
