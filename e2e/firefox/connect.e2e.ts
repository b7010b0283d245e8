/**
 * Connecting in Firefox through the options page of the production build, with Firefox's own
 * permission prompt: Allow connects (the shared scenario: preview, badge, popup balance);
 * Deny explains how to try again and saves nothing.
 */
import { describe, expect, it } from 'vitest';
import { useFirefox } from './harness';
import { connectShowsBalance } from '../shared/scenarios';
import { submitConnect } from '../shared/driver';
import { inLocale } from '../ui';
import { tOptions } from '../../utils/i18n/options';

const start = useFirefox();

describe('connect (Firefox, real permission prompt)', () => {
  it('Allow: preview, empty badge, the popup shows the balance (en-US)', async () => {
    await connectShowsBalance(await start({ lang: 'en-US' }));
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
