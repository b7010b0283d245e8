// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { browser } from 'wxt/browser';
import { OptionsPage } from '../../../components/options/OptionsPage';
import { clampMinutes } from '../../../components/options/SettingsForm';
import { followSettings, SYNC_ALARM } from '../../../entrypoints/background/sync/schedule';
import { DEFAULT_SETTINGS, settingsItem } from '../../../utils/storage/items';
import { fakeExtension } from './fakes';

let unwatch: (() => void) | null = null;
afterEach(() => unwatch?.());

async function interval() {
  render(<OptionsPage />);
  const input = (await screen.findByLabelText('Update interval, minutes')) as HTMLInputElement;
  await waitFor(() => expect(input.value).toBe(String(DEFAULT_SETTINGS.pollMinutes)));
  return input;
}

function typeMinutes(input: HTMLInputElement, text: string) {
  fireEvent.input(input, { target: { value: text } });
  fireEvent.change(input);
}

describe('settings', () => {
  it('a new interval is stored at once and the background moves the alarm', async () => {
    fakeExtension();
    unwatch = followSettings();
    const input = await interval();
    expect(await browser.alarms.get(SYNC_ALARM)).toBeFalsy();
    typeMinutes(input, '15');
    await waitFor(async () => expect((await browser.alarms.get(SYNC_ALARM))?.periodInMinutes).toBe(15));
    expect((await settingsItem.get()).pollMinutes).toBe(15);
    expect(await screen.findByText('Settings saved.')).toBeTruthy();
  });

  it.each([
    ['90', 60],
    ['0', 1],
    ['-3', 1],
    ['7.6', 8],
  ])('"%s" minutes is clamped to %i and explained', async (typed, minutes) => {
    fakeExtension();
    const input = await interval();
    typeMinutes(input, typed);
    await screen.findByText(`The interval is a whole number of minutes from 1 to 60, so it is set to ${minutes}.`);
    expect(input.value).toBe(String(minutes));
    expect((await settingsItem.get()).pollMinutes).toBe(minutes);
  });

  it('Enter (change, then submit) keeps the clamp explanation instead of "Settings saved"', async () => {
    fakeExtension();
    const input = await interval();
    typeMinutes(input, '0');
    const explained = 'The interval is a whole number of minutes from 1 to 60, so it is set to 1.';
    // The form re-renders between the two events, as in the browser.
    await act(async () => {});
    fireEvent.submit(input.form!);
    await waitFor(async () => expect((await settingsItem.get()).pollMinutes).toBe(1));
    await act(async () => {});
    expect(input.form!.querySelector('[role=status]')!.textContent).toBe(explained);
    expect(screen.queryByText('Settings saved.')).toBeNull();
  });

  it('something that is no number puts the stored value back', async () => {
    fakeExtension();
    const input = await interval();
    typeMinutes(input, '');
    expect(input.value).toBe('5');
    expect(await settingsItem.get()).toEqual(DEFAULT_SETTINGS);
    expect(clampMinutes('abc')).toBeNull();
  });

  it('notification switches and the CSV separator are written on change', async () => {
    fakeExtension();
    render(<OptionsPage />);
    fireEvent.click(await screen.findByLabelText('Notify about new referral exchanges'));
    await waitFor(async () => expect((await settingsItem.get()).notifyExchanges).toBe(false));
    fireEvent.click(screen.getByLabelText('Notify about payouts'));
    await waitFor(async () => expect((await settingsItem.get()).notifyPayouts).toBe(false));
    const semicolon = screen.getByLabelText('Semicolon (;)') as HTMLInputElement;
    fireEvent.click(semicolon);
    await waitFor(async () => expect((await settingsItem.get()).csvSeparator).toBe(';'));
    expect(semicolon.checked).toBe(true);
    expect(screen.getByText(/Semicolon \(;\) suits Excel and LibreOffice set to Russian/)).toBeTruthy();
    expect(await settingsItem.get()).toEqual({ ...DEFAULT_SETTINGS, pollMinutes: 5, notifyExchanges: false, notifyPayouts: false, csvSeparator: ';' });
  });
});
