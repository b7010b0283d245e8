/**
 * Where AccountDetails shows the withdrawal and goal progress: a placeholder that loads its chunk
 * (./WithdrawalProgress) after the details have painted. Nothing here weighs on any first paint.
 */
import { later, useLater } from './later';
import type { ProgressProps } from './WithdrawalProgress';

const chunk = later(() => import('./WithdrawalProgress'));

export function GoalProgress(props: ProgressProps) {
  const loaded = useLater(chunk);
  return loaded ? <loaded.WithdrawalProgress {...props} /> : null;
}
