/**
 * The earnings panel's place in the details (AccountDetails): the panel and its chart are a chunk
 * of their own, with the database read, so neither the balance nor the lists wait for them.
 * Loaded with a plain dynamic import rather than later()/useLater: those live in the popup's first
 * chunk, and using them from here would make it export them (bytes on the first paint).
 */
import { useEffect, useState } from 'preact/hooks';
import type { AccountViewProps } from './accountViewProps';

type Panel = typeof import('./EarningsPanel');
let loading: Promise<Panel> | null = null;

export function Earnings(props: Pick<AccountViewProps, 'account' | 'data' | 'markedNew' | 'now'>) {
  const [panel, setPanel] = useState<Panel | null>(null);
  useEffect(() => {
    let alive = true;
    (loading ??= import('./EarningsPanel')).then((loaded) => alive && setPanel(() => loaded), () => { loading = null; });
    return () => {
      alive = false;
    };
  }, []);
  return panel ? <panel.EarningsPanel {...props} /> : null;
}
