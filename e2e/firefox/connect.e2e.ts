/**
 * Connecting in Firefox through the options page of the production build, with Firefox's own
 * permission prompt: Allow connects (the shared scenario: preview, badge, popup balance);
 * Deny explains how to try again and saves nothing.
 */
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR, useFirefox } from './harness';
import { connectShowsBalance } from '../shared/scenarios';
import { submitConnect } from '../shared/driver';
import { inLocale } from '../ui';
import { tOptions } from '../../entrypoints/options/texts';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const start = useFirefox();

describe('connect (Firefox, real permission prompt)', () => {
  it('Allow: preview, empty badge, the popup shows the balance (en-US)', async () => {
    const d = await start({ lang: 'en-US' });
    await connectShowsBalance(d);
    // The toolbar button's popup names the account (this suite opens the bare page, the two-call read).
    const [account] = await d.accounts();
    const address = await d.probe.evaluate('(browser.action ?? browser.browserAction).getPopup({})');
    expect(address).toMatch(new RegExp(`/popup\\.html\\?account=${account!.id}$`));
  });

  it('Allow, in Russian', async () => {
    await connectShowsBalance(await start({ lang: 'ru' }));
  });

  it('Deny: the page says how to try again, nothing is saved, no access is granted', async () => {
    const d = await start();
    const options = await d.openOptions();
    await submitConnect(d, options, { answer: 'deny' });
    const host = new URL(d.mock.url).host;
    const button = inLocale(d.lang, () => tOptions('connect'));
    await options.waitForText(inLocale(d.lang, () => tOptions('permissionDenied', { host, button })));
    expect(await d.accounts()).toEqual([]);
    const granted = await d.probe.evaluate(`browser.permissions.contains({ origins: [${JSON.stringify(`${d.mock.url}/*`)}] })`);
    expect(granted).toBe(false);
    expect(await d.badge()).toBe('?');
  });
});

describe('options page footer (Firefox)', () => {
  it('version, "unofficial" and a privacy policy page that opens inside the extension (ru)', async () => {
    const d = await start({ lang: 'ru' });
    const { version } = JSON.parse(readFileSync(path.join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as { version: string };
    const options = await d.openOptions();
    const footer = await options.text('footer');
    expect(footer).toContain(`iEX Partner ${version}`);
    expect(footer).toContain(inLocale('ru', () => tOptions('unofficial')));
    expect(await options.count('footer a[href="/privacy.html"]')).toBe(1);
    const privacy = await d.openPrivacy();
    expect(await privacy.text('h1')).toBe('iEX Partner: privacy policy');
    expect(await privacy.count('h2', 'Как удалить свои данные')).toBe(1);
  });
});
