/**
 * Issue 16.4 in real Chromium, in both languages: the right diagnosis for what went wrong.
 * A web page answered with 200 on the partner path (a captive portal, a site that is not an
 * iEXExchanger) is "no iEXExchanger API at this address" with what to check, never "unexpected
 * answer"; a site that is down is said to be down in the toolbar tooltip, never "no internet".
 */
import { describe, expect, it } from 'vitest';
import { inLocale, sameSpaces, useHarness, type Harness } from './harness';
import { ageLastSuccess } from './age';
import { refreshFromPopup } from './refresh';
import { tb } from '../entrypoints/background/texts';
import { errorText } from '../utils/i18n/errors';

const start = useHarness();
const tooltip = (h: Harness) => h.sw.evaluate(() => chrome.action.getTitle({}));

describe('diagnoses', () => {
  for (const lang of ['en-US', 'ru'] as const) {
    it(`${lang}: a web page with 200 is "no iEXExchanger API at this address", with what to check`, async () => {
      const h = await start({ lang });
      const { options, accountId } = await h.connectAndSync({ label: 'Shop' });
      await options.close();
      await h.control('POST', 'faults', { mode: 'html200', count: 50 });
      // Old enough data that the popup explains at once (a passing problem on fresh data is only a mark).
      await ageLastSuccess(h, accountId, 2 * 3_600_000);
      await refreshFromPopup(h, accountId);
      expect((await h.cache(accountId))?.lastError?.kind).toBe('notApi');

      const popup = await h.openPopup();
      const note = popup.locator('.note-error');
      const text = inLocale(h.lang, () => errorText({ kind: 'notApi' }));
      await expect.poll(async () => sameSpaces(await note.innerText())).toContain(sameSpaces(text.message));
      expect(sameSpaces(await note.innerText())).toContain(sameSpaces(text.action));
      const unexpected = inLocale(h.lang, () => errorText({ kind: 'badResponse' }));
      expect(sameSpaces(await note.innerText())).not.toContain(sameSpaces(unexpected.message));
      // The site's page is not shown raw.
      expect(await popup.locator('body').innerText()).not.toMatch(/<html|<form/i);
    });

    it(`${lang}: a site that is down is "does not answer" in the tooltip, never "no internet connection"`, async () => {
      const h = await start({ lang });
      const { options, accountId } = await h.connectAndSync({ label: 'Shop' });
      await options.close();
      await ageLastSuccess(h, accountId, 2 * 3_600_000);
      await h.mock.close();
      await refreshFromPopup(h, accountId);
      expect((await h.cache(accountId))?.lastError?.kind).toBe('network');

      // The tooltip line of this site says the site does not answer (its balance kept beside it).
      const marker = '\u0000';
      const [, tail] = inLocale(h.lang, () => tb('unreachableLine', { label: 'Shop', balance: marker })).split(marker);
      const title = await h.until(() => tooltip(h), (t) => t.includes(tail!), 'the tooltip to say the site is down');
      expect(title).toContain('Shop');
      expect(title).not.toContain(inLocale(h.lang, () => tb('offline')));
    });
  }
});

declare const chrome: typeof import('@wxt-dev/browser').Browser;
