/** What each problem of a pasted referral link means and what to do next (utils/referral-link.ts checks it). */
import { defineMessages } from './index';

/** {host}: the account's site, {code}: its referral code. */
export const tReferralProblem = defineMessages({
  en: {
    notLink: 'This is not a web link. Copy the whole referral link, starting with https://, from your cabinet on the site.',
    otherSite: 'This link leads to another site. Paste the referral link from your cabinet on {host}.',
    codeMissing: 'This link does not contain your referral code {code}. Copy the referral link again from your cabinet on {host}.',
    noCode: 'The extension does not know your referral code yet. Wait for the first update of this account, then paste the link again.',
  },
  ru: {
    notLink: 'Это не веб-ссылка. Скопируйте реферальную ссылку целиком, начиная с https://, из личного кабинета на сайте.',
    otherSite: 'Эта ссылка ведёт на другой сайт. Вставьте реферальную ссылку из личного кабинета на {host}.',
    codeMissing: 'В этой ссылке нет вашего реферального кода {code}. Скопируйте реферальную ссылку ещё раз из личного кабинета на {host}.',
    noCode: 'Расширение ещё не знает ваш реферальный код. Дождитесь первого обновления этого аккаунта и вставьте ссылку ещё раз.',
  },
});
