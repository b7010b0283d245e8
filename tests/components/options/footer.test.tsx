// @vitest-environment happy-dom
/** The options page footer: version, the "unofficial" line and the privacy policy link, in both languages. */
import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsPage } from '../../../components/options/OptionsPage';
import { setLocale } from '../../../utils/i18n';
import { fakeExtension } from './fakes';

describe('options page footer', () => {
  it('says the version, that it is unofficial, and links the bundled privacy policy (en)', async () => {
    setLocale('en');
    fakeExtension();
    vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ version: '1.2.3' } as never);
    render(<OptionsPage />);
    const footer = (await screen.findByRole('contentinfo')).textContent ?? '';
    expect(footer).toContain('iEX Partner 1.2.3');
    expect(footer).toContain('not made by or affiliated with iEXExchanger');
    const link = screen.getByRole('link', { name: /^Privacy policy/ });
    expect(link.getAttribute('href')).toBe('/privacy.html');
  });

  it('in Russian', async () => {
    setLocale('ru');
    fakeExtension();
    vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ version: '1.2.3' } as never);
    render(<OptionsPage />);
    const footer = (await screen.findByRole('contentinfo')).textContent ?? '';
    expect(footer).toContain('Неофициальное расширение: не создано iEXExchanger');
    expect(screen.getByRole('link', { name: /^Политика конфиденциальности/ }).getAttribute('href')).toBe('/privacy.html');
  });

  it('without a readable manifest the line simply has no version', async () => {
    setLocale('en');
    fakeExtension();
    render(<OptionsPage />);
    const footer = (await screen.findByRole('contentinfo')).textContent ?? '';
    expect(footer.startsWith('Unofficial extension')).toBe(true);
  });
});
