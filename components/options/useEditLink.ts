/**
 * `options.html#edit=<id>` (the popup's "Enter a new key" / "Open settings"): once the accounts
 * are read, open that account's edit form, then drop the hash so a reload does not reopen it.
 * Also when the hash changes in an options tab already open.
 */
import { useEffect } from 'preact/hooks';
import type { Account } from '../../utils/model';
import { editTarget } from '../../utils/edit-link';

export function useEditLink(accounts: Account[] | undefined, open: (account: Account) => void): void {
  useEffect(() => {
    if (accounts === undefined) return;
    const follow = () => {
      const id = editTarget(location.hash);
      const account = id === null ? undefined : accounts.find((a) => a.id === id);
      if (id !== null) history.replaceState(null, '', location.pathname + location.search);
      if (account) open(account);
    };
    follow();
    addEventListener('hashchange', follow);
    return () => removeEventListener('hashchange', follow);
  }, [accounts === undefined]);
}
