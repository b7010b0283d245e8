/** Texts of the popup's referral kit (link, copy, QR code, PNG): a dictionary of its own, in the kit's lazy chunk. */
import { defineMessages } from '../../utils/i18n';

export const tReferral = defineMessages({
  en: {
    link: 'Referral link',
    noLink: 'Paste your referral link from the site’s cabinet in the settings to copy it or show it as a QR code here.',
    badLink: 'The referral link saved in the settings is not offered here. {problem}',
    openSettings: 'Open settings',
    copyLink: 'Copy link',
    copyLinkName: 'Copy referral link',
    showQr: 'QR code',
    hideQr: 'Hide QR code',
    qrName: 'QR code of your referral link {link}',
    downloadPng: 'Download PNG',
    qrFailed: 'Could not draw the QR code. Copy the link instead.',
    pngFailed: 'Could not save the picture. Try again.',
  },
  ru: {
    link: 'Реферальная ссылка',
    noLink: 'Вставьте в настройках реферальную ссылку из личного кабинета на сайте, чтобы копировать её или показать QR-кодом здесь.',
    badLink: 'Реферальная ссылка из настроек здесь не предлагается. {problem}',
    openSettings: 'Открыть настройки',
    copyLink: 'Копировать ссылку',
    copyLinkName: 'Копировать реферальную ссылку',
    showQr: 'QR-код',
    hideQr: 'Скрыть QR-код',
    qrName: 'QR-код вашей реферальной ссылки {link}',
    downloadPng: 'Скачать PNG',
    qrFailed: 'Не удалось нарисовать QR-код. Скопируйте ссылку.',
    pngFailed: 'Не удалось сохранить картинку. Попробуйте ещё раз.',
  },
});
