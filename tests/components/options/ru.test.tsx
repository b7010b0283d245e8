// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { OptionsPage } from '../../../components/options/OptionsPage';
import { setLocale } from '../../../utils/i18n';
import { KEY, failure, fakeExtension, paragraph, plain } from './fakes';

describe('options page in Russian', () => {
  it('labels, help and the connection preview are Russian', async () => {
    setLocale('ru');
    fakeExtension();
    render(<OptionsPage />);
    fireEvent.input(await screen.findByLabelText('Адрес сайта'), { target: { value: 'exchanger.com' } });
    fireEvent.input(screen.getByLabelText('API-ключ'), { target: { value: KEY } });
    expect(screen.getByLabelText('Название (необязательно)')).toBeTruthy();
    expect(screen.getByText(/личный кабинет → Настройки → вкладку «REST API»/)).toBeTruthy();
    expect(screen.getByText(/создайте ключ с разрешением «Доступ к партнерской программе»/)).toBeTruthy();
    expect(screen.getByLabelText('Интервал обновления, минут')).toBeTruthy();
    expect(screen.getByText(/Точка с запятой \(;\) — для Excel и LibreOffice на русском/)).toBeTruthy();
    // Nothing chosen yet: the Russian UI defaults to the separator Russian spreadsheets read.
    expect((screen.getByLabelText('Точка с запятой (;)') as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Подключить' }));
    await screen.findByText('Подключено: exchanger.com.');
    expect(plain(document.getElementById('connect-outcome')!.textContent)).toContain('Баланс 1 190,36 ₽ · 2 реферала · 0,5 %');
    expect(await screen.findByText(paragraph('exchanger.com · Ключ ••••wxyz'))).toBeTruthy();
  });

  it('errors and the refused permission are Russian', async () => {
    setLocale('ru');
    fakeExtension({ test: () => failure({ kind: 'timeout' }) });
    render(<OptionsPage />);
    fireEvent.input(await screen.findByLabelText('Адрес сайта'), { target: { value: 'exchanger.com' } });
    fireEvent.input(screen.getByLabelText('API-ключ'), { target: { value: KEY } });
    fireEvent.click(screen.getByRole('button', { name: 'Подключить' }));
    await screen.findByText('Ничего не сохранено.');
    expect(screen.getByText(/Сайт слишком долго не отвечает/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Всё равно сохранить' })).toBeTruthy();
    fireEvent.input(screen.getByLabelText('Адрес сайта'), { target: { value: 'http://exchanger.com' } });
    fireEvent.click(screen.getByRole('button', { name: 'Подключить' }));
    await waitFor(() => expect(screen.getByLabelText('Адрес сайта').getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByText(/Адрес начинается с http:\/\//)).toBeTruthy();
  });

  it('a refused permission is explained in Russian', async () => {
    setLocale('ru');
    fakeExtension({ grant: false });
    render(<OptionsPage />);
    fireEvent.input(await screen.findByLabelText('Адрес сайта'), { target: { value: 'exchanger.com' } });
    fireEvent.input(screen.getByLabelText('API-ключ'), { target: { value: KEY } });
    fireEvent.click(screen.getByRole('button', { name: 'Подключить' }));
    expect(await screen.findByText(
      'Без доступа к exchanger.com расширение не может получить баланс. Нажмите «Подключить» ещё раз и выберите «Разрешить».',
    )).toBeTruthy();
  });
});
