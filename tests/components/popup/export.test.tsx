// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { browser } from 'wxt/browser';
import Papa from 'papaparse';
import { Popup } from '../../../components/popup/Popup';
import { errorText, requestIdText } from '../../../utils/i18n/errors';
import { progressItem } from '../../../utils/storage/items';
import { seedExchanges, seedPayouts } from '../../history';
import type { Answer } from '../../../utils/messages';
import { account, cache, exchange, fakeBackground, payout, seed } from './fakes';

function captureDownloads() {
  const files: { name: string; blob: Blob }[] = [];
  const blobs = new Map<string, Blob>();
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = `blob:test/${blobs.size}`;
    blobs.set(url, blob as Blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    files.push({ name: this.download, blob: blobs.get(this.href)! });
  });
  return files;
}

const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

describe('popup: CSV downloads', () => {
  it('never reads the full histories when it opens', async () => {
    await seed([{ account: account('a', 'exchanger.example'), cache: cache() }]);
    await seedExchanges('a', [exchange(1)]);
    const get = vi.spyOn(browser.storage.local, 'get');
    fakeBackground();
    render(<Popup />);
    await screen.findByRole('button', { name: 'Exchanges CSV' });
    const keys = get.mock.calls.flatMap(([k]) => (Array.isArray(k) ? k : [k])).map(String);
    expect(keys).toContain('cache:a');
    expect(keys.some((k) => k.startsWith('exchanges:') || k.startsWith('payouts:'))).toBe(false);
  });

  it('Exchanges CSV: waits for the full sync showing its pages, then downloads all rows with the chosen separator', async () => {
    await seed([{ account: account('a', 'exchanger.example'), cache: cache() }], { csvSeparator: ';' });
    const rows = [exchange(3, { orderId: '=cmd|x', live: true, firstSeenAt: Date.UTC(2026, 10, 24, 6, 42) }), exchange(2), exchange(1)];
    let finish!: (value: Answer<'exportHistory'>) => void;
    const bg = fakeBackground({ exportHistory: () => new Promise((resolve) => { finish = resolve; }) });
    const files = captureDownloads();
    render(<Popup />);
    await screen.findByRole('button', { name: 'Exchanges CSV' });

    const button = screen.getByRole('button', { name: 'Exchanges CSV' });
    button.focus(); // as a keyboard user reaches it
    fireEvent.click(button);
    expect(await screen.findByText('Getting the full history…')).toBeTruthy();
    // Busy, the buttons keep the focus (a disabled one would drop it to <body>) and ignore clicks.
    expect(screen.getByRole('button', { name: 'Payouts CSV' }).getAttribute('aria-disabled')).toBe('true');
    expect(document.activeElement).toBe(button);
    fireEvent.click(screen.getByRole('button', { name: 'Payouts CSV' }));
    await act(() => progressItem('a').set({ list: 'exchanges', pages: 37, rows: 3700 }));
    expect(await screen.findByText('Loading history… 37 pages')).toBeTruthy();

    await waitFor(() => expect(bg.ofType('exportHistory')).toHaveLength(1));
    await seedExchanges('a', rows);
    await act(() => finish({ ok: true, count: 3 }));
    expect(await screen.findByText('Downloaded 3 rows.')).toBeTruthy();
    expect(bg.ofType('exportHistory')).toEqual([{ type: 'exportHistory', accountId: 'a', list: 'exchanges' }]);
    expect(files.map((f) => f.name)).toEqual([`iex-partner-exchanger.example-exchanges-${today()}.csv`]);
    const text = await files[0]!.blob.text();
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const parsed = Papa.parse<string[]>(text.slice(1), { delimiter: ';', skipEmptyLines: true }).data;
    // Newest first; order ids behind an invisible word joiner, the guard still in front.
    expect(parsed.map((r) => r[4])).toEqual(['Order ID', "'\u2060=cmd|x", '\u20601713350854302', '\u20601713350854301']);
    expect(screen.getByRole('button', { name: 'Payouts CSV' }).getAttribute('aria-disabled')).toBe('false');
    expect(document.activeElement).toBe(button);
  });

  it('Payouts CSV downloads the payouts file', async () => {
    await seed([{ account: account('a', 'exchanger.example'), cache: cache() }]);
    await seedPayouts('a', [payout(2, { amount: '0.10', createdAt: new Date(2024, 4, 11, 9, 42).getTime() }), payout(1)]);
    fakeBackground({ exportHistory: () => ({ ok: true, count: 2 }) });
    const files = captureDownloads();
    render(<Popup />);
    await screen.findByRole('button', { name: 'Exchanges CSV' });
    fireEvent.click(screen.getByRole('button', { name: 'Payouts CSV' }));
    expect(await screen.findByText('Downloaded 2 rows.')).toBeTruthy();
    expect(files[0]!.name).toBe(`iex-partner-exchanger.example-payouts-${today()}.csv`);
    const text = await files[0]!.blob.text();
    expect(text).toContain('\r\n2024-05-11 09:42,0.10,RUB,paid,Сбербанк RUB\r\n');
    // A payout stored before dates existed: no date, the rest as usual.
    expect(text).toContain('\r\n,1190.36,RUB,paid,Сбербанк RUB\r\n');
  });

  it('shows why the export failed and downloads nothing', async () => {
    await seed([{ account: account('a', 'exchanger.example'), cache: cache() }]);
    const error = { kind: 'rateLimited' as const, retryAfterSeconds: 120, status: 429, requestId: 'rid-429' };
    fakeBackground({ exportHistory: () => ({ ok: false, error }) });
    const files = captureDownloads();
    render(<Popup />);
    await screen.findByRole('button', { name: 'Exchanges CSV' });
    fireEvent.click(screen.getByRole('button', { name: 'Exchanges CSV' }));
    expect(await screen.findByText(errorText(error).message)).toBeTruthy();
    expect(screen.getByText(requestIdText('rid-429'))).toBeTruthy();
    expect(files).toEqual([]);
  });

  it('says there is nothing to download for an empty history', async () => {
    await seed([{ account: account('a', 'exchanger.example'), cache: cache() }]);
    fakeBackground({ exportHistory: () => ({ ok: true, count: 0 }) });
    const files = captureDownloads();
    render(<Popup />);
    await screen.findByRole('button', { name: 'Exchanges CSV' });
    fireEvent.click(screen.getByRole('button', { name: 'Payouts CSV' }));
    await waitFor(() => expect(screen.getByText('Nothing to download yet.')).toBeTruthy());
    expect(files).toEqual([]);
  });
});
