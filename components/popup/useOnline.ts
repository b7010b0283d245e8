/**
 * Whether the browser says it is online, following its online/offline events while the popup is
 * open (navigator.onLine alone is read only when something else re-renders). Details chunk only.
 */
import { useEffect, useState } from 'preact/hooks';

const onLine = () => typeof navigator === 'undefined' || navigator.onLine !== false;

export function useOnline(): boolean {
  const [online, setOnline] = useState(onLine);
  useEffect(() => {
    const update = () => setOnline(onLine());
    window.addEventListener('online', update);
    window.addEventListener('offline', update);
    update(); // a change between the first render and now
    return () => {
      window.removeEventListener('online', update);
      window.removeEventListener('offline', update);
    };
  }, []);
  return online;
}
