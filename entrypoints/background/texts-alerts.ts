/** Texts of the alerts beyond new bonuses: minimum withdrawal reached, rate changes, payout requests (en + ru). */
import { defineMessages } from '../../utils/i18n';

export const ta = defineMessages({
  en: {
    threshold: 'Your balance {balance} has reached the minimum withdrawal of {minimum}: you can request a payout now. Click to open the site.',
    percentChanged: 'Partner percent changed: {before} → {after}.',
    referralsChanged: 'Referrals: {before} → {after}.',
    payoutRequested: 'Payout request of {amount} seen (awaiting payment). You will be told when it is paid.',
  },
  ru: {
    threshold: 'Баланс {balance} достиг минимальной суммы вывода {minimum}: можно заказать выплату. Нажмите, чтобы открыть сайт.',
    percentChanged: 'Партнёрский процент изменился: {before} → {after}.',
    referralsChanged: 'Рефералов: {before} → {after}.',
    payoutRequested: 'Замечена заявка на выплату {amount} (ожидает выплаты). Мы сообщим, когда её выплатят.',
  },
});
