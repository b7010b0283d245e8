/** The export's second thread (./csv-parts.ts): builds the share of the CSV it is sent and answers it. */
import { historyDb } from '../../../utils/storage/history';
import { answerJob, type CsvPartJob } from './csv-parts';

// Opened while the popup is still asking the background (the worker starts at the click).
historyDb().catch(() => undefined);

self.onmessage = async ({ data }: MessageEvent<CsvPartJob>) => {
  const answer = await answerJob(data);
  // A Blob crosses threads without a copy, and its text is UTF-8 already.
  self.postMessage(answer.ok ? { ok: true, part: { ...answer.part, lines: new Blob([answer.part.lines]) } } : answer);
};
