/**
 * `options.html#edit=<id>` (the popup's "Enter a new key" / "Open settings"): once the accounts
 * are read, open that account's edit form, then drop the hash so a reload does not reopen it.
 * Also when the hash changes in an options tab already open (the popup reuses one): the listener
 * reads the latest accounts and `open` through a ref, so an account connected after the page
 * loaded is found too.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { Account } from '../../utils/model';
import { editTarget } from '../../utils/edit-link';

export function useEditLink(accounts: Account[] | undefined, open: (account: Account) => void): void {
  const latest = useRef({ accounts, open });
  latest.current = { accounts, open };
  useEffect(() => {
    if (accounts === undefined) return;
    const follow = () => {
      const id = editTarget(location.hash);
      const account = id === null ? undefined : latest.current.accounts?.find((a) => a.id === id);
      if (id !== null) history.replaceState(null, '', location.pathname + location.search);
      if (account) latest.current.open(account);
    };
    follow();
    addEventListener('hashchange', follow);
    return () => removeEventListener('hashchange', follow);
  }, [accounts === undefined]);
}
