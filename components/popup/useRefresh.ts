/**
 * Refresh requests per account: which are under way (the button shows it) and how the last one
 * failed, if it did (a background that does not answer is the `noAnswer` failure, from send()).
 */
import { useCallback, useState } from 'preact/hooks';
import { send } from '../../utils/send';
import type { Failure } from '../../utils/errors';

export interface RefreshState {
  pending: Record<string, boolean>;
  failures: Record<string, Failure | undefined>;
  /** The Refresh button: sync this account now. */
  refresh: (accountId: string) => void;
  /** The popup opening: the background syncs those of these accounts whose data is due. */
  refreshDue: (accountIds: string[]) => void;
}

export function useRefresh(): RefreshState {
  // Requests under way per account (the popup's "if due" round and a Refresh click may overlap).
  const [running, setRunning] = useState<Record<string, number>>({});
  const [failures, setFailures] = useState<Record<string, Failure | undefined>>({});
  const run = useCallback((accountIds: string[], ifDue: boolean) => {
    const mark = (step: 1 | -1) =>
      setRunning((prev) => ({ ...prev, ...Object.fromEntries(accountIds.map((id) => [id, (prev[id] ?? 0) + step])) }));
    mark(1);
    const accountId = accountIds.length === 1 ? accountIds[0] : undefined;
    void send('refresh', { accountId, ifDue }).then((answer) => {
      mark(-1);
      // A failure of one account's refresh belongs to it; an "if due" round over all keeps quiet (the caches say it).
      if (accountId) setFailures((prev) => ({ ...prev, [accountId]: answer.ok ? undefined : answer.error }));
    });
  }, []);
  const refresh = useCallback((accountId: string) => run([accountId], false), [run]);
  const refreshDue = useCallback((accountIds: string[]) => run(accountIds, true), [run]);
  const pending = Object.fromEntries(Object.entries(running).map(([id, count]) => [id, count > 0]));
  return { pending, failures, refresh, refreshDue };
}
