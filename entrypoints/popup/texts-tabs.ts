/** Texts of the account switcher (its own lazy chunk): each site's mark and the total across sites. */
import { defineMessages } from '../../utils/i18n';

export const tTabs = defineMessages({
  en: {
    keyProblem: 'the key needs fixing: open the settings',
    stale: 'could not update, showing saved data',
    total: { one: 'Total on {count} site: {amount}', other: 'Total on {count} sites: {amount}' },
  },
  ru: {
    keyProblem: 'нужно исправить ключ: откройте настройки',
    stale: 'не удалось обновить, показаны сохранённые данные',
    total: { one: 'Всего на {count} сайте: {amount}', few: 'Всего на {count} сайтах: {amount}', many: 'Всего на {count} сайтах: {amount}', other: 'Всего на {count} сайтах: {amount}' },
  },
});
