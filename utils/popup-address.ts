/**
 * The toolbar popup's address names the connected accounts (popup.html?account=<id>&account=<id>):
 * the background sets it with the badge, and the popup asks for the accounts list, the settings and
 * those accounts' data in one storage call instead of two (the first call of a new page takes
 * 3–5 ms here; BENCHMARKS.md). Only a hint: the popup shows the accounts the list holds, and reads
 * any account the address does not name in a second call, so an old address is never wrong, only slower.
 */
export const POPUP_PAGE = 'popup.html';

export function popupAddress(accountIds: readonly string[]): string {
  if (accountIds.length === 0) return POPUP_PAGE;
  return `${POPUP_PAGE}?${new URLSearchParams(accountIds.map((id) => ['account', id])).toString()}`;
}

/** The account ids an address's query names (location.search). */
export const accountsInAddress = (search: string): string[] => new URLSearchParams(search).getAll('account');
