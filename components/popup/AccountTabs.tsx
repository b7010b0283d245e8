/**
 * The account switcher (ARIA tabs, arrow keys move between them) with each
 * account's count of new exchanges. Shown only when there are several accounts.
 */
import type { JSX } from 'preact';
import type { Account } from '../../utils/model';
import { formatCount } from '../../utils/format';
import { tPopupDetails as t } from '../../entrypoints/popup/texts-details';

import { PANEL_ID, tabId } from './tabIds';

interface Props {
  accounts: Account[];
  selectedId: string;
  counts: Record<string, number>;
  onSelect: (id: string) => void;
}

const STEP: Record<string, (i: number, n: number) => number> = {
  ArrowRight: (i, n) => (i + 1) % n,
  ArrowLeft: (i, n) => (i - 1 + n) % n,
  Home: () => 0,
  End: (_, n) => n - 1,
};

export function AccountTabs({ accounts, selectedId, counts, onSelect }: Props) {
  const onKeyDown = (event: JSX.TargetedKeyboardEvent<HTMLDivElement>) => {
    const step = STEP[event.key];
    if (!step) return;
    event.preventDefault();
    const next = step(accounts.findIndex((a) => a.id === selectedId), accounts.length);
    const account = accounts[next];
    if (!account) return;
    onSelect(account.id);
    document.getElementById(tabId(next))?.focus();
  };
  return (
    <div class="tabs" role="tablist" aria-label={t('accounts')} onKeyDown={onKeyDown}>
      {accounts.map((account, index) => {
        const selected = account.id === selectedId;
        const count = counts[account.id] ?? 0;
        return (
          <button
            key={account.id} type="button" role="tab" id={tabId(index)} class="tab"
            aria-selected={selected} aria-controls={PANEL_ID} tabIndex={selected ? 0 : -1}
            aria-label={count > 0 ? `${account.label}, ${t('newCount', { count })}` : undefined}
            onClick={() => onSelect(account.id)}
          >
            <span class="tab-label">{account.label}</span>
            {count > 0 && <span class="count">{formatCount(count)}</span>}
          </button>
        );
      })}
    </div>
  );
}
