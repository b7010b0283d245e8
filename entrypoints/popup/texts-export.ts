/**
 * Texts inside the downloaded files (column headers, date precision, payout status): a dictionary of
 * its own, loaded with the export code (a lazy chunk), in the UI language like the rest of the popup.
 */
import { defineMessages } from '../../utils/i18n';

export const tExport = defineMessages({
  en: {
    date: 'Date',
    precision: 'Date precision',
    amount: 'Amount',
    currency: 'Currency',
    orderId: 'Order ID',
    status: 'Status',
    system: 'Payment system',
    exact: 'exact',
    hour: '≈ hour',
    day: '≈ day',
    week: '≈ week',
    month: '≈ month',
    year: '≈ year',
    unknown: 'unknown',
    paid: 'paid',
    unpaid: 'awaiting',
    exchangesSheet: 'Referral exchanges',
    payoutsSheet: 'Payouts',
  },
  ru: {
    date: 'Дата',
    precision: 'Точность даты',
    amount: 'Сумма',
    currency: 'Валюта',
    orderId: 'Номер заявки',
    status: 'Статус',
    system: 'Платежная система',
    exact: 'точно',
    hour: '≈ час',
    day: '≈ день',
    week: '≈ неделя',
    month: '≈ месяц',
    year: '≈ год',
    unknown: 'неизвестна',
    paid: 'выплачено',
    unpaid: 'ожидает выплаты',
    exchangesSheet: 'Реферальные обмены',
    payoutsSheet: 'Выплаты',
  },
});

export type ExportKey = Parameters<typeof tExport>[0];
