/** Texts of the options page's alert switches and each account's minimum withdrawal and monthly goal (en + ru). */
import { defineMessages } from '../../utils/i18n';

export const tAlerts = defineMessages({
  en: {
    notifyPayoutRequests: 'Notify about new payout requests',
    notifyPayoutRequestsHint: 'When a payout request appears on the site (awaiting payment); then again when it is paid, if "Notify about payouts" is on.',
    notifyThreshold: 'Notify when a payout can be requested',
    notifyThresholdHint: 'Once, when the balance reaches the account\'s minimum withdrawal (set it under the account above).',
    notifyRates: 'Notify when the partner percent or the number of referrals changes',
    notifyRatesHint: 'Once per change, compared with the previous update (never on the first one). The notification says what it was and what it is now.',
    sound: 'Play a sound with new referral bonuses',
    soundHint: 'Off by default. A short chime, once per update that brings new bonuses (needs "Notify about new referral exchanges").',

    goalsLegend: 'Payout and goal',
    minWithdrawal: 'Minimum withdrawal, {currency}',
    minWithdrawalHint: 'The API has no field for it: see the site\'s payout page. The popup shows how far the balance is from it.',
    monthlyGoal: 'Monthly goal, {currency}',
    monthlyGoalHint: 'Optional: the popup shows this month\'s referral earnings against it.',
    amountInvalid: 'Enter an amount such as 2000 or 2000.50, or leave it empty.',
    goalsSaved: 'Saved for {label}.',
    currencyUnknown: 'in the account\'s currency',
  },
  ru: {
    notifyPayoutRequests: 'Уведомлять о новых заявках на выплату',
    notifyPayoutRequestsHint: 'Когда на сайте появляется заявка на выплату (ожидает выплаты); затем ещё раз, когда её выплатят, если включено «Уведомлять о выплатах».',
    notifyThreshold: 'Уведомлять, когда можно заказать выплату',
    notifyThresholdHint: 'Один раз, когда баланс дойдёт до минимальной суммы вывода аккаунта (укажите её у аккаунта выше).',
    notifyRates: 'Уведомлять, когда меняется партнёрский процент или число рефералов',
    notifyRatesHint: 'Один раз на каждое изменение, по сравнению с прошлым обновлением (при первом — никогда). В уведомлении — что было и что стало.',
    sound: 'Звуковой сигнал при новых реферальных бонусах',
    soundHint: 'По умолчанию выключен. Короткий сигнал, один раз за обновление с новыми бонусами (нужно включённое «Уведомлять о новых обменах рефералов»).',

    goalsLegend: 'Выплата и цель',
    minWithdrawal: 'Минимальная сумма вывода, {currency}',
    minWithdrawalHint: 'В API такого поля нет: посмотрите на странице выплат сайта. Всплывающее окно покажет, сколько осталось до неё.',
    monthlyGoal: 'Цель на месяц, {currency}',
    monthlyGoalHint: 'Необязательно: всплывающее окно покажет заработок с рефералов за этот месяц рядом с ней.',
    amountInvalid: 'Введите сумму, например 2000 или 2000,50, или оставьте поле пустым.',
    goalsSaved: 'Сохранено для {label}.',
    currencyUnknown: 'в валюте аккаунта',
  },
});
