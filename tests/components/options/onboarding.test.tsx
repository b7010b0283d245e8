// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { OptionsPage } from '../../../components/options/OptionsPage';
import { accountsItem, DEFAULT_SETTINGS, pinHintClosedItem, settingsItem } from '../../../utils/storage/items';
import { tOnboarding } from '../../../entrypoints/options/texts-onboarding';
import { setLocale } from '../../../utils/i18n';
import { KEY, account, fakeExtension } from './fakes';

const guide = () => screen.findByRole('complementary', { name: 'Two steps to start' });

describe('first run', () => {
  it('with no account, the help beside the form is the two-step guide: the address, then the key from the partner cabinet', async () => {
    fakeExtension();
    render(<OptionsPage />);
    const steps = within(await guide()).getAllByRole('listitem');
    expect(steps.map((li) => li.textContent)).toEqual([
      `${tOnboarding('guideAddressTitle')} ${tOnboarding('guideAddress')}`,
      `${tOnboarding('guideKeyTitle')} ${tOnboarding('guideKey')}`,
    ]);
    expect(steps[1]!.textContent).toContain('REST API');
    // Nothing to pin before a site is connected.
    expect(screen.queryByRole('region', { name: 'Keep your balance in sight' })).toBeNull();
  });

  it('after the first connect: the guide gives way to the key help, and the hint to pin the icon appears', async () => {
    fakeExtension();
    render(<OptionsPage />);
    await guide();
    fireEvent.input(screen.getByLabelText('Site address'), { target: { value: 'exchanger.com' } });
    fireEvent.input(screen.getByLabelText('API key'), { target: { value: KEY } });
    fireEvent.click(screen.getByRole('button', { name: 'Connect' }));
    const hint = await screen.findByRole('region', { name: 'Keep your balance in sight' });
    expect(hint.textContent).toContain('puzzle piece (Extensions) at the top right of the browser, then the pin');
    expect(screen.queryByRole('complementary', { name: 'Two steps to start' })).toBeNull();
  });

  it('"Got it" closes the hint for good (remembered) and puts focus on "Add another account"', async () => {
    fakeExtension();
    await accountsItem.set([account()]);
    const { unmount } = render(<OptionsPage />);
    const hint = await screen.findByRole('region', { name: 'Keep your balance in sight' });
    fireEvent.click(within(hint).getByRole('button', { name: 'Got it' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Keep your balance in sight' })).toBeNull());
    expect(await pinHintClosedItem.get()).toBe(true);
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Add another account'));
    unmount();
    render(<OptionsPage />);
    await screen.findByRole('button', { name: 'Add another account' });
    expect(screen.queryByRole('region', { name: 'Keep your balance in sight' })).toBeNull();
  });

  it('the Firefox build names Firefox’s steps', async () => {
    vi.stubEnv('FIREFOX', true as never);
    fakeExtension();
    await accountsItem.set([account()]);
    render(<OptionsPage />);
    expect((await screen.findByRole('region', { name: 'Keep your balance in sight' })).textContent).toContain('then the gear next to iEX Partner → Pin to Toolbar');
    vi.unstubAllEnvs();
  });

  it('in Russian', async () => {
    setLocale('ru');
    fakeExtension();
    render(<OptionsPage />);
    expect(await screen.findByRole('complementary', { name: 'Два шага, чтобы начать' })).toBeTruthy();
    await accountsItem.set([account()]);
    expect((await screen.findByRole('region', { name: 'Чтобы баланс был всегда на виду' })).textContent).toContain('булавку');
  });
});

describe('what the toolbar icon shows', () => {
  it('a select with a hint; the choice is stored at once', async () => {
    fakeExtension();
    render(<OptionsPage />);
    const select = (await screen.findByLabelText('The toolbar icon shows')) as HTMLSelectElement;
    expect(select.value).toBe('new');
    expect([...select.options].map((o) => o.textContent)).toEqual(['New referral bonuses (count)', 'Today’s earnings (short, like 1.2k)', 'Nothing']);
    expect(document.getElementById(select.getAttribute('aria-describedby')!)?.textContent).toContain('full figures');
    fireEvent.change(select, { target: { value: 'today' } });
    await waitFor(async () => expect((await settingsItem.get()).badgeShows).toBe('today'));
    expect(await settingsItem.get()).toEqual({ ...DEFAULT_SETTINGS, badgeShows: 'today' });
    expect(await screen.findByText('Settings saved.')).toBeTruthy();
    fireEvent.change(select, { target: { value: 'none' } });
    await waitFor(async () => expect((await settingsItem.get()).badgeShows).toBe('none'));
  });
});
