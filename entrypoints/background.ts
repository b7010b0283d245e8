/** The service worker: wiring only. Listeners are registered synchronously (MV3 rule). */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createMessageListener } from '../utils/protocol/handlers';
import { openFromNotification } from '../utils/sync/account-actions';
import { onAccountsChanged, onAlarm, onWake, onWorkerStart } from '../utils/sync/lifecycle';
import { followAccounts, followSettings } from '../utils/sync/schedule';
import { refreshBadge } from '../utils/sync/state';

export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(() => void onWake());
  browser.runtime.onStartup.addListener(() => void onWake());
  browser.alarms.onAlarm.addListener((alarm) => void onAlarm(alarm));
  browser.runtime.onMessage.addListener(createMessageListener());
  browser.notifications.onClicked.addListener((id) => void openFromNotification(id));
  globalThis.addEventListener?.('online', () => void onWake());
  globalThis.addEventListener?.('offline', () => void refreshBadge());
  followSettings(() => void onWake());
  followAccounts((changes) => void onAccountsChanged(changes));
  void onWorkerStart();
});
