// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { OptionsPage } from '../../../components/options/OptionsPage';
import { errorText } from '../../../utils/i18n/errors';
import { accountsItem, cacheItem } from '../../../utils/storage/items';
import { emptyCache } from '../../../utils/model';
import type { Account } from '../../../utils/model';
import { KEY, account, fakeExtension, paragraph } from './fakes';

async function showPage(accounts: Account[]) {
  await accountsItem.set(accounts);
  render(<OptionsPage />);
  await screen.findByRole('heading', { name: accounts[0]!.label });
}

const row = (label: string) => screen.getByRole('heading', { name: label }).closest('li')!;

describe('account list', () => {
  it('shows label, host, masked key and the last sync from the cache', async () => {
    fakeExtension();
    await cacheItem('a1').set({ ...emptyCache(), lastSuccessAt: Date.now() - 5 * 60_000 });
    await cacheItem('a2').set({
      ...emptyCache(),
      lastSuccessAt: Date.now() - 3_600_000,
      lastError: { kind: 'unauthorized', status: 401, requestId: 'r1', at: Date.now() },
    });
    await showPage([
      account(),
      account({ id: 'a2', origin: 'https://second.example:8443', label: 'Second', key: '2|anotherKey0000000000abcd' }),
      account({ id: 'a3', origin: 'https://third.example', label: 'Third' }),
    ]);
    const first = within(row('Main exchanger'));
    expect(first.getByText(paragraph('exchanger.com · Key ••••wxyz'))).toBeTruthy();
    expect(await first.findByText('Updated 5 minutes ago')).toBeTruthy();
    const second = within(row('Second'));
    expect(second.getByText(paragraph('second.example:8443 · Key ••••abcd'))).toBeTruthy();
    const failed = await second.findByText(new RegExp(errorText({ kind: 'unauthorized' }).message.replace('.', '\\.')));
    expect(failed.textContent).toContain('Updated 1 hour ago');
    expect(failed.className).toBe('error');
    expect(await within(row('Third')).findByText('Waiting for the first update')).toBeTruthy();
    expect(document.body.innerHTML).not.toContain(KEY);
  });

  it('links each account to its site, in a new tab without giving the site this page', async () => {
    fakeExtension();
    await showPage([account(), account({ id: 'a2', origin: 'https://second.example:8443', label: 'Second', key: '2|anotherKey0000000000abcd' })]);
    const links = [row('Main exchanger'), row('Second')].map((li) => within(li).getByRole('link', { name: 'Open the site' }));
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['https://exchanger.com', 'https://second.example:8443']);
    for (const a of links) {
      expect(a.getAttribute('target')).toBe('_blank');
      expect(a.getAttribute('rel')).toContain('noopener');
    }
    // Which account's site: the link is described by the account's name, like Edit and Disconnect.
    expect(links[1]!.getAttribute('aria-describedby')).toBe(row('Second').querySelector('h3')!.id);
  });

  it('offers to allow access again when the host permission is missing', async () => {
    const fake = fakeExtension({ hasAccess: false });
    await showPage([account()]);
    const allow = await screen.findByRole('button', { name: 'Allow access' });
    expect(screen.getByText(/has no access to exchanger\.com/)).toBeTruthy();
    fireEvent.click(allow);
    expect(fake.permissions.request).toHaveBeenCalledWith({ origins: ['https://exchanger.com/*'] });
    await waitFor(() => expect(fake.sent('refresh')).toEqual([{ type: 'refresh', accountId: 'a1' }]));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Allow access' })).toBeNull());
  });
});

describe('disconnect', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('asks inline, then asks the background to remove the account (it gives the permission back itself)', async () => {
    const confirm = vi.fn(() => true);
    vi.stubGlobal('confirm', confirm);
    const fake = fakeExtension();
    await showPage([account(), account({ id: 'a2', origin: 'https://other.example', label: 'Other' })]);
    fireEvent.click(within(row('Main exchanger')).getByRole('button', { name: 'Disconnect' }));
    const question = await screen.findByText(/^Disconnect “Main exchanger”\?/);
    await waitFor(() => expect(document.activeElement).toBe(question));
    expect(fake.sent('removeAccount')).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Yes, disconnect' }));
    await screen.findByText('Disconnected: Main exchanger.');
    expect(fake.sent('removeAccount')).toEqual([{ type: 'removeAccount', accountId: 'a1' }]);
    // The page never releases the permission: closing the tab right after must not leave it granted.
    expect(fake.calls).toEqual(['removeAccount']);
    await waitFor(() => expect(screen.queryByRole('heading', { name: 'Main exchanger' })).toBeNull());
    expect(confirm).not.toHaveBeenCalled();
  });

  it('Cancel keeps the account and returns to its Disconnect button', async () => {
    const fake = fakeExtension();
    await showPage([account()]);
    fireEvent.click(screen.getByRole('button', { name: 'Disconnect' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Disconnect' })));
    expect(fake.sendMessage).not.toHaveBeenCalled();
    expect(await accountsItem.get()).toHaveLength(1);
  });

  it('Escape closes the edit form like Cancel, and the focus goes back to Edit', async () => {
    const fake = fakeExtension();
    await showPage([account()]);
    const edit = screen.getByRole('button', { name: 'Edit' });
    edit.focus(); // as a keyboard user reaches it
    fireEvent.click(edit);
    const address = await screen.findByLabelText('Site address');
    fireEvent.keyDown(address, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByLabelText('Site address')).toBeNull());
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Edit' })));
    expect(fake.sendMessage).not.toHaveBeenCalled();
  });

  it('Escape closes the question like Cancel', async () => {
    const fake = fakeExtension();
    await showPage([account()]);
    fireEvent.click(screen.getByRole('button', { name: 'Disconnect' }));
    fireEvent.keyDown(await screen.findByRole('button', { name: 'Yes, disconnect' }), { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Yes, disconnect' })).toBeNull());
    expect(fake.sendMessage).not.toHaveBeenCalled();
  });
});

describe('edit', () => {
  async function startEdit() {
    await showPage([account()]);
    fireEvent.click(screen.getByRole('button', { name: 'Edit' }));
    await screen.findByRole('heading', { name: 'Edit “Main exchanger”' });
  }

  it('prefills address and label, leaves the key empty with a hint', async () => {
    fakeExtension();
    await startEdit();
    expect((screen.getByLabelText('Site address') as HTMLInputElement).value).toBe('https://exchanger.com');
    expect((screen.getByLabelText('Label (optional)') as HTMLInputElement).value).toBe('Main exchanger');
    expect((screen.getByLabelText('API key') as HTMLInputElement).value).toBe('');
    expect(screen.getByText('Current key ••••wxyz. Leave empty to keep the current key.')).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Site address')));
  });

  it('a new label alone is saved without asking the site again', async () => {
    const fake = fakeExtension();
    await startEdit();
    fireEvent.input(screen.getByLabelText('Label (optional)'), { target: { value: 'Renamed' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Changes saved: Renamed.');
    expect(fake.permissions.request).not.toHaveBeenCalled();
    expect(fake.sent('editAccount')).toEqual([
      { type: 'editAccount', accountId: 'a1', origin: 'https://exchanger.com', key: KEY, label: 'Renamed', verify: false },
    ]);
  });

  it('a new key runs the Connect flow for the same account', async () => {
    const fake = fakeExtension();
    await startEdit();
    fireEvent.input(screen.getByLabelText('API key'), { target: { value: '5|freshKey00000000000001234' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Changes saved: Main exchanger.');
    expect(fake.calls).toEqual(['request https://exchanger.com/*', 'editAccount']);
    expect(fake.sent('editAccount')).toEqual([{
      type: 'editAccount', accountId: 'a1', origin: 'https://exchanger.com', key: '5|freshKey00000000000001234', label: 'Main exchanger', verify: true,
    }]);
  });

  it('a new address needs the key again and never sends the old key there', async () => {
    const fake = fakeExtension();
    await startEdit();
    fireEvent.input(screen.getByLabelText('Site address'), { target: { value: 'new-site.example' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText(/Enter the API key for the new address/)).toBeTruthy();
    expect(fake.sendMessage).not.toHaveBeenCalled();
    fireEvent.input(screen.getByLabelText('API key'), { target: { value: '7|newSiteKey000000000000777' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Changes saved: Main exchanger.');
    // The background gives the old site's permission back once the new one is saved.
    expect(fake.calls).toEqual(['request https://new-site.example/*', 'editAccount']);
  });
});

describe('stored history per account', () => {
  it('shows how much is stored, and whether the history is still loading', async () => {
    fakeExtension();
    await cacheItem('a1').set({ ...emptyCache(), lastSuccessAt: Date.now(), exchangeCount: 1, payoutCount: 3, complete: { exchanges: false, payouts: true } });
    await showPage([account()]);
    expect(await within(row('Main exchanger')).findByText('Stored in this browser: 1 exchange, 3 payouts.')).toBeTruthy();
    expect(within(row('Main exchanger')).getByText(/still loading/)).toBeTruthy();
  });
});

describe('sent from the popup to enter a new key (options.html#edit=<id>)', () => {
  afterEach(() => history.replaceState(null, '', location.pathname));

  it("opens that account's edit form with the key field focused, then drops the hash", async () => {
    fakeExtension();
    history.replaceState(null, '', `${location.pathname}#edit=a2`);
    await showPage([account(), account({ id: 'a2', origin: 'https://second.example', label: 'Second', key: '2|anotherKey0000000000abcd' })]);
    const form = await screen.findByRole('form', { name: 'Edit “Second”' });
    expect((within(form).getByLabelText('Site address') as HTMLInputElement).value).toBe('https://second.example');
    await waitFor(() => expect(document.activeElement?.id).toBe('api-key'));
    expect(location.hash).toBe('');
  });

  it('in an options tab already open, follows a new hash to an account connected after the page loaded', async () => {
    fakeExtension();
    await showPage([account()]);
    await accountsItem.set([account(), account({ id: 'a2', origin: 'https://second.example', label: 'Second', key: '2|anotherKey0000000000abcd' })]);
    await screen.findByRole('heading', { name: 'Second' });
    // What the popup's tabs.update does to this tab: only the hash changes.
    history.replaceState(null, '', `${location.pathname}#edit=a2`);
    dispatchEvent(new HashChangeEvent('hashchange'));
    expect(await screen.findByRole('form', { name: 'Edit “Second”' })).toBeTruthy();
    expect(location.hash).toBe('');
  });

  it('an unknown account or another hash opens no form', async () => {
    fakeExtension();
    history.replaceState(null, '', `${location.pathname}#edit=gone`);
    await showPage([account()]);
    expect(screen.queryByRole('form')).toBeNull();
    expect(screen.getByRole('button', { name: 'Add another account' })).toBeTruthy();
  });
});
