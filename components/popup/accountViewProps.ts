/** What AccountView and its lazily loaded details (AccountDetails) both take: apart, so neither imports the other. */
import type { AccountData } from '../../entrypoints/popup/state';
import type { Account, Settings } from '../../utils/model';
import type { Failure } from '../../utils/errors';

export interface AccountViewProps {
  account: Account;
  data: AccountData;
  markedNew: readonly number[];
  settings: Settings;
  now: number;
  refreshing: boolean;
  failure: Failure | undefined;
  onRefresh: () => void;
}
