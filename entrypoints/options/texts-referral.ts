/** Texts of the per-account referral link field on the options page (components/options/ReferralLinkField.tsx). */
import { defineMessages } from '../../utils/i18n';

export const tOptionsReferral = defineMessages({
  en: {
    referralLabel: 'Referral link (optional)',
    referralHint: 'Copy it from your cabinet on {host} and paste it here: the popup then copies it and shows it as a QR code. It must lead to {host} and contain your referral code.',
    referralHintCode: 'Copy it from your cabinet on {host} and paste it here: the popup then copies it and shows it as a QR code. It must lead to {host} and contain your referral code {code}.',
    referralSave: 'Save link',
    referralSaved: 'Referral link saved: the popup offers it now.',
    referralRemoved: 'Referral link removed.',
    referralNotSaved: 'The link was not saved.',
    referralStale: 'The saved link no longer passes the check, so the popup does not offer it.',
  },
  ru: {
    referralLabel: 'Реферальная ссылка (необязательно)',
    referralHint: 'Скопируйте её в личном кабинете на {host} и вставьте сюда: всплывающее окно будет копировать её и показывать QR-кодом. Ссылка должна вести на {host} и содержать ваш реферальный код.',
    referralHintCode: 'Скопируйте её в личном кабинете на {host} и вставьте сюда: всплывающее окно будет копировать её и показывать QR-кодом. Ссылка должна вести на {host} и содержать ваш реферальный код {code}.',
    referralSave: 'Сохранить ссылку',
    referralSaved: 'Реферальная ссылка сохранена: всплывающее окно уже предлагает её.',
    referralRemoved: 'Реферальная ссылка удалена.',
    referralNotSaved: 'Ссылка не сохранена.',
    referralStale: 'Сохранённая ссылка больше не проходит проверку, поэтому всплывающее окно её не предлагает.',
  },
});
