/**
 * The account switcher (ARIA tabs, arrow keys move between them), shown only with several
 * accounts: one row that scrolls sideways (long labels are cut, the full one is the tooltip),
 * each tab with its count of unseen new exchanges (gone once the tab is viewed: the popup marks
 * the shown account seen) and a mark when its site has a problem; under them, the total balance
 * when all sites count in one currency.
 */
import type { JSX } from 'preact';
import { useEffect } from 'preact/hooks';
import type { AccountCache } from '../../utils/model';
import { formatCount, formatMoney } from '../../utils/format';
import { NO_DATA, unseenIds, type PopupData } from '../../entrypoints/popup/state';
import { tPopupDetails as t } from '../../entrypoints/popup/texts-details';
import { tTabs } from '../../entrypoints/popup/texts-tabs';
import { addStyles } from './addStyles';
import styles from './tabs.css?inline';
import { PANEL_ID, tabId } from './tabIds';
import { sumAmounts } from '../../utils/money';

addStyles(styles);

interface Props {
  data: PopupData;
  selectedId: string;
  onSelect: (id: string) => void;
}

type Problem = 'keyProblem' | 'stale';

/**
 * A refused key (or syncs paused for it) needs the partner: marked at once. Any other failure only
 * means old figures: marked once the last success is older than two update intervals (a single
 * failed update stays quiet), or when the site never answered.
 */
export function siteProblem(cache: AccountCache | null, pollMinutes: number, now = Date.now()): Problem | null {
  const kind = cache?.lastError?.kind;
  if (kind === 'unauthorized' || kind === 'forbidden' || cache?.backoff.paused) return 'keyProblem';
  if (!cache?.lastError) return null;
  const last = cache.lastSuccessAt;
  return last === null || now - last > 2 * pollMinutes * 60_000 ? 'stale' : null;
}

/** The balances added up, when every site has one and all are in one currency; else null. */
export function totalBalance(data: PopupData): { amount: number; currency: string } | null {
  const summaries = data.accounts.map((a) => data.byId[a.id]?.cache?.summary ?? null);
  const currency = summaries[0]?.currency.toLowerCase();
  if (!currency || summaries.some((s) => s?.currency.toLowerCase() !== currency)) return null;
  return { amount: sumAmounts(summaries.map((s) => s!.balance)), currency };
}

const STEP: Record<string, (i: number, n: number) => number> = {
  ArrowRight: (i, n) => (i + 1) % n,
  ArrowLeft: (i, n) => (i - 1 + n) % n,
  Home: () => 0,
  End: (_, n) => n - 1,
};

export function AccountTabs({ data, selectedId, onSelect }: Props) {
  const { accounts } = data;
  const selectedIndex = accounts.findIndex((a) => a.id === selectedId);
  // The shown tab is kept in view of the scrolling row.
  useEffect(() => {
    document.getElementById(tabId(selectedIndex))?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  }, [selectedIndex]);
  const onKeyDown = (event: JSX.TargetedKeyboardEvent<HTMLDivElement>) => {
    const step = STEP[event.key];
    if (!step) return;
    event.preventDefault();
    const next = step(selectedIndex, accounts.length);
    const account = accounts[next];
    if (!account) return;
    onSelect(account.id);
    document.getElementById(tabId(next))?.focus();
  };
  const total = totalBalance(data);
  return (
    <>
      <div class="tabs" role="tablist" aria-label={t('accounts')} onKeyDown={onKeyDown}>
        {accounts.map((account, index) => {
          const selected = account.id === selectedId;
          const state = data.byId[account.id] ?? NO_DATA;
          // The tab on screen is being seen: its count is gone at once, not after the seen mark is stored.
          const count = selected ? 0 : unseenIds(state).length;
          const problem = siteProblem(state.cache, data.settings.pollMinutes);
          const name = [account.label, count > 0 && t('newCount', { count }), problem && tTabs(problem)].filter(Boolean).join(', ');
          return (
            <button
              key={account.id} type="button" role="tab" id={tabId(index)} class="tab"
              aria-selected={selected} aria-controls={PANEL_ID} tabIndex={selected ? 0 : -1}
              aria-label={name === account.label ? undefined : name} title={name}
              onClick={() => onSelect(account.id)}
            >
              <span class="tab-label">{account.label}</span>
              {count > 0 && <span class="count">{formatCount(count)}</span>}
              {problem && <span class={problem === 'keyProblem' ? 'tab-mark key' : 'tab-mark'} aria-hidden="true">!</span>}
            </button>
          );
        })}
      </div>
      {total && (
        <p class="tabs-total">{tTabs('total', { count: accounts.length, amount: formatMoney(total.amount, total.currency) })}</p>
      )}
    </>
  );
}
