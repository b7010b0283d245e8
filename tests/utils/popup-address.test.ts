import { describe, expect, it } from 'vitest';
import { accountsInAddress, popupAddress, POPUP_PAGE } from '../../utils/popup-address';

describe('the popup address', () => {
  it('names each account, and reads back the same ids in order, whatever their characters', () => {
    const ids = ['3f1c9a52-0b4e-4c1e-9d1a-2b7e0c6f8a11', 'a,b&c=d', 'кириллица', ' space '];
    const address = popupAddress(ids);
    expect(address.startsWith(`${POPUP_PAGE}?account=`)).toBe(true);
    expect(accountsInAddress(new URL(address, 'chrome-extension://x/').search)).toEqual(ids);
  });

  it('is the bare page with no account, and a bare page names none', () => {
    expect(popupAddress([])).toBe(POPUP_PAGE);
    expect(accountsInAddress('')).toEqual([]);
    expect(accountsInAddress('?other=1')).toEqual([]);
  });
});
