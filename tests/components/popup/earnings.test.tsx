// @vitest-environment happy-dom
/** The earnings panel: periods with their references, "since you last looked", the chart's text equivalent. */
import { beforeAll, describe, expect, it } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/preact';
import { Popup } from '../../../components/popup/Popup';
import { EarningsPanel } from '../../../components/popup/EarningsPanel';
import { setLocale } from '../../../utils/i18n';
import { seedExchanges } from '../../history';
import { account, cache, exchange, fakeBackground, plain, seed } from './fakes';

// The panel computes in the browser's zone: this file pins one with DST, far from UTC's midnight.
beforeAll(() => {
  process.env.TZ = 'America/New_York';
});

const at = (iso: string) => Date.parse(iso);
const NOW = at('2026-12-03T12:30:00-05:00'); // Thursday

const dated = (id: number, iso: string, amount: number, precision: 'exact' | 'hour' | 'week' = 'exact') =>
  exchange(id, { amount, createdAt: at(iso), createdPrecision: precision, currency: 'usd' });

const ROWS = [
  dated(1, '2026-12-03T00:05:00-05:00', 10), // today
  dated(2, '2026-12-03T12:00:00-05:00', 5),
  dated(3, '2026-12-02T23:30:00-05:00', 7), // yesterday here, though already the 3rd in UTC
  dated(4, '2026-11-26T09:00:00-05:00', 3, 'hour'), // Thursday last week, before 12:30
  dated(5, '2026-11-26T15:00:00-05:00', 100), // Thursday last week, after 12:30
  dated(6, '2026-11-05T10:00:00-05:00', 2, 'week'), // the chart's second day (it starts on 4 November)
];

const props = (markedNew: number[] = []) => ({
  account: account('a', 'exchanger.example'),
  data: { cache: cache({ summary: { ...cache().summary!, currency: 'usd' }, recentExchanges: ROWS.slice(0, 2) }), seenAt: 0 },
  markedNew,
  now: NOW,
});

const period = (name: string) => screen.getByText(name, { selector: 'dt' }).parentElement!;

describe('earnings panel', () => {
  it('shows each period beside its reference, with an arrow and words, and ≈ with its reason', async () => {
    await seedExchanges('a', ROWS);
    render(<EarningsPanel {...props([2])} />);
    await screen.findByText('Today', { selector: 'dt' });
    expect(plain(period('Today').textContent)).toBe('Today$15.00 · 2 bonuses▲ up 400 % · Thursday a week ago, to this time: ≈ approximate $3.00 · 1 bonus');
    expect(plain(period('Yesterday').textContent)).toBe('Yesterday$7.00 · 1 bonus▲ up (nothing then) · Wednesday a week before: $0.00 · 0 bonuses');
    // ≈ carries its reason as a tooltip; the note says it in words too.
    expect(within(period('Today')).getByTitle(/estimates from the site’s texts/)).toBeTruthy();
    expect(screen.getByText(/Approximate: some of these dates are estimates/)).toBeTruthy();
    expect(plain(period('This month').textContent)).toContain('$22.00 · 3 bonuses');
    expect(plain(period('This month').textContent)).toContain('same days of last month (to November 3)');
    expect(plain(period('Last month').textContent)).toMatch(/^Last month≈ approximate \$105\.00 · 3 bonuses.*October: \$0\.00 · 0 bonuses$/);
    expect(plain(screen.getByText(/Since you last looked/).textContent)).toBe('Since you last looked: $5.00 · 1 bonus');
  });

  it('gives the chart a caption with the period and total, and a label per day for keyboard and screen readers', async () => {
    await seedExchanges('a', ROWS);
    render(<EarningsPanel {...props()} />);
    const figure = await screen.findByRole('figure');
    expect(plain(figure.querySelector('figcaption')!.textContent)).toBe('Earnings per day, November 4 to December 3, 2026≈ Total $127.00 · 6 bonuses');
    const bars = within(figure).getAllByRole('listitem');
    expect(bars).toHaveLength(30);
    expect(bars.at(-1)!.getAttribute('aria-label')).toBe('December 3 (today): $15.00, 2 bonuses');
    expect(bars.at(-1)!.getAttribute('aria-current')).toBe('date');
    expect(bars.at(-2)!.getAttribute('aria-label')).toBe('December 2: $7.00, 1 bonus');
    expect(bars[1]!.getAttribute('aria-label')).toBe('≈ November 5: $2.00, 1 bonus');
    expect(bars[0]!.getAttribute('aria-label')).toBe('November 4: $0.00, 0 bonuses');
    // One tab stop (today); arrows move it and the readout follows.
    expect(bars.filter((b) => b.tabIndex === 0)).toEqual([bars.at(-1)]);
    bars.at(-1)!.focus();
    fireEvent.keyDown(bars.at(-1)!, { key: 'ArrowLeft' });
    expect(bars.at(-2)!.tabIndex).toBe(0);
    expect(document.activeElement).toBe(bars.at(-2));
    expect(plain(figure.querySelector('.chart-readout')!.textContent)).toBe('December 2: $7.00, 1 bonus');
    fireEvent.keyDown(bars.at(-2)!, { key: 'Home' });
    expect(document.activeElement).toBe(bars[0]);
  });

  it('speaks Russian', async () => {
    setLocale('ru');
    await seedExchanges('a', ROWS);
    render(<EarningsPanel {...props([1, 2])} />);
    await screen.findByText('Сегодня', { selector: 'dt' });
    expect(plain(period('Сегодня').textContent)).toContain('▲ больше на 400 % · Четверг неделю назад, к этому времени');
    expect(plain(period('Сегодня').textContent)).toContain('2 бонуса');
    expect(plain(screen.getByText(/С прошлого просмотра/).textContent)).toContain('15,00');
    expect(plain(screen.getByRole('figure').querySelector('figcaption')!.textContent)).toContain('Доход по дням, с 4 ноября по 3 декабря 2026');
  });
});

describe('popup: earnings after the balance', () => {
  it('renders the panel in the details from the stored rows, not in the first paint', async () => {
    const now = Date.now();
    await seed([{ account: account('a', 'exchanger.example'), cache: cache() }]);
    await seedExchanges('a', [exchange(1, { amount: 12.5, createdAt: now, createdPrecision: 'exact' })]);
    fakeBackground();
    render(<Popup />);
    await screen.findByText('Today', { selector: 'dt' });
    expect(plain(period('Today').textContent)).toContain('₽12.50 · 1 bonus');
    expect(screen.getByRole('region', { name: 'Earnings' })).toBeTruthy();
  });
});
