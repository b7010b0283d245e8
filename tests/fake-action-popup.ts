/**
 * The toolbar button's popup address (action.setPopup / getPopup), which WXT's fake browser does
 * not implement: kept like the real one, one global value, back to the manifest's on each test.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';

export function installFakeActionPopup(): void {
  let popup = 'popup.html';
  fakeBrowser.action.setPopup = async ({ popup: next }) => { popup = next ?? ''; };
  fakeBrowser.action.getPopup = async () => popup;
}
