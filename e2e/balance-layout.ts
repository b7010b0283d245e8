/** The balance card's layout in the real popup (e2e/a11y.e2e.ts): what axe cannot see. */
import { expect } from 'vitest';
import type { Page } from 'playwright-core';

/** Balance, chart and every piece of the card: inside the popup's 380 px and not over each other. */
export async function expectChartClearOfBalance(popup: Page, where: string, digits = 9): Promise<void> {
  const boxes = await popup.evaluate(() => {
    const box = (el: Element | null) => {
      if (!el) return null;
      const r = el.getBoundingClientRect();
      return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
    };
    const card = document.querySelector('.balance-card');
    return {
      balance: box(document.querySelector('output.balance')),
      chart: box(document.querySelector('.spark svg')),
      card: box(card),
      // The card's padding is its margin for the eye: nothing runs into it.
      contentRight: card ? card.getBoundingClientRect().right - parseFloat(getComputedStyle(card).paddingRight) : 0,
      widest: Math.max(...[...(card?.querySelectorAll('*') ?? [])].map((el) => el.getBoundingClientRect().right)),
      scrollWidth: document.documentElement.scrollWidth,
      text: document.querySelector('output.balance')?.textContent ?? '',
    };
  });
  const { balance, chart } = boxes;
  expect(balance, `${where}: the balance`).not.toBeNull();
  expect(chart, `${where}: the chart`).not.toBeNull();
  expect(boxes.text.replace(/\D/g, '').length, `${where}: a ${digits}-digit balance (${boxes.text})`).toBe(digits + 2);
  // Up to 9 digits the balance stays on one line (28 px × 1.2); more may wrap, never overflow.
  if (digits <= 9) expect(balance!.bottom - balance!.top, `${where}: one line`).toBeLessThan(40);
  const overlap = balance!.left < chart!.right && chart!.left < balance!.right && balance!.top < chart!.bottom && chart!.top < balance!.bottom;
  expect(overlap, `${where}: chart ${JSON.stringify(chart)} over balance ${JSON.stringify(balance)}`).toBe(false);
  expect(boxes.widest, `${where}: nothing past the card's content edge`).toBeLessThanOrEqual(boxes.contentRight + 0.5);
  expect(boxes.card!.right, `${where}: the card within the popup`).toBeLessThanOrEqual(380);
  expect(boxes.scrollWidth, `${where}: no horizontal overflow`).toBeLessThanOrEqual(380);
}
