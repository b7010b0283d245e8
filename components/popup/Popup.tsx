/**
 * The toolbar popup. Renders stored data at once, then: marks the shown
 * account's exchanges seen (the badge clears), asks the background to sync
 * whatever is due (the background decides), and follows storage while open.
 * Only the account on screen is marked seen; the switcher keeps the others' counts.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { usePopupData, type PopupSource } from './usePopupData';
import { useRefresh } from './useRefresh';
import { useNow } from '../shared/useNow';
import { NoAccount } from './NoAccount';
import { PANEL_ID, tabId } from './tabIds';
import { later, useLater } from './later';
import { AccountView } from './AccountView';
import { send } from '../../utils/send';
import { NO_DATA, firstAccountId, seenThrough } from '../../entrypoints/popup/state';
import { tPopup as t } from '../../entrypoints/popup/texts';

// Only partners with several sites see the switcher: it arrives a frame after the balance.
const switcher = later(() => import('./AccountTabs'));

type SwitcherProps = Parameters<typeof import('./AccountTabs').AccountTabs>[0];

function Switcher(props: SwitcherProps) {
  const tabs = useLater(switcher);
  return tabs ? <tabs.AccountTabs {...props} /> : <div class="tabs tabs-slot" aria-hidden="true" />;
}

/** A gear (eight teeth drawn as dashes around a ring): "settings" at a glance; the old rays read as a sun. */
function SettingsIcon() {
  return (
    <svg width="18" height="18" viewBox="0 0 24 24" aria-hidden="true" fill="none" stroke="currentColor">
      <circle cx="12" cy="12" r="8.6" stroke-width="3" stroke-dasharray="3.38 3.38" />
      <circle cx="12" cy="12" r="6.3" stroke-width="2" />
      <circle cx="12" cy="12" r="2.4" stroke-width="1.6" />
    </svg>
  );
}

/** `source`: data whose reading started before the first render (entrypoints/popup/main.tsx); else read on mount. */
export function Popup({ source }: { source?: PopupSource }) {
  const data = usePopupData(source);
  const { pending, failures, refresh, refreshDue } = useRefresh();
  const now = useNow();
  const [selected, setSelected] = useState<string | null>(null);
  const opened = useRef<string | null>(null);
  const seenSent = useRef(new Map<string, number>());

  if (data && opened.current === null) opened.current = firstAccountId(data) ?? '';
  const ids = data?.accounts.map((a) => a.id) ?? [];
  const currentId = [selected, opened.current].find((id) => id && ids.includes(id)) ?? ids[0] ?? null;
  const current = data?.accounts.find((a) => a.id === currentId) ?? null;
  const currentData = (currentId && data?.byId[currentId]) || NO_DATA;
  const through = seenThrough(currentData);

  // Once, on the first read: the background syncs the accounts whose data is due.
  const loaded = data !== null;
  useEffect(() => {
    if (data && data.accounts.length > 0) refreshDue(data.accounts.map((a) => a.id));
  }, [loaded]);

  // The shown account is seen up to the success it renders; again whenever new data arrives.
  useEffect(() => {
    if (!currentId || through === null || seenSent.current.get(currentId) === through) return;
    seenSent.current.set(currentId, through);
    void send('markSeen', { accountId: currentId, through }).then((answer) => answer.ok || seenSent.current.delete(currentId));
  }, [currentId, through]);

  if (!data) return <main class="popup" aria-busy="true" />;
  if (!current) return <NoAccount />;

  const several = data.accounts.length > 1;
  const index = data.accounts.indexOf(current);
  return (
    <main class="popup">
      <header class="top">
        <h1>{t('title')}{!several && <span class="account-label"> · {current.label}</span>}</h1>
        <button
          type="button" class="icon-button" aria-label={t('settings')} title={t('settings')}
          onClick={() => void browser.runtime.openOptionsPage()}
        >
          <SettingsIcon />
        </button>
      </header>
      {several && <Switcher data={data} selectedId={current.id} onSelect={setSelected} />}
      <div class="panel" {...(several ? { role: 'tabpanel', id: PANEL_ID, 'aria-labelledby': tabId(index) } : {})}>
        <AccountView
          key={current.id} account={current} data={currentData} markedNew={data.markedNew[current.id] ?? []}
          settings={data.settings} now={now} refreshing={pending[current.id] ?? false}
          failure={failures[current.id]} onRefresh={() => refresh(current.id)}
        />
      </div>
    </main>
  );
}
