/**
 * The toolbar badge: state in → { text, color, title } out (pure), plus a tiny apply.
 * Precedence (first match wins): no account '?' → key problem '!' (red) → offline 'off' (grey)
 * → number of unseen new exchanges across accounts ('' at 0, '99+' above 99).
 * The tooltip always says why, with the account's label, or shows the balances.
 */
import { browser } from 'wxt/browser';
import type { AccountCache } from '../../utils/model';
import { formatMoney } from '../../utils/format';
import { tb } from './texts';

export interface BadgeAccount {
  label: string;
  cache: AccountCache | null;
  seenAt: number;
}

export interface BadgeInput {
  accounts: BadgeAccount[];
  online: boolean;
}

export interface BadgeView {
  text: string;
  color: string;
  title: string;
}

export const BADGE_COLORS = { count: '#0d9488', error: '#b91c1c', offline: '#5b6472', setup: '#b45309' } as const;

const AUTH_TEXT = { unauthorized: 'unauthorized', forbidden: 'forbidden' } as const;

/** Exchanges seen arriving after the user last looked. */
export function unseenCount(cache: AccountCache | null, seenAt: number): number {
  return cache ? cache.arrivals.filter((a) => a.at > seenAt).length : 0;
}

export function badgeCountText(count: number): string {
  if (count <= 0) return '';
  return count > 99 ? '99+' : String(count);
}

function authProblem(cache: AccountCache | null): keyof typeof AUTH_TEXT | null {
  const kind = cache?.lastError?.kind;
  if (kind === 'unauthorized' || kind === 'forbidden') return kind;
  return cache?.backoff.paused ? 'unauthorized' : null;
}

function balanceLine({ label, cache }: BadgeAccount): string {
  const summary = cache?.summary;
  const unreachable = cache?.lastError?.kind === 'network';
  if (!summary) return tb(unreachable ? 'unreachableNotLoaded' : 'notLoaded', { label });
  const balance = formatMoney(summary.balance, summary.currency);
  // A site that could not be reached is that site's problem, said on its own line (not "no internet").
  return tb(unreachable ? 'unreachableLine' : cache.lastError ? 'staleLine' : 'balanceLine', { label, balance });
}

/** One line per site: its key problem, or its balance (and whether it is up to date). */
function siteLine(account: BadgeAccount): string {
  const problem = authProblem(account.cache);
  return problem ? tb(AUTH_TEXT[problem], { label: account.label }) : balanceLine(account);
}

function sitesTitle(accounts: BadgeAccount[], unseen: number): string {
  const app = tb('appName');
  const [only] = accounts;
  const lines =
    accounts.length === 1 && only?.cache?.summary && !only.cache.lastError && !authProblem(only.cache)
      ? [`${app} — ${formatMoney(only.cache.summary.balance, only.cache.summary.currency)}`]
      : [app, ...accounts.map(siteLine)];
  if (unseen > 0) lines.push(tb('unseen', { count: unseen }));
  return lines.join('\n');
}

/**
 * Offline only when the browser says so. Sites that cannot be reached while the browser is online
 * are down (or blocked), not "no internet": their own tooltip lines say so.
 */
function isOffline(input: BadgeInput): boolean {
  return !input.online;
}

/**
 * Every site at one look: the count of new bonuses across all sites always shows (a site with a key
 * problem turns it red rather than hiding the others' count); '!' when a key needs fixing and there
 * is nothing new; 'off' when the browser is offline. The tooltip has a line per site.
 */
export function badgeView(input: BadgeInput): BadgeView {
  const app = tb('appName');
  if (input.accounts.length === 0) return { text: '?', color: BADGE_COLORS.setup, title: `${app}\n${tb('noAccount')}` };
  const needsKey = input.accounts.some((a) => authProblem(a.cache) !== null);
  const offline = isOffline(input);
  const unseen = input.accounts.reduce((sum, a) => sum + unseenCount(a.cache, a.seenAt), 0);
  const title = sitesTitle(input.accounts, offline ? 0 : unseen) + (offline ? `\n${tb('offline')}` : '');
  const color = needsKey ? BADGE_COLORS.error : offline ? BADGE_COLORS.offline : BADGE_COLORS.count;
  const text = offline ? 'off' : unseen > 0 ? badgeCountText(unseen) : needsKey ? '!' : '';
  return { text, color, title };
}

/** Show a view on the toolbar button (MV3 `action`, Firefox MV2 `browserAction`). */
export async function applyBadge(view: BadgeView): Promise<void> {
  const action = browser.action ?? browser.browserAction;
  await Promise.all([
    action.setBadgeText({ text: view.text }),
    action.setBadgeBackgroundColor({ color: view.color }),
    action.setTitle({ title: view.title }),
  ]);
}
