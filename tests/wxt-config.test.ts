/**
 * The manifests wxt.config.ts declares per browser and manifest version: where the site origins
 * go, the minimum browser versions, and that only the e2e build grants hosts up front.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import config from '../wxt.config';

type Manifest = Record<string, any>;
const manifest = (browser: string, manifestVersion: 2 | 3, mode = 'production'): Manifest =>
  (config.manifest as (env: object) => Manifest)({ browser, manifestVersion, mode, command: 'build' });

const HOSTS = ['https://*/*', 'http://localhost/*', 'http://127.0.0.1/*'];

describe('manifest', () => {
  it('MV3 (Chrome and Firefox) asks for sites through optional_host_permissions; MV2 through optional_permissions', () => {
    for (const browser of ['chrome', 'firefox']) {
      expect(manifest(browser, 3).optional_host_permissions).toEqual(HOSTS);
      expect(manifest(browser, 3).optional_permissions).toBeUndefined();
    }
    expect(manifest('firefox', 2).optional_permissions).toEqual(HOSTS);
    expect(manifest('firefox', 2).optional_host_permissions).toBeUndefined();
  });

  it('Firefox: the versions that know data_collection_permissions; Chrome: 107', () => {
    for (const version of [2, 3] as const) {
      const settings = manifest('firefox', version).browser_specific_settings;
      expect(settings.gecko.strict_min_version).toBe('140.0');
      expect(settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
      expect(settings.gecko_android.strict_min_version).toBe('142.0');
    }
    expect(manifest('chrome', 3).minimum_chrome_version).toBe('107');
    expect(manifest('chrome', 3).browser_specific_settings).toBeUndefined();
  });

  it('"offscreen" (the optional sound from Chrome\'s service worker) in Chrome only: Firefox plays it in its background page', () => {
    expect(manifest('chrome', 3).permissions).toContain('offscreen');
    for (const version of [2, 3] as const) expect(manifest('firefox', version).permissions).not.toContain('offscreen');
  });

  it('no host is granted up front, except in the e2e build', () => {
    for (const [browser, version] of [['chrome', 3], ['firefox', 3], ['firefox', 2]] as const) {
      expect(manifest(browser, version).host_permissions).toBeUndefined();
    }
    expect(manifest('chrome', 3, 'e2e').host_permissions).toEqual(['http://127.0.0.1/*', 'http://localhost/*']);
  });
});

describe('store description (public/_locales)', () => {
  const read = (lang: string) =>
    JSON.parse(readFileSync(new URL(`../public/_locales/${lang}/messages.json`, import.meta.url), 'utf8')) as Record<string, { message: string }>;

  it('says it is unofficial, in both languages, within Chrome Web Store\'s 132 characters', () => {
    expect(read('en').extDescription!.message).toMatch(/^Unofficial, not affiliated with iEXExchanger: /);
    expect(read('ru').extDescription!.message).toMatch(/^Неофициальное, не связано с iEXExchanger: /);
    for (const lang of ['en', 'ru']) expect(read(lang).extDescription!.message.length).toBeLessThanOrEqual(132);
  });
});
