/** The popup's data as a Preact hook, from a source that is already reading (./popupSource.ts) or its own. */
import { useEffect, useState } from 'preact/hooks';
import { openPopupData, type PopupSource } from '../../entrypoints/popup/source';
import type { PopupData } from '../../entrypoints/popup/state';

export type { PopupSource } from '../../entrypoints/popup/source';

/** The data of `source` (or of its own source, opened on mount); null until the first read is done. */
export function usePopupData(source?: PopupSource): PopupData | null {
  const [own] = useState(() => source ?? openPopupData());
  const [data, setData] = useState(own.get());
  useEffect(() => {
    const unsubscribe = own.subscribe(() => setData(own.get()));
    setData(own.get());
    return () => {
      unsubscribe();
      if (!source) own.close();
    };
  }, [own]);
  return data;
}
