import { startSession } from './bench/session';
import { E2E_EXTENSION_DIR, buildE2eExtension } from './chromium';
buildE2eExtension();
const session = await startSession(E2E_EXTENSION_DIR);
const mock = await session.startMock({ exchanges: 1000 });
const accountId = await session.connect(mock);
const sw = session.browser.serviceWorker;
const rows: Record<string, number[]> = {};
for (let i = 0; i < 25; i++) {
  await mock.control('POST', 'exchanges', { count: 5 });
  await sw.evaluate(() => { (globalThis as any).__t = []; });
  const t0 = Date.now();
  await session.send({ type: 'refresh', accountId });
  const trace = (await sw.evaluate(() => (globalThis as any).__t)) as [string, number][];
  const start = trace[0]![1];
  for (const [name, at] of trace) (rows[name] ??= []).push(at - start);
  (rows['total (page)'] ??= []).push(Date.now() - t0);
}
for (const [name, list] of Object.entries(rows)) {
  list.sort((a, b) => a - b);
  console.log(name.padEnd(16), 'median', list[list.length >> 1]!.toFixed(1));
}
await session.close();
