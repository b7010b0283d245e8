// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { OptionsPage } from '../../../components/options/OptionsPage';
import { errorText, requestIdText } from '../../../utils/i18n/errors';
import { formatMoney } from '../../../utils/format';
import { accountsItem } from '../../../utils/storage/items';
import type { AddressProblem } from '../../../utils/errors';
import { KEY, failure, fakeExtension, paragraph, plain } from './fakes';

async function openPage() {
  render(<OptionsPage />);
  return screen.findByLabelText('Site address');
}

async function fill(address: string, key: string, label = '') {
  fireEvent.input(await openPage(), { target: { value: address } });
  fireEvent.input(screen.getByLabelText('API key'), { target: { value: key } });
  if (label) fireEvent.input(screen.getByLabelText('Label (optional)'), { target: { value: label } });
}

const connect = () => fireEvent.click(screen.getByRole('button', { name: 'Connect' }));
const outcome = () => document.getElementById('connect-outcome')!;

describe('connect: address checks', () => {
  it.each<[string, AddressProblem]>([
    ['   ', 'empty'],
    ['exchanger com', 'malformed'],
    ['ftp://exchanger.com', 'scheme'],
    ['http://exchanger.com', 'insecure'],
    ['user:secret@exchanger.com', 'credentials'],
  ])('"%s" shows the %s message under the field and sends nothing', async (address, reason) => {
    const fake = fakeExtension();
    await fill(address, KEY);
    connect();
    const field = screen.getByLabelText('Site address');
    const { message } = errorText({ kind: 'invalidAddress', reason });
    const error = await screen.findByText((text) => text.startsWith(message));
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(field.getAttribute('aria-describedby')).toContain(error.id);
    expect(document.activeElement).toBe(field);
    expect(fake.permissions.request).not.toHaveBeenCalled();
    expect(fake.sendMessage).not.toHaveBeenCalled();
  });

  it('asks for the key when it is missing', async () => {
    const fake = fakeExtension();
    await fill('exchanger.com', '  ');
    connect();
    const key = screen.getByLabelText('API key');
    expect(await screen.findByText('Enter the API key.')).toBeTruthy();
    expect(key.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(key);
    expect(fake.sendMessage).not.toHaveBeenCalled();
  });
});

describe('connect: outcomes', () => {
  it('on success shows the preview, saves, resets the form and lists the account', async () => {
    const fake = fakeExtension();
    await fill('HTTPS://Exchanger.com/account', `  ${KEY}\n`);
    connect();
    await screen.findByText('Connected: exchanger.com.');
    expect(plain(outcome().textContent)).toContain(`Balance ${plain(formatMoney(1190.36, 'rub'))} · 2 referrals · 0.5 %`);
    expect(fake.sent('saveAccount')).toEqual([
      { type: 'saveAccount', origin: 'https://exchanger.com', key: KEY, label: 'exchanger.com', verify: true },
    ]);
    await waitFor(() => expect(document.activeElement).toBe(outcome()));
    expect(outcome().getAttribute('aria-live')).toBe('polite');
    const item = (await screen.findByRole('heading', { name: 'exchanger.com' })).closest('li')!;
    expect(within(item).getByText(paragraph('exchanger.com · Key ••••wxyz'))).toBeTruthy();
    // The form closed (accounts exist now) and opens empty again.
    fireEvent.click(screen.getByRole('button', { name: 'Add another account' }));
    expect((screen.getByLabelText('Site address') as HTMLInputElement).value).toBe('');
    expect((screen.getByLabelText('API key') as HTMLInputElement).value).toBe('');
  });

  it('keeps the label the user typed', async () => {
    const fake = fakeExtension();
    await fill('exchanger.com', KEY, '  My exchanger ');
    connect();
    await screen.findByText('Connected: My exchanger.');
    expect(fake.sent('saveAccount')[0]!.label).toBe('My exchanger');
  });

  it.each([
    ['unauthorized (401)', failure({ kind: 'unauthorized', status: 401, requestId: 'r-401' }), /partner program access|REST API/],
    ['forbidden (403)', failure({ kind: 'forbidden', missingAbility: 'partner', status: 403, requestId: 'r-403' }), /Доступ к партнерской программе/],
    ['not found on both layouts (404)', failure({ kind: 'notFound', status: 404, requestId: 'r-404' }), /iEXExchanger/],
    ['network', failure({ kind: 'network' }), /down or blocked/],
    ['timeout', failure({ kind: 'timeout' }), /too long/],
    ['server', failure({ kind: 'server', status: 500, requestId: 'r-500' }), /technical problems/],
    ['badResponse', failure({ kind: 'badResponse', detail: 'attributes.balance', status: 200, requestId: 'req-7f3a' }), /unexpected/],
  ])('%s: shows its message and next step, saves nothing', async (_name, result, specific) => {
    const fake = fakeExtension({ test: () => result });
    if (result.ok) throw new Error('a failure expected');
    await fill('exchanger.com', KEY);
    connect();
    await screen.findByText('Nothing was saved.');
    const text = outcome().textContent ?? '';
    const { message, action } = errorText(result.error);
    expect(text).toContain('Could not connect to exchanger.com.');
    expect(text).toContain(message);
    expect(text).toContain(action);
    expect(text).toMatch(specific);
    if (result.error.requestId) expect(text).toContain(`Request ID: ${result.error.requestId}`);
    expect(requestIdText(result.error.requestId)).toBe(result.error.requestId ? `Request ID: ${result.error.requestId}` : '');
    await waitFor(() => expect(document.activeElement).toBe(outcome()));
    expect(fake.sent('saveAccount')).toEqual([{ type: 'saveAccount', origin: 'https://exchanger.com', key: KEY, label: 'exchanger.com', verify: true }]);
    expect(await accountsItem.get()).toEqual([]);
    const siteDown = ['network', 'timeout', 'server'].includes(result.error.kind);
    expect(screen.queryByRole('button', { name: 'Save anyway' }) !== null).toBe(siteDown);
  });

  it('"Save anyway" after a network failure asks for the site again (a failed check gave it back) and saves unchecked', async () => {
    const fake = fakeExtension({ test: () => failure({ kind: 'network' }) });
    await fill('exchanger.com', KEY, 'Down now');
    connect();
    fireEvent.click(await screen.findByRole('button', { name: 'Save anyway' }));
    await screen.findByText(/^Saved: Down now\. The site did not answer yet/);
    expect(fake.sent('saveAccount').map((m) => m.verify)).toEqual([true, false]);
    expect(fake.calls).toEqual(['request https://exchanger.com/*', 'saveAccount', 'request https://exchanger.com/*', 'saveAccount']);
    expect(await screen.findByRole('heading', { name: 'Down now' })).toBeTruthy();
  });
});

describe('connect: host permission', () => {
  it('a refused permission is explained and nothing is tested or saved', async () => {
    const fake = fakeExtension({ grant: false });
    await fill('exchanger.com', KEY);
    connect();
    await screen.findByText(
      'Without access to exchanger.com the extension cannot read your balance. Press “Connect” again and choose Allow.',
    );
    expect(fake.permissions.request).toHaveBeenCalledWith({ origins: ['https://exchanger.com/*'] });
    expect(fake.sendMessage).not.toHaveBeenCalled();
    await waitFor(() => expect(document.activeElement).toBe(outcome()));
  });

  it('is requested synchronously in the click, before any message', async () => {
    const fake = fakeExtension();
    await fill('exchanger.com:8443', KEY);
    connect();
    // Nothing has been awaited yet: the request already happened, no message went out.
    expect(fake.permissions.request).toHaveBeenCalledTimes(1);
    expect(fake.sendMessage).not.toHaveBeenCalled();
    await screen.findByText('Connected: exchanger.com:8443.');
    expect(fake.calls).toEqual(['request https://exchanger.com/*', 'saveAccount']);
  });
});

describe('connect: the key', () => {
  it('shows and hides the key on request', async () => {
    fakeExtension();
    await fill('exchanger.com', KEY);
    const key = screen.getByLabelText('API key') as HTMLInputElement;
    expect(key.type).toBe('password');
    fireEvent.click(screen.getByRole('button', { name: 'Show key' }));
    expect(key.type).toBe('text');
    fireEvent.click(screen.getByRole('button', { name: 'Hide key' }));
    expect(key.type).toBe('password');
  });

  it('is never in the page after saving, only its last 4 characters', async () => {
    fakeExtension();
    await fill('exchanger.com', KEY);
    fireEvent.click(screen.getByRole('button', { name: 'Show key' }));
    connect();
    await screen.findByText('Connected: exchanger.com.');
    fireEvent.click(screen.getByRole('button', { name: 'Add another account' }));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    fireEvent.click(screen.getByRole('button', { name: 'Edit' }));
    await screen.findByText(/Current key ••••wxyz\./);
    expect(document.body.innerHTML).not.toContain(KEY);
    expect(document.body.innerHTML).not.toContain(KEY.slice(0, -4));
    for (const input of document.querySelectorAll('input')) expect(input.value).not.toContain(KEY.slice(2, 12));
    expect(document.body.textContent).toContain('••••wxyz');
  });
});
