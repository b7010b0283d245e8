/** Texts of the first run on the options page: the two-step guide, the pin-the-icon hint, the badge choice. */
import { defineMessages } from '../../utils/i18n';

export const tOnboarding = defineMessages({
  en: {
    guideHeading: 'Two steps to start',
    guideAddressTitle: 'The site address.',
    guideAddress: 'Type the address of the exchange site where you are a partner, for example exchanger.com.',
    guideKeyTitle: 'The API key from the site’s partner cabinet.',
    guideKey: 'On the site, open your personal cabinet → Settings → the “REST API” tab, create a key with the permission “Доступ к партнерской программе” (partner program access), copy it and paste it here. Then press Connect.',
    guideAdmin: 'No “REST API” tab? The site’s administrator has to enable REST API access for your user: ask the site’s support.',

    pinHeading: 'Keep your balance in sight',
    pinChrome: 'Pin the iEX Partner icon to the toolbar: click the puzzle piece (Extensions) at the top right of the browser, then the pin next to iEX Partner.',
    pinFirefox: 'Pin the iEX Partner icon to the toolbar: click the puzzle piece (Extensions) in the toolbar, then the gear next to iEX Partner → Pin to Toolbar.',
    pinDismiss: 'Got it',

    badgeLabel: 'The toolbar icon shows',
    badgeNew: 'New referral bonuses (count)',
    badgeToday: 'Today’s earnings (short, like 1.2k)',
    badgeNone: 'Nothing',
    badgeHint: 'Hover over the icon for the full figures of every site. A key that needs fixing is always marked in red.',
  },
  ru: {
    guideHeading: 'Два шага, чтобы начать',
    guideAddressTitle: 'Адрес сайта.',
    guideAddress: 'Введите адрес обменника, где вы партнёр, например exchanger.com.',
    guideKeyTitle: 'API-ключ из кабинета партнёра на сайте.',
    guideKey: 'На сайте откройте личный кабинет → Настройки → вкладку «REST API», создайте ключ с разрешением «Доступ к партнерской программе», скопируйте его и вставьте сюда. Затем нажмите «Подключить».',
    guideAdmin: 'Нет вкладки «REST API»? Администратор сайта должен включить вам доступ к REST API: напишите в поддержку сайта.',

    pinHeading: 'Чтобы баланс был всегда на виду',
    pinChrome: 'Закрепите значок iEX Partner на панели: нажмите на пазл (Расширения) справа вверху браузера, затем на булавку рядом с iEX Partner.',
    pinFirefox: 'Закрепите значок iEX Partner на панели: нажмите на пазл (Расширения) на панели инструментов, затем на шестерёнку рядом с iEX Partner → «Закрепить на панели».',
    pinDismiss: 'Понятно',

    badgeLabel: 'На значке показывать',
    badgeNew: 'Новые реферальные бонусы (число)',
    badgeToday: 'Заработок за сегодня (коротко, например 1,2k)',
    badgeNone: 'Ничего',
    badgeHint: 'Наведите курсор на значок, чтобы увидеть точные суммы по каждому сайту. Ключ, который нужно исправить, всегда отмечается красным.',
  },
});
