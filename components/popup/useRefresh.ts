/**
 * Refresh requests per account: which are under way (the button shows it) and
 * how the last one failed, if it did. A background that does not answer at
 * all is 'noAnswer' (no error kind fits: the site was never asked).
 */
import { useCallback, useState } from 'preact/hooks';
import { send } from '../../utils/protocol/client';
import type { Failure } from '../../utils/protocol/schema';

export type RefreshFailure = Failure | 'noAnswer';

export interface RefreshState {
  pending: Record<string, boolean>;
  failures: Record<string, RefreshFailure | undefined>;
  refresh: (accountId: string) => void;
}

export function useRefresh(): RefreshState {
  const [pending, setPending] = useState<Record<string, boolean>>({});
  const [failures, setFailures] = useState<Record<string, RefreshFailure | undefined>>({});
  const refresh = useCallback((accountId: string) => {
    setPending((prev) => ({ ...prev, [accountId]: true }));
    const settle = (failure: RefreshFailure | undefined) => {
      setPending((prev) => ({ ...prev, [accountId]: false }));
      setFailures((prev) => ({ ...prev, [accountId]: failure }));
    };
    send({ type: 'refresh', accountId }).then(
      (answer) => settle(answer ? (answer.ok ? undefined : answer.error) : 'noAnswer'),
      () => settle('noAnswer'),
    );
  }, []);
  return { pending, failures, refresh };
}
