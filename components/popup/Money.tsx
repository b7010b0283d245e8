/** A money amount as text, in the account's currency (rounded for display only). */
import { formatMoney } from '../../utils/format';

export function Money({ amount, currency, sign = false }: { amount: number | string; currency: string; sign?: boolean }) {
  return <span class="money">{formatMoney(amount, currency, { sign })}</span>;
}
