/** The service worker: wiring only. Listeners are registered synchronously (MV3 rule). */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createMessageListener } from './messages';
import { openFromNotification } from './accounts';
import { onAlarm, onPermissionAdded, onWake, onWorkerStart } from './lifecycle';
import { onInstalled } from './onboarding';
import { followSettings } from './sync/schedule';
import { followBadgeSetting, refreshBadge } from './sync/state';

export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(onInstalled);
  browser.runtime.onStartup.addListener(onWake);
  browser.alarms.onAlarm.addListener(onAlarm);
  browser.runtime.onMessage.addListener(createMessageListener());
  browser.notifications.onClicked.addListener(openFromNotification);
  browser.permissions.onAdded.addListener(onPermissionAdded);
  globalThis.addEventListener?.('online', onWake);
  globalThis.addEventListener?.('offline', refreshBadge);
  followSettings(onWake);
  followBadgeSetting();
  void onWorkerStart();
});
