/**
 * Progress to the account's minimum withdrawal ("1 273 of 2 000 ₽ to withdraw") and to its monthly
 * goal (this month's bonuses from the stored history), each with a bar and the same in words.
 * Shown only for what the partner set in the options (prefs:<id>). Its own chunk (./GoalProgress).
 */
import { useEffect, useState } from 'preact/hooks';
import type { Account, AccountPrefs, SummaryRecord } from '../../utils/model';
import { prefsItem } from '../../utils/storage/items';
import { follow } from '../../utils/storage/follow';
import { exchangesCreatedBetween } from '../../utils/storage/history';
import { formatMoney } from '../../utils/format';
import { monthEarnings, monthRange, progressTo, type MonthEarnings, type Progress } from '../../entrypoints/popup/progress';
import { tProgress as t } from '../../entrypoints/popup/texts-progress';
import { addStyles } from './addStyles';
import styles from './progress.css?inline';

addStyles(styles);

export interface ProgressProps {
  account: Pick<Account, 'id' | 'origin'>;
  summary: SummaryRecord;
  /** When the data last changed (the month's sum is read again after each sync). */
  lastSuccessAt: number | null;
  now: number;
}

function Bar({ progress, label, text }: { progress: Progress; label: string; text: string }) {
  const percent = Math.round(progress.ratio * 100);
  return (
    <div
      class={`bar${progress.reached ? ' bar-done' : ''}`}
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
      aria-valuetext={text}
    >
      <div class="bar-fill" style={{ width: `${percent}%` }} />
    </div>
  );
}

function usePrefs(accountId: string): AccountPrefs | null {
  const [prefs, setPrefs] = useState<AccountPrefs | null>(null);
  useEffect(() => follow(prefsItem(accountId), (next) => setPrefs(() => next)), [accountId]);
  return prefs;
}

/** This month's bonuses, read again after each sync and when the month turns; null until read or when there is no goal. */
function useMonth(accountId: string, currency: string, wanted: boolean, lastSuccessAt: number | null, now: number): MonthEarnings | null {
  const { from, to } = monthRange(now);
  const [month, setMonth] = useState<MonthEarnings | null>(null);
  useEffect(() => {
    if (!wanted) return;
    let alive = true;
    exchangesCreatedBetween(accountId, from, to).then(
      (rows) => alive && setMonth(monthEarnings(rows, currency)),
      () => alive && setMonth(null),
    );
    return () => { alive = false; };
  }, [accountId, currency, wanted, lastSuccessAt, from]);
  return wanted ? month : null;
}

export function WithdrawalProgress({ account, summary, lastSuccessAt, now }: ProgressProps) {
  const prefs = usePrefs(account.id);
  const { currency, balance } = summary;
  const money = (amount: number) => formatMoney(amount, currency);
  const minimum = progressTo(balance, prefs?.minWithdrawal ?? null);
  const month = useMonth(account.id, currency, (prefs?.monthlyGoal ?? 0) > 0, lastSuccessAt, now);
  const goal = month && progressTo(month.sum, prefs?.monthlyGoal ?? null);
  if (!minimum && !goal) return null;

  const minimumText = minimum && (minimum.reached
    ? t('canWithdraw', { balance: money(balance), minimum: money(prefs!.minWithdrawal!) })
    : `${t('toWithdraw', { balance: money(balance), minimum: money(prefs!.minWithdrawal!) })} · ${t('left', { amount: money(minimum.remaining) })}`);
  const goalValues = month && { earned: `${month.approximate ? t('approximateMark') : ''}${money(month.sum)}`, goal: money(prefs!.monthlyGoal!) };
  const goalText = goal && goalValues && t(goal.reached ? 'monthReached' : 'month', goalValues);
  return (
    <section class="progress" aria-label={t('heading')}>
      {minimum && minimumText && (
        <div class="progress-item">
          <p class="progress-text">{minimumText}</p>
          <Bar progress={minimum} label={t('minimumBar')} text={minimumText} />
          {minimum.reached && <p class="progress-note"><a href={account.origin} target="_blank" rel="noreferrer">{t('openSite')}</a></p>}
        </div>
      )}
      {goal && goalText && (
        <div class="progress-item">
          <p class="progress-text" title={month?.approximate ? t('approximate') : undefined}>{goalText}</p>
          <Bar progress={goal} label={t('goalBar')} text={goalText} />
          {month?.approximate && <p class="progress-note">{t('approximate')}</p>}
        </div>
      )}
    </section>
  );
}
