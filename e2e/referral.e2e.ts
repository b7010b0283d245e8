/**
 * The referral kit (issue 17 part 7) in real Chromium: the partner pastes a referral link in the
 * options page (a link to another site is refused with its reason and not saved), the popup offers
 * "Copy link" (the clipboard then holds the link), draws the QR code, which a real decoder (jsQR)
 * reads back as the pasted link, both from the popup's canvas and from the downloaded PNG.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import jsQR from 'jsqr';
import type { Page } from 'playwright-core';
import { inLocale, useHarness, type Harness } from './harness';
import { tOptionsReferral } from '../entrypoints/options/texts-referral';
import { tReferral } from '../entrypoints/popup/texts-referral';
import { tPopup } from '../entrypoints/popup/texts';
import { tReferralProblem } from '../utils/i18n/referral';

const start = useHarness();

/** An RGBA picture as a page hands it over: its bytes in base64 (an array of a million numbers is slow to pass). */
interface Picture { width: number; height: number; rgba: string }

/** Decodes the QR code in a picture; null when there is none. */
const decode = ({ width, height, rgba }: Picture) => jsQR(new Uint8ClampedArray(Buffer.from(rgba, 'base64')), width, height)?.data ?? null;

/** Runs in the page: a canvas's pixels as a Picture. */
function canvasPicture(canvas: HTMLCanvasElement): Picture {
  const { width, height, data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
  let binary = '';
  for (let at = 0; at < data.length; at += 0x8000) binary += String.fromCharCode(...data.subarray(at, at + 0x8000));
  return { width, height, rgba: btoa(binary) };
}

/** The pixels of an image (a PNG file's bytes) as the page's canvas sees them. */
async function pngPixels(page: Page, png: Buffer): Promise<Picture> {
  await page.evaluate(`window.canvasPicture = ${canvasPicture.toString()}`);
  return page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.naturalWidth;
    canvas.height = image.naturalHeight;
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    return (window as unknown as { canvasPicture: typeof canvasPicture }).canvasPicture(canvas);
  }, png.toString('base64'));
}

/**
 * What the clipboard holds, read the way a user would: pasted (Ctrl+V) into a scratch text field.
 * (clipboard-read cannot be granted to an extension's origin from outside, and the popup needs no such permission.)
 */
async function pasted(page: Page): Promise<string> {
  await page.evaluate(() => {
    const field = document.createElement('textarea');
    field.id = 'e2e-paste';
    document.body.append(field);
    field.focus();
  });
  await page.keyboard.press('ControlOrMeta+V');
  return page.evaluate(() => {
    const field = document.getElementById('e2e-paste') as HTMLTextAreaElement;
    field.remove();
    return field.value;
  });
}

async function pasteLink(h: Harness, options: Page, link: string) {
  const t = (key: Parameters<typeof tOptionsReferral>[0]) => inLocale(h.lang, () => tOptionsReferral(key));
  await options.getByLabel(t('referralLabel'), { exact: true }).fill(link);
  await options.getByRole('button', { name: t('referralSave'), exact: true }).click();
}

describe('referral kit', () => {
  it('paste the link, copy it from the popup, its QR code (canvas and PNG) decodes to the link', async () => {
    const h = await start();
    const { options, accountId } = await h.connectAndSync();
    const code = (await h.cache(accountId))?.summary?.referralHash;
    expect(code).toBeTruthy();
    const text = <K extends Parameters<typeof tReferral>[0]>(key: K) => inLocale(h.lang, () => tReferral(key));

    // Another site: refused, with its reason, and nothing saved.
    await pasteLink(h, options, `https://evil.example/?ref=${code}`);
    const host = new URL(h.mock.url).host;
    await options.getByText(inLocale(h.lang, () => tReferralProblem('otherSite', { host }))).waitFor();
    const prefs = () => h.sw.evaluate(async (key) => (await chrome.storage.local.get(key))[key] ?? null, `prefs:${accountId}`);
    expect(await prefs()).toBeNull();

    // The site's own link with the code: saved.
    const link = `${h.mock.url}/partners/?ref=${code}&utm_source=qr`;
    await pasteLink(h, options, link);
    await options.getByText(inLocale(h.lang, () => tOptionsReferral('referralSaved'))).waitFor();
    expect(await prefs()).toMatchObject({ referralLink: link });

    const popup = await h.openPopup();
    const copy = popup.getByRole('button', { name: text('copyLinkName'), exact: true });
    await copy.click();
    await expect.poll(() => copy.innerText()).toBe(inLocale(h.lang, () => tPopup('copied')));
    expect(await pasted(popup)).toBe(link);

    // The QR code: drawn on demand, beside the link as text; decoded from the canvas's pixels.
    await popup.getByRole('button', { name: text('showQr'), exact: true }).click();
    const canvas = popup.getByRole('img', { name: inLocale(h.lang, () => tReferral('qrName', { link })) });
    await canvas.waitFor();
    await expect.poll(() => canvas.evaluate((c: HTMLCanvasElement) => c.width)).toBeGreaterThan(0);
    const shown = await canvas.evaluate(canvasPicture);
    expect(decode(shown)).toBe(link);
    expect(await popup.locator('.qr-text').innerText()).toBe(link);
    // It fits the popup's width.
    const box = await canvas.boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(380);

    // "Download PNG": a real download, a PNG that decodes to the link too.
    const [download] = await Promise.all([
      popup.waitForEvent('download', { timeout: 30_000 }),
      popup.getByRole('button', { name: text('downloadPng'), exact: true }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('127.0.0.1-referral-qr.png');
    const png = await readFile(await download.path());
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const saved = await pngPixels(popup, png);
    expect(saved.width).toBeGreaterThan(shown.width);
    expect(decode(saved)).toBe(link);
  });

  it('the popup hides a saved link that no longer carries the code, and says why', async () => {
    const h = await start({ lang: 'ru' });
    const { accountId } = await h.connectAndSync();
    // As if the site had changed the partner's code since the link was pasted.
    await h.sw.evaluate(async (key) => chrome.storage.local.set({ [key]: { minWithdrawal: null, monthlyGoal: null, referralLink: 'http://127.0.0.1/?ref=old' } }), `prefs:${accountId}`);
    const popup = await h.openPopup();
    const code = (await h.cache(accountId))!.summary!.referralHash!;
    const origin = (await h.accounts())[0]!.origin;
    await popup.getByText(inLocale(h.lang, () => tReferralProblem('codeMissing', { code, host: new URL(origin).host }))).waitFor();
    expect(await popup.getByRole('button', { name: inLocale(h.lang, () => tReferral('copyLinkName')) }).count()).toBe(0);
  });
});

declare const chrome: typeof import('@wxt-dev/browser').Browser;
