/**
 * What a partner reads when the site cannot be used: for every API error kind
 * (and every address problem) a plain message and the next step to take, in
 * English and Russian. Looked up by kind; the server's own text is never shown.
 */
import type { AddressProblem, Failure, FailureKind, ResponseLimit } from '../errors';
import { defineMessages, type Params } from './index';

/** Exported so tests/unit/i18n-complete.test.ts can check the dictionary. */
export const t = defineMessages({
  en: {
    addressEmpty: 'Enter the address of the exchange site.',
    addressEmptyAction: 'For example: exchanger.com',
    addressMalformed: 'This does not look like a website address.',
    addressMalformedAction: "Type it as the browser's address bar shows it, without spaces, for example exchanger.com.",
    addressScheme: 'This is not a website address.',
    addressSchemeAction: "Enter the site's address starting with https://, or just its name, for example exchanger.com.",
    addressInsecure: 'The address starts with http://, which is not encrypted.',
    addressInsecureAction: 'Use https:// instead: your API key is only ever sent over an encrypted connection.',
    addressCredentials: 'The address contains a login or password.',
    addressCredentialsAction: 'Remove the part before the “@” sign and enter only the site’s address.',
    addressSingleLabel: 'This address has no domain ending such as .com or .ru.',
    addressSingleLabelAction:
      'Enter the site’s full address as the browser’s address bar shows it, for example exchanger.com. A name without a dot only works inside a local network.',
    unauthorized: 'The site did not accept this API key.',
    unauthorizedAction:
      'Check that you copied the whole key, or create a new one in your personal cabinet → Settings → REST API.',
    forbidden: 'This API key has no access to the partner program.',
    forbiddenAction:
      'Turn on the permission “Доступ к партнерской программе” (partner program access) for this key in your personal cabinet → Settings → REST API, or ask the site’s admin to allow it.',
    notFound: 'This address is not an iEXExchanger site, or its REST API is turned off.',
    notFoundAction: 'Check the address. If it is right, ask the site’s admin to turn on REST API access for your account.',
    rateLimited: 'The site asked to slow down: too many requests.',
    rateLimitedWait: { one: 'Wait {count} minute, then try again.', other: 'Wait {count} minutes, then try again.' },
    rateLimitedWaitHours: { one: 'Wait {count} hour, then try again.', other: 'Wait {count} hours, then try again.' },
    rateLimitedLater: 'Wait a few minutes, then try again.',
    server: 'The site is having technical problems right now.',
    serverAction: 'This is on the site’s side. Try again later; if it lasts, send the request ID to the site’s support.',
    unexpectedStatus: 'The site gave an unexpected answer (HTTP {status}).',
    unexpectedStatusAction:
      'The site may be behind a protection page or under maintenance. Try again later; if it lasts, send the request ID to the site’s support.',
    redirected: 'The site sent the request on to a different address.',
    redirectedAction:
      'Open the site in your browser, copy the address exactly as the address bar shows it (for example with or without “www.”) and save it here.',
    network: 'The site does not answer.',
    networkAction: 'It may be down or blocked on this network: open it in a browser tab to check, check the address, then try again.',
    timeout: 'The site took too long to answer.',
    timeoutAction: 'It may be busy. Try again in a few minutes.',
    badResponse: 'The site answered something unexpected.',
    badResponseAction: 'Try again later. If it keeps happening, send the request ID to the site’s support.',
    badResponseBody: 'The site sent an answer too large to read (more than 4 MB).',
    badResponseRows: 'The site sent more entries on one page than were asked for.',
    badResponseValue: 'The site sent a value that is too long, too large or in the wrong form.',
    limitAction: 'Nothing was changed: the last good data is kept. If it keeps happening, send the request ID to the site’s support.',
    pageLimit: {
      one: 'The list is too long to load completely (more than {count} page).',
      other: 'The list is too long to load completely (more than {count} pages).',
    },
    pageLimitAction: 'The newest entries are shown. For the full list, export it on the site itself.',
    notApi: 'There is no iEXExchanger API at this address: the site answered with a web page.',
    notApiAction: 'Check that the address is the exchange site itself, as your browser shows it. On a public Wi-Fi that asks you to sign in, open any website and sign in first.',
    storage: 'The browser could not save the new data.',
    storageAction: 'Check that the disk is not full, then press Refresh. The data saved before is still shown.',
    internal: 'Something went wrong inside the extension.',
    internalAction:
      'This is a bug in iEX Partner, not a problem with the site or your connection. It will try again later; please report it to the extension’s authors.',
    noAnswer: 'The extension did not answer.',
    noAnswerAction: 'Close this page or window and open it again. If it keeps happening, restart the browser.',
    requestId: 'Request ID: {id}',
  },
  ru: {
    addressEmpty: 'Введите адрес сайта обменника.',
    addressEmptyAction: 'Например: exchanger.com',
    addressMalformed: 'Это не похоже на адрес сайта.',
    addressMalformedAction: 'Введите его так, как он выглядит в адресной строке браузера, без пробелов, например exchanger.com.',
    addressScheme: 'Это не адрес веб-сайта.',
    addressSchemeAction: 'Введите адрес сайта, начиная с https://, или просто его имя, например exchanger.com.',
    addressInsecure: 'Адрес начинается с http:// — такое соединение не шифруется.',
    addressInsecureAction: 'Используйте https://: API-ключ передается только по зашифрованному соединению.',
    addressCredentials: 'В адресе указаны логин или пароль.',
    addressCredentialsAction: 'Удалите часть до знака «@» и оставьте только адрес сайта.',
    addressSingleLabel: 'В адресе нет доменной зоны, например .com или .ru.',
    addressSingleLabelAction:
      'Введите полный адрес сайта, как в адресной строке браузера, например exchanger.com. Имя без точки работает только внутри локальной сети.',
    unauthorized: 'Сайт не принял этот API-ключ.',
    unauthorizedAction: 'Проверьте, что ключ скопирован целиком, или создайте новый в личном кабинете → Настройки → REST API.',
    forbidden: 'У этого API-ключа нет доступа к партнёрской программе.',
    forbiddenAction:
      'Включите для ключа разрешение «Доступ к партнерской программе» в личном кабинете → Настройки → REST API или попросите об этом администратора сайта.',
    notFound: 'По этому адресу нет сайта на iEXExchanger, или на нём отключён REST API.',
    notFoundAction: 'Проверьте адрес. Если он верный, попросите администратора сайта включить доступ к REST API для вашего аккаунта.',
    rateLimited: 'Сайт просит обращаться реже: слишком много запросов.',
    rateLimitedWait: {
      one: 'Подождите {count} минуту и попробуйте снова.',
      few: 'Подождите {count} минуты и попробуйте снова.',
      many: 'Подождите {count} минут и попробуйте снова.',
      other: 'Подождите {count} минуты и попробуйте снова.',
    },
    rateLimitedWaitHours: {
      one: 'Подождите {count} час и попробуйте снова.',
      few: 'Подождите {count} часа и попробуйте снова.',
      many: 'Подождите {count} часов и попробуйте снова.',
      other: 'Подождите {count} часа и попробуйте снова.',
    },
    rateLimitedLater: 'Подождите несколько минут и попробуйте снова.',
    server: 'На сайте сейчас технические неполадки.',
    serverAction: 'Проблема на стороне сайта. Попробуйте позже; если не пройдет, отправьте ID запроса в поддержку сайта.',
    unexpectedStatus: 'Сайт ответил неожиданно (HTTP {status}).',
    unexpectedStatusAction:
      'Возможно, сайт закрыт страницей защиты или на обслуживании. Попробуйте позже; если повторяется, отправьте ID запроса в поддержку сайта.',
    redirected: 'Сайт перенаправил запрос на другой адрес.',
    redirectedAction:
      'Откройте сайт в браузере, скопируйте адрес точно как в адресной строке (например, с «www.» или без) и сохраните его здесь.',
    network: 'Сайт не отвечает.',
    networkAction: 'Возможно, он не работает или заблокирован в этой сети: откройте его во вкладке браузера, проверьте адрес и попробуйте снова.',
    timeout: 'Сайт слишком долго не отвечает.',
    timeoutAction: 'Возможно, он перегружен. Попробуйте через несколько минут.',
    badResponse: 'Сайт прислал неожиданный ответ.',
    badResponseAction: 'Попробуйте позже. Если повторяется, отправьте ID запроса в поддержку сайта.',
    badResponseBody: 'Сайт прислал слишком большой ответ (больше 4 МБ).',
    badResponseRows: 'Сайт прислал на одной странице больше записей, чем было запрошено.',
    badResponseValue: 'Сайт прислал слишком длинное, слишком большое или неверно записанное значение.',
    limitAction: 'Ничего не изменено: последние полученные данные сохранены. Если повторяется, отправьте ID запроса в поддержку сайта.',
    pageLimit: {
      one: 'Список слишком длинный, чтобы загрузить его целиком (больше {count} страницы).',
      few: 'Список слишком длинный, чтобы загрузить его целиком (больше {count} страниц).',
      many: 'Список слишком длинный, чтобы загрузить его целиком (больше {count} страниц).',
      other: 'Список слишком длинный, чтобы загрузить его целиком (больше {count} страницы).',
    },
    pageLimitAction: 'Показаны самые новые записи. Полный список можно выгрузить на самом сайте.',
    notApi: 'По этому адресу нет API iEXExchanger: сайт ответил веб-страницей.',
    notApiAction: 'Проверьте, что это адрес самого сайта обменника, как его показывает браузер. Если вы в публичной сети Wi-Fi, где нужно войти, откройте любой сайт и войдите.',
    storage: 'Браузер не смог сохранить новые данные.',
    storageAction: 'Проверьте, что на диске есть место, и нажмите «Обновить». Ранее сохранённые данные по-прежнему показаны.',
    internal: 'Внутренняя ошибка расширения.',
    internalAction:
      'Это ошибка в iEX Partner, а не проблема сайта или подключения. Расширение попробует снова позже; пожалуйста, сообщите о ней авторам расширения.',
    noAnswer: 'Расширение не ответило.',
    noAnswerAction: 'Закройте эту страницу или окно и откройте снова. Если повторяется, перезапустите браузер.',
    requestId: 'ID запроса: {id}',
  },
});

type Key = Parameters<typeof t>[0];
export type ErrorLike = { kind: FailureKind } & Partial<Failure>;
/** The optional fields of every kind, readable without narrowing. */
type Fields = { limit?: ResponseLimit; reason?: AddressProblem; retryAfterSeconds?: number | null; status?: number | null; pages?: number };
type Text = { message: Key; action: Key; params?: Params };

const ADDRESS: Record<AddressProblem, Text> = {
  empty: { message: 'addressEmpty', action: 'addressEmptyAction' },
  malformed: { message: 'addressMalformed', action: 'addressMalformedAction' },
  scheme: { message: 'addressScheme', action: 'addressSchemeAction' },
  insecure: { message: 'addressInsecure', action: 'addressInsecureAction' },
  credentials: { message: 'addressCredentials', action: 'addressCredentialsAction' },
  singleLabel: { message: 'addressSingleLabel', action: 'addressSingleLabelAction' },
};

/** The wait as the partner reads it: whole minutes (rounded up) up to an hour, then whole hours (rounded up). */
function waitText(seconds: number): Text {
  if (seconds <= 3600) {
    return { message: 'rateLimited', action: 'rateLimitedWait', params: { count: Math.max(1, Math.ceil(seconds / 60)) } };
  }
  return { message: 'rateLimited', action: 'rateLimitedWaitHours', params: { count: Math.ceil(seconds / 3600) } };
}

const LIMIT_TEXT: Record<ResponseLimit, Key> = { body: 'badResponseBody', rows: 'badResponseRows', value: 'badResponseValue' };

const BY_KIND: { [K in FailureKind]: (error: Fields) => Text } = {
  invalidAddress: ({ reason }) => ADDRESS[reason ?? 'malformed'],
  unauthorized: () => ({ message: 'unauthorized', action: 'unauthorizedAction' }),
  forbidden: () => ({ message: 'forbidden', action: 'forbiddenAction' }),
  notFound: () => ({ message: 'notFound', action: 'notFoundAction' }),
  rateLimited: ({ retryAfterSeconds }) =>
    retryAfterSeconds == null ? { message: 'rateLimited', action: 'rateLimitedLater' } : waitText(retryAfterSeconds),
  server: () => ({ message: 'server', action: 'serverAction' }),
  unexpectedStatus: ({ status }) => ({
    message: 'unexpectedStatus',
    action: 'unexpectedStatusAction',
    params: { status: status ?? '—' },
  }),
  redirected: () => ({ message: 'redirected', action: 'redirectedAction' }),
  network: () => ({ message: 'network', action: 'networkAction' }),
  timeout: () => ({ message: 'timeout', action: 'timeoutAction' }),
  badResponse: ({ limit }) => (limit ? { message: LIMIT_TEXT[limit], action: 'limitAction' } : { message: 'badResponse', action: 'badResponseAction' }),
  pageLimit: ({ pages }) => ({ message: 'pageLimit', action: 'pageLimitAction', params: { count: pages ?? 0 } }),
  internal: () => ({ message: 'internal', action: 'internalAction' }),
  noAnswer: () => ({ message: 'noAnswer', action: 'noAnswerAction' }),
  storage: () => ({ message: 'storage', action: 'storageAction' }),
  notApi: () => ({ message: 'notApi', action: 'notApiAction' }),
};

/** The message and next step for an error, in the current language. */
export function errorText(error: ErrorLike): { message: string; action: string } {
  const text = BY_KIND[error.kind](error as Fields);
  return { message: t(text.message, text.params), action: t(text.action, text.params) };
}

/** "Request ID: abc" / "ID запроса: abc" (what the site's support asks for); '' when there is none. */
export function requestIdText(requestId: string | null | undefined): string {
  return requestId ? t('requestId', { id: requestId }) : '';
}
