/** The service worker: wiring only. Listeners are registered synchronously (MV3 rule). */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createMessageListener } from '../utils/protocol/handlers';
import { openFromNotification } from '../utils/sync/account-actions';
import { onAccountsChanged, onAlarm, onWake, onWorkerStart } from '../utils/sync/lifecycle';
import { followAccounts, followSettings } from '../utils/sync/schedule';
import { refreshBadge } from '../utils/sync/state';

export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(onWake);
  browser.runtime.onStartup.addListener(onWake);
  browser.alarms.onAlarm.addListener(onAlarm);
  browser.runtime.onMessage.addListener(createMessageListener());
  browser.notifications.onClicked.addListener(openFromNotification);
  globalThis.addEventListener?.('online', onWake);
  globalThis.addEventListener?.('offline', refreshBadge);
  followSettings(onWake);
  followAccounts(onAccountsChanged);
  void onWorkerStart();
});
