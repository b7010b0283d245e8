/** Texts the background shows: the toolbar tooltip and the notifications (en + ru). */
import { defineMessages } from '../../utils/i18n';

export const tb = defineMessages({
  en: {
    appName: 'iEX Partner',
    noAccount: 'No exchange site connected yet. Open the settings to add one.',
    unauthorized: '{label}: the API key was not accepted. Open the settings and enter a new key.',
    forbidden: '{label}: the key lacks the "partner program access" permission. Allow it in the site\'s REST API settings, or create a new key.',
    offline: 'No internet connection: the figures shown are the last saved ones. Updating resumes when you are back online.',
    balanceLine: '{label} — {balance}',
    notLoaded: '{label} — not loaded yet',
    staleLine: '{label} — {balance} (could not update, will try again)',
    unreachableLine: '{label} — {balance} (the site does not answer; will try again)',
    unreachableNotLoaded: '{label} — the site does not answer yet; will try again',
    unseen: { one: '{count} new referral bonus', other: '{count} new referral bonuses' },
    /** A site's tooltip line with how many of the new bonuses are its own. */
    lineWithNew: '{line} · {count} new',
    today: 'Earned today: {amount}',
    exchangeOne: '{amount} referral bonus — order {order}',
    /** A grouped notification: "5 new referral bonuses" (unseen) + ", +476 ₽". */
    withSum: '{text}, {amount}',
    payoutPaid: 'Payout of {amount} paid',
  },
  ru: {
    appName: 'iEX Partner',
    noAccount: 'Сайт обменника ещё не подключён. Откройте настройки, чтобы добавить его.',
    unauthorized: '{label}: API-ключ не принят. Откройте настройки и введите новый ключ.',
    forbidden: '{label}: у ключа нет разрешения «Доступ к партнерской программе». Включите его в настройках REST API на сайте или создайте новый ключ.',
    offline: 'Нет подключения к интернету: показаны последние сохранённые данные. Обновление продолжится, когда связь появится.',
    balanceLine: '{label} — {balance}',
    notLoaded: '{label} — данные ещё не загружены',
    staleLine: '{label} — {balance} (не удалось обновить, попробуем снова)',
    unreachableLine: '{label} — {balance} (сайт не отвечает; попробуем снова)',
    unreachableNotLoaded: '{label} — сайт пока не отвечает; попробуем снова',
    unseen: {
      one: '{count} новый реферальный бонус',
      few: '{count} новых реферальных бонуса',
      many: '{count} новых реферальных бонусов',
      other: '{count} нового реферального бонуса',
    },
    lineWithNew: { one: '{line} · {count} новый', few: '{line} · {count} новых', many: '{line} · {count} новых', other: '{line} · {count} нового' },
    today: 'Заработано сегодня: {amount}',
    exchangeOne: '{amount} — реферальный бонус, заявка {order}',
    withSum: '{text}, {amount}',
    payoutPaid: 'Выплата {amount} выполнена',
  },
});
