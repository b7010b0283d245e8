import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setLocale } from '../utils/i18n';
import { installFakePermissions } from './fake-permissions';
import { installFakeActionPopup } from './fake-action-popup';
import { closeHistoryDb } from '../utils/storage/history';

beforeEach(async () => {
  fakeBrowser.reset();
  // A fresh, empty IndexedDB for every test.
  await closeHistoryDb();
  globalThis.indexedDB = new IDBFactory();
  installFakePermissions();
  installFakeActionPopup();
  setLocale('en');
});

afterEach(async () => {
  // Only component tests load the DOM library; keep node tests free of it.
  if (typeof document !== 'undefined') {
    const { cleanup } = await import('@testing-library/preact');
    cleanup();
  }
});
