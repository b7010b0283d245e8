/** Everything one `npm run bench` measured, as report.ts renders it (one type, shared by all measures). */
import type { EntrySize } from './bundle-size';
import type { CsvBuildFigure } from './csv-build';
import type { CsvDownloadFigure } from './csv-download';
import type { LazyChunk } from './lazy-chunks';
import type { Machine } from './machine';
import type { PaintResult } from './popup-paint';
import type { StoreFloor, SyncFigure } from './sync-cost';
import type { LargeResult } from './large';
import type { WakeFigure } from './wake';

export interface BenchResults {
  machine: Machine;
  seconds: number;
  sizes: EntrySize[];
  /** Chunks each entry loads later with import(), by entry. */
  lazy: Record<string, LazyChunk[]>;
  zipBytes: number;
  paint: PaintResult;
  sync: SyncFigure[];
  bytesInUse10k: number;
  /** IndexedDB's own cost of 10 000 puts in one transaction (the floor under a first sync's commit). */
  idbFloor: StoreFloor;
  csvBuild: CsvBuildFigure[];
  csvDownload: CsvDownloadFigure;
  wake: WakeFigure;
  /** The figures at 100 000 stored. */
  large: LargeResult;
}

/** Goals from the issue; sizes come from BUDGETS in bundle-size.ts. */
export const GOALS = {
  popupRatio: 1.3,
  csv10kMs: 150,
  /** Issue 13, at 100 000 stored. */
  wakeRatio: 1.2,
  csvDownloadRatio: 3,
  heapBytes: 10 * 2 ** 20,
} as const;
