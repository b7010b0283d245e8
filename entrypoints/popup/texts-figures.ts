/**
 * Texts of the figures under the balance (components/popup/BalanceFigures.tsx): a dictionary of its own,
 * so they travel in that lazily loaded chunk, not in the first paint. Worded so the sum reads:
 * available + awaiting + paid out = earned.
 */
import { defineMessages } from '../../utils/i18n';

export const tFigures = defineMessages({
  en: {
    available: 'Available to withdraw',
    awaiting: { one: 'Awaiting payout, {count} request', other: 'Awaiting payout, {count} requests' },
    paidOut: 'Paid out in total',
    earned: 'Earned in total',
    siteCountsRequests: 'The site counts requests awaiting payout in its paid-out total ({total}); here they are shown apart.',
    notAddingUp: 'The site’s figures do not add up: earned in total is {earned}, but available, awaiting and paid out make {parts} ({gap} apart). The site’s partner API may leave something out; if this stays, ask the site’s support.',
    listDiffers: 'The site’s paid-out total ({site}) differs from the paid requests in its list ({listed}).',
    partial: 'The payout history is still loading: awaiting and paid-out figures may be incomplete.',
    otherCurrency: {
      one: '{count} payout is in another currency than the balance: it is left out of these sums.',
      other: '{count} payouts are in another currency than the balance: they are left out of these sums.',
    },
    afterUpdate: 'Requests awaiting payout show here after the next update.',
    percent: 'Referral percent',
    referrals: 'Referrals',
    referralCode: 'Referral code',
    copyCode: 'Copy referral code {code}',
  },
  ru: {
    available: 'Доступно к выводу',
    awaiting: {
      one: 'Ожидает выплаты, {count} заявка',
      few: 'Ожидает выплаты, {count} заявки',
      many: 'Ожидает выплаты, {count} заявок',
      other: 'Ожидает выплаты, {count} заявки',
    },
    paidOut: 'Выплачено всего',
    earned: 'Заработано всего',
    siteCountsRequests: 'Сайт включает в сумму выплат ({total}) и заявки, ожидающие выплаты; здесь они показаны отдельно.',
    notAddingUp: 'Цифры сайта не сходятся: заработано всего {earned}, а доступно, ожидает и выплачено вместе {parts} (разница {gap}). Возможно, партнёрский API сайта что-то не учитывает; если так и останется, напишите в поддержку сайта.',
    listDiffers: 'Сумма выплат на сайте ({site}) не совпадает с выплаченными заявками в его списке ({listed}).',
    partial: 'История выплат ещё загружается: суммы ожидающих и выплаченных заявок могут быть неполными.',
    otherCurrency: {
      one: '{count} выплата в другой валюте, чем баланс: она не входит в эти суммы.',
      few: '{count} выплаты в другой валюте, чем баланс: они не входят в эти суммы.',
      many: '{count} выплат в другой валюте, чем баланс: они не входят в эти суммы.',
      other: '{count} выплаты в другой валюте, чем баланс: они не входят в эти суммы.',
    },
    afterUpdate: 'Заявки, ожидающие выплаты, появятся здесь после следующего обновления.',
    percent: 'Реферальный процент',
    referrals: 'Рефералы',
    referralCode: 'Реферальный код',
    copyCode: 'Копировать реферальный код {code}',
  },
});
