/** Texts of the withdrawal and goal progress (its own chunk, loaded after the details). */
import { defineMessages } from '../../utils/i18n';

export const tProgress = defineMessages({
  en: {
    heading: 'Payout and goal',
    toWithdraw: '{balance} of {minimum} to withdraw',
    left: '{amount} to go',
    canWithdraw: 'You can request a payout: the balance {balance} has reached the minimum {minimum}. Request it on the site.',
    openSite: 'Open the site to request a payout',
    month: 'This month {earned} of the {goal} goal',
    monthReached: 'Goal reached: {earned} this month, the goal was {goal}',
    approximate: 'About: some of this month\'s bonuses were found in the history, and their dates are estimates from the site\'s "3 weeks ago" texts.',
    approximateMark: '≈',
    minimumBar: 'Progress to the minimum withdrawal',
    goalBar: 'Progress to the monthly goal',
  },
  ru: {
    heading: 'Выплата и цель',
    toWithdraw: '{balance} из {minimum} до вывода',
    left: 'осталось {amount}',
    canWithdraw: 'Можно заказать выплату: баланс {balance} достиг минимума {minimum}. Закажите её на сайте.',
    openSite: 'Открыть сайт, чтобы заказать выплату',
    month: 'В этом месяце {earned} из цели {goal}',
    monthReached: 'Цель достигнута: {earned} в этом месяце при цели {goal}',
    approximate: 'Примерно: часть бонусов этого месяца найдена в истории, и их даты оценены по текстам сайта вроде «3 недели назад».',
    approximateMark: '≈',
    minimumBar: 'Сколько набрано до минимальной суммы вывода',
    goalBar: 'Сколько набрано до цели на месяц',
  },
});
