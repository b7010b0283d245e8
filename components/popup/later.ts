/**
 * A module loaded when first needed and used when it has arrived, without anyone waiting for it:
 * `const lists = later(() => import('./Lists'))` at module level, `useLater(lists)` in a component:
 * the chunk is asked for right after the first paint, the hook is null until it is there, then the
 * module (the component renders again). Hand-written: preact/compat's lazy + Suspense outweighs what it splits off.
 */
import { useEffect, useState } from 'preact/hooks';

export interface Later<T> {
  /** Starts loading (once); the module when it has arrived. */
  load(): Promise<T>;
  /** The module once loaded. */
  value: T | null;
}

export function later<T>(load: () => Promise<T>): Later<T> {
  let promise: Promise<T> | null = null;
  const box: Later<T> = {
    value: null,
    load() {
      promise ??= load().then((value) => (box.value = value));
      return promise;
    },
  };
  return box;
}

export function useLater<T>(box: Later<T>): T | null {
  // Asked for only after the first paint (effects run after it): loading and evaluating a chunk
  // during the first render held back the frame that shows the balance (BENCHMARKS.md).
  const [value, setValue] = useState(() => box.value);
  useEffect(() => {
    if (value) return;
    let alive = true;
    box.load().then((loaded) => alive && setValue(() => loaded), () => undefined);
    return () => {
      alive = false;
    };
  }, []);
  return value;
}
