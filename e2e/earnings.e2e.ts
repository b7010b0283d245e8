/**
 * Issue 17's periods and chart in real Chromium, from rows of known dates: the mock lists exchanges
 * made 20 hours, 50 minutes and 5 minutes before now (history, found by the first sync), then one
 * arrives (seen by a later sync). The browser runs in a zone where it is about noon now, so every row
 * lands in a known day whatever the hour the test runs: "50 minutes ago" is an exact date, "20 hours
 * ago" an estimate to the hour (≈, yesterday afternoon), the arrival exact. The popup must show those
 * sums in its periods, the arrival as "since you last looked", and today's bar in the chart.
 */
import { describe, expect, it } from 'vitest';
import { inLocale, sameSpaces, useHarness } from './harness';
import { formatMoney } from '../utils/format';
import { tEarnings } from '../entrypoints/popup/texts-earnings';

const start = useHarness();
const HOUR = 3_600_000;
const MINUTE = 60_000;

/** An Etc/GMT zone where the wall clock now reads between 12:00 and 12:59 (Etc/ names flip the sign). */
function noonZone(now = new Date()): string {
  const offset = 12 - now.getUTCHours(); // -11 … 12
  return offset === 0 ? 'Etc/UTC' : `Etc/GMT${offset > 0 ? '-' : '+'}${Math.abs(offset)}`;
}

describe('earnings periods and chart', () => {
  it('show the sums of rows of known dates, ≈ where a date is estimated, and the arrival since the last look', async () => {
    const timezone = noonZone();
    const h = await start({ mock: { exchanges: 0, locale: 'en' }, timezone });
    // Oldest first, so ids follow the dates as on a real site.
    await h.control('POST', 'exchanges', { amount: 7, ageMs: 20 * HOUR + 10 * MINUTE });
    await h.control('POST', 'exchanges', { amount: 10, ageMs: 50 * MINUTE });
    await h.control('POST', 'exchanges', { amount: 5, ageMs: 5 * MINUTE });
    const { accountId } = await h.connectAndSync();
    await h.control('POST', 'exchanges', { amount: 2.5 });
    await h.syncByAlarm(accountId);

    const popup = await h.openPopup();
    const t = (key: Parameters<typeof tEarnings>[0], params?: Record<string, string | number>) => inLocale(h.lang, () => tEarnings(key, params));
    const money = (amount: number) => inLocale(h.lang, () => formatMoney(amount, 'RUB'));
    const period = async (name: 'today' | 'yesterday' | 'thisMonth' | 'lastMonth') => {
      const box = popup.locator(`[data-period="${name}"]`);
      await box.waitFor();
      return {
        figure: sameSpaces(await box.locator('.period-figure').innerText()),
        reference: sameSpaces(await box.locator('.period-ref').innerText()),
      };
    };
    // "≈" is followed by its words for screen readers (visually hidden, but in innerText).
    const figure = (sum: number, count: number, approximate = false) =>
      sameSpaces(`${approximate ? `≈ ${t('approximateShort')} ` : ''}${money(sum)} · ${t('bonuses', { count })}`);

    const today = await period('today');
    expect(today.figure).toBe(figure(17.5, 3));
    // Nothing a week ago: an arrow and words, not a percent of nothing.
    expect(today.reference).toContain(`${t('fromZero')} · `);
    expect(today.reference).toContain(figure(0, 0));
    expect((await period('yesterday')).figure).toBe(figure(7, 1, true));

    // On the 1st, yesterday was last month.
    const dayOfMonth = Number(new Intl.DateTimeFormat('en-US', { timeZone: timezone, day: 'numeric' }).format(Date.now()));
    const firstOfMonth = dayOfMonth === 1;
    expect((await period('thisMonth')).figure).toBe(firstOfMonth ? figure(17.5, 3) : figure(24.5, 4, true));
    expect((await period('lastMonth')).figure).toBe(firstOfMonth ? figure(7, 1, true) : figure(0, 0));

    expect(sameSpaces(await popup.locator('[data-since]').innerText())).toBe(sameSpaces(`${t('since')}: ${figure(2.5, 1)}`));

    // The chart: 30 bars, today's labelled with today's sum, the total in the caption.
    const bars = popup.locator('figure.chart').getByRole('listitem');
    expect(await bars.count()).toBe(30);
    const todayLabel = sameSpaces((await bars.last().getAttribute('aria-label')) ?? '');
    expect(todayLabel).toContain(`(${t('chartToday')}): ${sameSpaces(money(17.5))}, ${t('bonuses', { count: 3 })}`);
    expect(sameSpaces(await popup.locator('.chart-total').innerText())).toBe(sameSpaces(`≈ ${t('chartTotal', { sum: money(24.5), bonuses: t('bonuses', { count: 4 }) })}`));
    // Keyboard: the chart is one tab stop that arrows move through.
    await bars.last().focus();
    await popup.keyboard.press('ArrowLeft');
    expect(await bars.nth(28).evaluate((el) => el === document.activeElement)).toBe(true);
  });

  it('never overlaps or overflows, from a narrow panel to a wide one', async () => {
    const h = await start({ mock: { exchanges: 0, locale: 'en' }, timezone: noonZone() });
    await h.control('POST', 'exchanges', { amount: 1234.56, ageMs: 30 * MINUTE });
    await h.connectAndSync();
    const popup = await h.openPopup();
    await popup.locator('figure.chart').waitFor();
    // The popup itself is 380 px; the panel is squeezed and stretched inside it (and beyond) to
    // stand for any width a browser or a longer translation may give it.
    for (const width of [160, 240, 380, 700]) {
      const problems = await popup.evaluate((w) => {
        const panel = document.querySelector<HTMLElement>('.earnings')!;
        panel.style.width = `${w}px`;
        const found: string[] = [];
        if (panel.scrollWidth > panel.clientWidth) {
          const wide = [...panel.querySelectorAll('*')].filter((el) => el.getBoundingClientRect().right > panel.getBoundingClientRect().right + 0.5);
          found.push(`the panel overflows: ${panel.scrollWidth} > ${panel.clientWidth} (${wide.map((el) => el.className || el.tagName).join(', ')})`);
        }
        const outer = panel.getBoundingClientRect();
        const boxes = [...panel.querySelectorAll('.period, .since, figcaption, .bars, .chart-axis, .chart-readout')];
        const rects = boxes.map((el) => el.getBoundingClientRect());
        rects.forEach((r, i) => {
          const name = boxes[i]!.className || boxes[i]!.tagName;
          if (r.right > outer.right + 0.5 || r.left < outer.left - 0.5) found.push(`${name} sticks out`);
          const next = rects[i + 1];
          if (next && next.top < r.bottom - 0.5) found.push(`${name} overlaps what follows`);
        });
        // Bars side by side, none over another.
        const bars = [...panel.querySelectorAll('.bar-slot')].map((el) => el.getBoundingClientRect());
        bars.forEach((r, i) => {
          if (i > 0 && r.left < bars[i - 1]!.right - 0.5) found.push(`bar ${i} overlaps bar ${i - 1}`);
        });
        return found;
      }, width);
      expect(problems, `at ${width} px`).toEqual([]);
    }
  });
});
