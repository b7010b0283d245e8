/**
 * The toolbar badge: state in → { text, color, title } out (pure), plus a tiny apply.
 * The text is what the partner chose (settings.badgeShows): the count of unseen new exchanges
 * across accounts ('' at 0, '99+' above 99), today's earnings in short (1.2k), or nothing.
 * Marks: no account '?'; offline 'off' (grey); a key to fix turns the badge red, and shows '!'
 * when there is no figure to show. The tooltip always has a line per site and the full figures.
 */
import { browser } from 'wxt/browser';
import type { AccountCache, Settings } from '../../utils/model';
import { formatMoney } from '../../utils/format';
import { locale } from '../../utils/i18n';
import { isQuiet } from '../../utils/quiet';
import { compactAmount } from './compact';
import { tb } from './texts';
import { popupAddress } from '../../utils/popup-address';

export interface BadgeAccount {
  label: string;
  cache: AccountCache | null;
  seenAt: number;
}

/** Earnings of exchanges created since local midnight, summed over the accounts of one currency. */
export interface TodayFigure {
  currency: string;
  amount: number;
}

export interface BadgeInput {
  accounts: BadgeAccount[];
  online: boolean;
  /** What the text shows; 'new' when not given. */
  shows?: Settings['badgeShows'];
  /** Today's earnings per currency (accounts' order), when read; the first one goes on the badge. */
  today?: TodayFigure[] | null;
  /**
   * The update interval and the time now: a passing trouble (network, 5xx, timeout, 429) on data
   * younger than twice the interval stays quiet, as in the popup. Without them every error shows.
   */
  pollMinutes?: number;
  now?: number;
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

/** When the interval is known, whether now is, for `isQuiet`. */
interface QuietRule {
  pollMinutes?: number;
  now?: number;
}

/** The error the tooltip tells: none while a passing trouble stays quiet (the same rule as the popup). */
function shownError(cache: AccountCache | null, rule: QuietRule): AccountCache['lastError'] {
  const error = cache?.lastError ?? null;
  if (!error || rule.pollMinutes === undefined || rule.now === undefined) return error;
  return isQuiet(error, cache?.lastSuccessAt, rule.pollMinutes, rule.now) ? null : error;
}

function balanceLine({ label, cache }: BadgeAccount, rule: QuietRule): string {
  const summary = cache?.summary;
  const error = shownError(cache, rule);
  const unreachable = error?.kind === 'network';
  if (!summary) return tb(unreachable ? 'unreachableNotLoaded' : 'notLoaded', { label });
  const balance = formatMoney(summary.balance, summary.currency);
  // A site that could not be reached is that site's problem, said on its own line (not "no internet").
  return tb(unreachable ? 'unreachableLine' : error ? 'staleLine' : 'balanceLine', { label, balance });
}

/** One line per site: its key problem, or its balance (and whether it is up to date) with its new count. */
function siteLine(account: BadgeAccount, several: boolean, rule: QuietRule): string {
  const problem = authProblem(account.cache);
  if (problem) return tb(AUTH_TEXT[problem], { label: account.label });
  const count = unseenCount(account.cache, account.seenAt);
  const line = balanceLine(account, rule);
  // With several sites, each says how many of the new ones are its own.
  return several && count > 0 ? tb('lineWithNew', { line, count }) : line;
}

function sitesTitle(accounts: BadgeAccount[], unseen: number, today: TodayFigure[], rule: QuietRule): string {
  const app = tb('appName');
  const [only] = accounts;
  const lines =
    accounts.length === 1 && only?.cache?.summary && !shownError(only.cache, rule) && !authProblem(only.cache)
      ? [`${app} — ${formatMoney(only.cache.summary.balance, only.cache.summary.currency)}`]
      : [app, ...accounts.map((a) => siteLine(a, accounts.length > 1, rule))];
  if (unseen > 0) lines.push(tb('unseen', { count: unseen }));
  for (const { amount, currency } of today) lines.push(tb('today', { amount: formatMoney(amount, currency) }));
  return lines.join('\n');
}

/** The figure the partner chose for the badge, or '' (nothing new, nothing earned today, or 'none'). */
function figureText(shows: Settings['badgeShows'], unseen: number, today: TodayFigure[]): string {
  if (shows === 'new') return badgeCountText(unseen);
  const first = today[0];
  return shows === 'today' && first && first.amount > 0 ? compactAmount(first.amount, locale()) : '';
}

/**
 * Offline only when the browser says so. Sites that cannot be reached while the browser is online
 * are down (or blocked), not "no internet": their own tooltip lines say so.
 */
function isOffline(input: BadgeInput): boolean {
  return !input.online;
}

/**
 * Every site at one look: the chosen figure across all sites always shows (a site with a key
 * problem turns it red rather than hiding the others' figures); '!' when a key needs fixing and
 * there is no figure (also with 'none': a badge colour shows only behind some text); 'off' when
 * the browser is offline (not with 'none'). The tooltip has a line per site and the full figures.
 */
export function badgeView(input: BadgeInput): BadgeView {
  const app = tb('appName');
  if (input.accounts.length === 0) return { text: '?', color: BADGE_COLORS.setup, title: `${app}\n${tb('noAccount')}` };
  const shows = input.shows ?? 'new';
  const needsKey = input.accounts.some((a) => authProblem(a.cache) !== null);
  const offline = isOffline(input);
  const unseen = input.accounts.reduce((sum, a) => sum + unseenCount(a.cache, a.seenAt), 0);
  const today = input.today ?? [];
  const title = sitesTitle(input.accounts, offline ? 0 : unseen, today, input) + (offline ? `\n${tb('offline')}` : '');
  const color = needsKey ? BADGE_COLORS.error : offline ? BADGE_COLORS.offline : BADGE_COLORS.count;
  const figure = figureText(shows, unseen, today);
  const text = offline && shows !== 'none' ? 'off' : figure || (needsKey ? '!' : '');
  return { text, color, title };
}

/** The toolbar button: MV3 `action`, Firefox MV2 `browserAction`. */
const toolbarButton = () => browser.action ?? browser.browserAction;

/** Show a view on the toolbar button. */
export async function applyBadge(view: BadgeView): Promise<void> {
  const action = toolbarButton();
  await Promise.all([
    action.setBadgeText({ text: view.text }),
    action.setBadgeBackgroundColor({ color: view.color }),
    action.setTitle({ title: view.title }),
  ]);
}

/**
 * Point the toolbar button at the popup address that names these accounts (utils/popup-address.ts).
 * Only a hint for the popup's first read: a browser that refuses it changes nothing else.
 */
export async function pointPopup(accountIds: readonly string[]): Promise<void> {
  try {
    await toolbarButton().setPopup({ popup: popupAddress(accountIds) });
  } catch {
    // The popup then reads in two calls.
  }
}
