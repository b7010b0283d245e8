/** Ids that tie the account tabs to their panel (ARIA); apart so the popup needn't load the tabs to use them. */
export const tabId = (index: number) => `account-tab-${index}`;
export const PANEL_ID = 'account-panel';
