/**
 * Texts of the popup's first paint (header, balance card, account switcher, no-account view) and of the
 * small shared components it uses; what is below the balance has its own dictionary (./popup-details.ts).
 */
import { defineMessages } from '../../utils/i18n';

export const tPopup = defineMessages({
  en: {
    title: 'iEX Partner',
    settings: 'Settings',
    connectTitle: 'Connect your exchange account',
    connectText: 'Add the site address and an API key with partner program access. Your balance, referral exchanges and payouts will show here.',
    connectButton: 'Connect account',
    firstSync: 'Getting your data from the site…',
    balance: 'Balance',
    copy: 'Copy',
    copied: 'Copied',
    copyFailed: 'Could not copy. Select the text and copy it by hand.',
  },
  ru: {
    title: 'iEX Partner',
    settings: 'Настройки',
    connectTitle: 'Подключите аккаунт обменника',
    connectText: 'Добавьте адрес сайта и API-ключ с доступом к партнёрской программе. Здесь появятся баланс, обмены рефералов и выплаты.',
    connectButton: 'Подключить аккаунт',
    firstSync: 'Получаем данные с сайта…',
    balance: 'Баланс',
    copy: 'Копировать',
    copied: 'Скопировано',
    copyFailed: 'Не удалось скопировать. Выделите текст и скопируйте вручную.',
  },
});

