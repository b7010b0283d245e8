// @vitest-environment happy-dom
/** The popup's download choices: the period (by the stored date) and the Excel file beside the CSV. */
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/preact';
import Papa from 'papaparse';
import { strFromU8, unzipSync } from 'fflate';
import { Popup } from '../../../components/popup/Popup';
import { seedExchanges, seedPayouts } from '../../history';
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

const now = new Date();
const thisMonth = (day: number) => new Date(now.getFullYear(), now.getMonth(), day, 12).getTime();
const DAY = 24 * 3_600_000;

async function openWith(rows: Parameters<typeof seedExchanges>[1]) {
  await seed([{ account: account('a', 'exchanger.example'), cache: cache() }]);
  await seedExchanges('a', rows);
  fakeBackground({ exportHistory: () => ({ ok: true, count: rows.length }) });
  const files = captureDownloads();
  render(<Popup />);
  await screen.findByRole('button', { name: 'Exchanges CSV' });
  return files;
}

const orderIds = async (blob: Blob) =>
  Papa.parse<string[]>((await blob.text()).slice(1), { skipEmptyLines: true }).data.slice(1).map((r) => r[4]?.replace('\u2060', ''));

describe('popup: download period', () => {
  it('"This month" keeps this month\'s rows and the approximate ones that reach into it, newest first', async () => {
    const files = await openWith([
      exchange(1, { orderId: 'old', createdAt: thisMonth(1) - 40 * DAY, createdPrecision: 'exact' }),
      exchange(2, { orderId: 'edge', createdAt: thisMonth(1) - 2 * DAY, createdPrecision: 'week' }),
      exchange(3, { orderId: 'in', createdAt: thisMonth(1) + 3_600_000, createdPrecision: 'hour' }),
      exchange(4, { orderId: 'undated-old', createdAt: null, createdPrecision: null, firstSeenAt: thisMonth(1) - 10 * DAY }),
      exchange(5, { orderId: 'undated-new', firstSeenAt: thisMonth(1) + DAY }),
    ]);
    fireEvent.change(screen.getByLabelText('Period'), { target: { value: 'thisMonth' } });
    fireEvent.click(screen.getByRole('button', { name: 'Exchanges CSV' }));
    expect(await screen.findByText('Downloaded 3 rows.')).toBeTruthy();
    expect(await orderIds(files[0]!.blob)).toEqual(['undated-new', 'in', 'edge']);
    const text = await files[0]!.blob.text();
    expect(text).toContain('≈ week');
    expect(text).toContain('unknown');
  });

  it('"Everything" keeps every row; an empty period says so and downloads nothing', async () => {
    const files = await openWith([exchange(1, { createdAt: thisMonth(1) - 400 * DAY, createdPrecision: 'exact' })]);
    fireEvent.change(screen.getByLabelText('Period'), { target: { value: 'thisYear' } });
    fireEvent.click(screen.getByRole('button', { name: 'Exchanges CSV' }));
    expect(await screen.findByText('Nothing in this period.')).toBeTruthy();
    expect(files).toEqual([]);
    fireEvent.change(screen.getByLabelText('Period'), { target: { value: 'all' } });
    fireEvent.click(screen.getByRole('button', { name: 'Exchanges CSV' }));
    expect(await screen.findByText('Downloaded 1 row.')).toBeTruthy();
    expect(files).toHaveLength(1);
  });
});

describe('popup: Excel file', () => {
  it('Exchanges Excel downloads an .xlsx with a dated, numeric, text-id sheet and no formula', async () => {
    const files = await openWith([exchange(1, { orderId: '000123', amount: 95.18, createdAt: thisMonth(2), createdPrecision: 'exact' })]);
    fireEvent.click(screen.getByRole('button', { name: 'Exchanges Excel' }));
    expect(await screen.findByText('Downloaded 1 row.')).toBeTruthy();
    expect(files[0]!.name).toMatch(/^iex-partner-exchanger\.example-exchanges-\d{4}-\d\d-\d\d\.xlsx$/);
    const zip = unzipSync(new Uint8Array(await files[0]!.blob.arrayBuffer()));
    const sheet = strFromU8(zip['xl/worksheets/sheet1.xml']!);
    expect(sheet).toContain('<t>Order ID</t>');
    expect(sheet).toMatch(/<c r="A2" s="1"><v>\d+\.\d+<\/v><\/c>/); // a date: a styled serial number
    expect(sheet).toContain('<c r="C2"><v>95.18</v></c>');
    expect(sheet).toMatch(/<c r="E2"[^>]*t="inlineStr"><is><t[^>]*>000123<\/t>/);
    expect(sheet).not.toContain('<f>');
  });

  it('Payouts Excel has the payouts sheet', async () => {
    await seed([{ account: account('a', 'exchanger.example'), cache: cache() }]);
    await seedPayouts('a', [payout(1, { createdAt: thisMonth(1) })]);
    fakeBackground({ exportHistory: () => ({ ok: true, count: 1 }) });
    const files = captureDownloads();
    render(<Popup />);
    fireEvent.click(await screen.findByRole('button', { name: 'Payouts Excel' }));
    expect(await screen.findByText('Downloaded 1 row.')).toBeTruthy();
    const zip = unzipSync(new Uint8Array(await files[0]!.blob.arrayBuffer()));
    expect(strFromU8(zip['xl/workbook.xml']!)).toContain('name="Payouts"');
    expect(strFromU8(zip['xl/worksheets/sheet1.xml']!)).toContain('Сбербанк RUB');
  });
});
