/**
 * Connected accounts: label, host, masked key, last sync; Edit, and Disconnect
 * with an inline confirmation (no window.confirm: it blocks and reads badly).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Account, AccountCache } from '../../utils/model';
import { send } from '../../utils/send';
import { hasOrigin, requestOrigin } from '../../entrypoints/options/permissions';
import { tOptions as t } from '../../entrypoints/options/texts';
import { hostOf } from '../../entrypoints/options/connectInput';
import { maskKey } from '../../entrypoints/options/maskKey';
import { syncStatus } from '../../entrypoints/options/accountStatus';
import { useNow } from '../shared/useNow';
import { useCaches } from './useStored';
import { AccountGoals } from './AccountGoals';
import { ReferralLinkField } from './ReferralLinkField';

interface Props {
  accounts: readonly Account[];
  onEdit: (account: Account) => void;
}

/** Which accounts lack their host permission (the user may have revoked it in the browser). */
function useMissingAccess(accounts: readonly Account[]) {
  const [missing, setMissing] = useState<Record<string, boolean>>({});
  const origins = accounts.map((a) => `${a.id} ${a.origin}`).join('\n');
  useEffect(() => {
    let live = true;
    for (const a of accounts) void hasOrigin(a.origin).then((has) => live && setMissing((m) => ({ ...m, [a.id]: !has })));
    return () => { live = false; };
  }, [origins]);
  return [missing, setMissing] as const;
}

/** How much of the account's history this browser holds, and whether it is all there. */
function StoredLine({ cache }: { cache: AccountCache | null | undefined }) {
  if (!cache || cache.lastSuccessAt === null) return null;
  const exchanges = t('storedExchanges', { count: cache.exchangeCount });
  const payouts = t('storedPayouts', { count: cache.payoutCount });
  return (
    <>
      <p class="muted">{t('stored', { exchanges, payouts })}</p>
      {!cache.complete.exchanges && <p class="muted">{t('loadingHistory')}</p>}
      {cache.full && <p class="warn">{t('storeFull')}</p>}
    </>
  );
}

export function AccountList({ accounts, onEdit }: Props) {
  const caches = useCaches(accounts.map((a) => a.id));
  const now = useNow();
  const [missing, setMissing] = useMissingAccess(accounts);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [notice, setNotice] = useState('');
  const noticeRef = useRef<HTMLParagraphElement>(null);
  const questionRef = useRef<HTMLParagraphElement>(null);
  const disconnectRefs = useRef<Record<string, HTMLButtonElement | null>>({});

  const refocus = useRef<string | null>(null);

  useEffect(() => {
    if (confirming) questionRef.current?.focus();
    else if (refocus.current) disconnectRefs.current[refocus.current]?.focus();
    refocus.current = null;
  }, [confirming]);

  const cancel = (id: string) => {
    refocus.current = id; // back to the button that opened the question
    setConfirming(null);
  };

  async function disconnect(account: Account) {
    // The background does it all (stops the sync, removes data and notifications, gives the permission back).
    const answer = await send('removeAccount', { accountId: account.id });
    setNotice(answer.ok ? t('disconnected', { label: account.label }) : t('noAnswer'));
    setConfirming(null);
    noticeRef.current?.focus();
  }

  function allowAccess(account: Account) {
    // The permission prompt first: it needs the click's user gesture.
    void requestOrigin(account.origin).then((granted) => {
      if (!granted) return;
      setMissing((m) => ({ ...m, [account.id]: false }));
      void send('refresh', { accountId: account.id });
    });
  }

  return (
    <>
      {accounts.length > 0 && (
        <ul class="accounts">
          {accounts.map((account) => {
            const nameId = `account-${account.id}-name`;
            const status = syncStatus(caches[account.id], now);
            const host = hostOf(account.origin);
            return (
              <li key={account.id} class="account">
                <div class="account-main">
                  <h3 id={nameId} class="account-name">{account.label}</h3>
                  <p class="muted">{host} · <span class="nowrap">{t('keyMasked', { masked: maskKey(account.key) })}</span></p>
                  <p><a href={account.origin} target="_blank" rel="noopener noreferrer" aria-describedby={nameId}>{t('openSite')}</a></p>
                  <p class={status.failed ? 'error' : 'muted'}>{status.text}</p>
                  <StoredLine cache={caches[account.id]} />
                  <AccountGoals account={account} currency={caches[account.id]?.summary?.currency ?? null} />
                  <ReferralLinkField account={account} code={caches[account.id]?.summary?.referralHash ?? null} nameId={nameId} />
                  {missing[account.id] && (
                    <div class="access">
                      <p class="warn">{t('noAccess', { host })}</p>
                      <button type="button" onClick={() => allowAccess(account)} aria-describedby={nameId}>{t('allowAccess')}</button>
                    </div>
                  )}
                </div>
                {confirming === account.id ? (
                  <div
                    class="account-confirm"
                    role="group"
                    aria-labelledby={`${nameId}-question`}
                    onKeyDown={(e) => e.key === 'Escape' && cancel(account.id)}
                  >
                    <p id={`${nameId}-question`} ref={questionRef} tabIndex={-1}>{t('confirmDisconnect', { label: account.label })}</p>
                    <div class="actions">
                      <button type="button" class="danger" onClick={() => void disconnect(account)}>{t('confirmYes')}</button>
                      <button type="button" onClick={() => cancel(account.id)}>{t('cancel')}</button>
                    </div>
                  </div>
                ) : (
                  <div class="account-actions">
                    <button type="button" onClick={() => onEdit(account)} aria-describedby={nameId}>{t('edit')}</button>
                    <button
                      type="button"
                      ref={(el) => { disconnectRefs.current[account.id] = el; }}
                      onClick={() => setConfirming(account.id)}
                      aria-describedby={nameId}
                    >
                      {t('disconnect')}
                    </button>
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <p ref={noticeRef} class="notice" role="status" tabIndex={-1}>{notice}</p>
    </>
  );
}
