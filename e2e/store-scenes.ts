/**
 * The store pictures' surroundings, as plain HTML rendered by the test browser: a neutral browser
 * window (tab, address bar, the extension's toolbar button with its badge) around real
 * screenshots of the extension, a caption in the store's language, and the 440×280 promo tile.
 * No iEXExchanger branding anywhere: the extension is unofficial and says so.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../scripts/chromium';

export type StoreLang = 'en' | 'ru';

export const TEXTS = {
  en: {
    popupTitle: 'Your partner balance at a glance',
    popupPoints: ['The badge counts new referral bonuses', 'A notification when a bonus arrives or a payout is paid', 'The whole history as a CSV file in one click'],
    optionsTitle: 'iEX Partner settings',
    tileTagline: 'Partner balance and referral bonuses in your toolbar',
    unofficial: 'Unofficial · not affiliated with iEXExchanger',
  },
  ru: {
    popupTitle: 'Партнёрский баланс всегда на виду',
    popupPoints: ['Значок считает новые реферальные бонусы', 'Уведомление о бонусе и о выплаченной заявке', 'Вся история в CSV одним нажатием'],
    optionsTitle: 'Настройки iEX Partner',
    tileTagline: 'Партнёрский баланс и реферальные бонусы на панели браузера',
    unofficial: 'Неофициальное · не связано с iEXExchanger',
  },
} as const;

const dataUrl = (png: Buffer) => `data:image/png;base64,${png.toString('base64')}`;
const icon = () => dataUrl(readFileSync(path.join(ROOT, 'public/icon/128.png')));
const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const FONT = `font-family: system-ui, 'DejaVu Sans', sans-serif;`;

/** A browser window 1280×800: tab strip and toolbar (72 px), then `content` below. */
function windowFrame(tabTitle: string, address: string, badge: string, content: string): string {
  return `<!doctype html><html><head><meta charset="utf-8"><style>
  * { box-sizing: border-box; } body { margin: 0; width: 1280px; height: 800px; overflow: hidden; ${FONT} background: #f1f3f6; }
  .tabs { height: 34px; background: #dfe3e8; display: flex; align-items: flex-end; padding-left: 12px; }
  .tab { height: 28px; width: 240px; background: #fff; border-radius: 8px 8px 0 0; font-size: 12px; padding: 7px 12px; color: #222; }
  .bar { height: 38px; background: #fff; display: flex; align-items: center; gap: 10px; padding: 0 12px; border-bottom: 1px solid #d5d9df; }
  .address { flex: 1; height: 26px; border-radius: 13px; background: #f1f3f6; font-size: 13px; color: #555; padding: 5px 14px; }
  .ext { position: relative; width: 28px; height: 28px; display: grid; place-items: center; border-radius: 6px; background: #e6f4f2; }
  .ext img { width: 20px; height: 20px; }
  .badge { position: absolute; right: -4px; bottom: -3px; background: #0f766e; color: #fff; font-size: 10px; font-weight: 700; border-radius: 7px; padding: 1px 4px; }
  .content { position: relative; height: 728px; }
  </style></head><body>
  <div class="tabs"><div class="tab">${escape(tabTitle)}</div></div>
  <div class="bar"><div class="address">${escape(address)}</div>
    <div class="ext"><img src="${icon()}" alt="">${badge ? `<span class="badge">${escape(badge)}</span>` : ''}</div></div>
  <div class="content">${content}</div></body></html>`;
}

/** The popup open under its toolbar button, with a caption on the left. */
export function popupScene(lang: StoreLang, popupPng: Buffer, badge: string): string {
  const t = TEXTS[lang];
  const caption = `<div style="position:absolute; left:96px; top:150px; width:560px; color:#14181f">
    <h1 style="font-size:40px; line-height:1.15; margin:0 0 28px">${escape(t.popupTitle)}</h1>
    <ul style="font-size:21px; line-height:1.5; padding-left:24px; margin:0 0 36px">${t.popupPoints.map((p) => `<li>${escape(p)}</li>`).join('')}</ul>
    <p style="font-size:15px; color:#5b6472; margin:0">${escape(t.unofficial)}</p></div>`;
  const popup = `<img src="${dataUrl(popupPng)}" alt="" style="position:absolute; right:8px; top:4px; width:380px;
    border-radius:8px; box-shadow: 0 8px 28px rgba(0,0,0,.25), 0 0 0 1px rgba(0,0,0,.08)">`;
  return windowFrame('iEX Partner', lang === 'ru' ? 'Новая вкладка' : 'New tab', badge, caption + popup);
}

/** The options page filling the window's content area. */
export function optionsScene(lang: StoreLang, optionsPng: Buffer): string {
  const content = `<img src="${dataUrl(optionsPng)}" alt="" style="display:block; width:1280px; height:728px">`;
  return windowFrame(TEXTS[lang].optionsTitle, 'iEX Partner › options.html', '', content);
}

/** The small promo tile, 440×280. */
export function tileScene(lang: StoreLang): string {
  const t = TEXTS[lang];
  return `<!doctype html><html><head><meta charset="utf-8"></head><body style="margin:0; width:440px; height:280px; overflow:hidden; ${FONT}
    background: linear-gradient(135deg, #0d9488, #115e59); color:#fff; display:flex; align-items:center; gap:22px; padding:0 30px; box-sizing:border-box">
    <img src="${icon()}" alt="" style="width:112px; height:112px; flex:none">
    <div><div style="font-size:34px; font-weight:700; margin-bottom:10px">iEX Partner</div>
    <div style="font-size:18px; line-height:1.3; margin-bottom:14px">${escape(t.tileTagline)}</div>
    <div style="font-size:12px; opacity:.85">${escape(t.unofficial)}</div></div></body></html>`;
}
