/**
 * The earnings panel's place in the details (AccountDetails): the panel and its chart are a chunk
 * of their own, with the database read, so neither the balance nor the lists wait for them.
 */
import { later, useLater } from './later';
import type { AccountViewProps } from './accountViewProps';

const panel = later(() => import('./EarningsPanel'));

export function Earnings(props: Pick<AccountViewProps, 'account' | 'data' | 'markedNew' | 'now'>) {
  const Panel = useLater(panel)?.EarningsPanel;
  return Panel ? <Panel {...props} /> : null;
}
