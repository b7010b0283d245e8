/** CSV cells (entrypoints/popup/export/csv.ts): the formula guard, quoting, numbers, dates and order ids. */
import { describe, expect, it } from 'vitest';
import {
  WORD_JOINER, cellText, csvDate, csvDates, numberCell, plainNumber, textCell,
} from '../../../../entrypoints/popup/export/csv';

describe('CSV cells', () => {
  it('guards text that a spreadsheet would run as a formula', () => {
    expect(textCell('=HYPERLINK("http://x","y")', ',')).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
    expect(textCell('-1+2', ',')).toBe("'-1+2");
    expect(textCell('@SUM(A1)', ',')).toBe("'@SUM(A1)");
    expect(textCell('+7', ',')).toBe("'+7");
    expect(textCell('\tx', ',')).toBe("'\tx");
    expect(textCell('\rx', ',')).toBe('"\'\rx"');
    expect(textCell('a=b', ',')).toBe('a=b');
  });

  it.each([
    ['LF at the start', '\nx', '"\'\nx"'],
    ['CR at the start, no formula', '\rhello', '"\'\rhello"'],
    ['tab at the start, no formula', '\thello', "'\thello"],
    ['a space before =', ' =1+1', "' =1+1"],
    ['spaces and tabs before +', '  \t+1', "'  \t+1"],
    ['NBSP before -', '\u00A0-1', "'\u00A0-1"],
    ['ideographic space before @', '\u3000@SUM(A1)', "'\u3000@SUM(A1)"],
    ['zero-width space before =', '\u200B=1+1', "'\u200B=1+1"],
    ['zero-width joiner before =', '\u200D=1', "'\u200D=1"],
    ['word joiner before =', '\u2060=1', "'\u2060=1"],
    ['BOM before =', '\uFEFF=1', "'\uFEFF=1"],
    ['a right-to-left mark before =', '\u200F=1', "'\u200F=1"],
    ['a control (NUL) before =', '\u0000=1', "'\u0000=1"],
    ['a vertical tab before =', '\u000B=1', "'\u000B=1"],
    ['full-width ＝', '＝1+1', "'＝1+1"],
    ['full-width ＋', '＋1', "'＋1"],
    ['full-width －', '－1', "'－1"],
    ['full-width ＠', '＠SUM(A1)', "'＠SUM(A1)"],
    ['a space before full-width ＝', ' ＝1', "' ＝1"],
  ])('guards %s', (_name, value, expected) => {
    expect(textCell(value, ';')).toBe(expected);
  });

  it.each([
    ['plain text', 'Сбербанк RUB'],
    ['a space before a letter', ' rub'],
    ['a zero-width space before a letter', '\u200Brub'],
    ['= later in the text', 'a =b'],
    ['a dash later in the text', 'ab-1'],
    ['a digit first', '1713350854300'],
  ])('leaves %s alone', (_name, value) => {
    expect(textCell(value, ';')).toBe(value);
  });

  it('keeps a negative amount a number (numeric columns are not guarded)', () => {
    expect(numberCell(-95.18, ',')).toBe('-95.18');
    expect(numberCell('-1190.36', ',')).toBe('-1190.36');
  });

  it('quotes only what needs quoting, for the chosen separator', () => {
    expect(textCell('a,b', ',')).toBe('"a,b"');
    expect(textCell('a,b', ';')).toBe('a,b');
    expect(textCell('a;b', ';')).toBe('"a;b"');
    expect(textCell('say "hi"', ';')).toBe('"say ""hi"""');
    expect(textCell('two\nlines', ';')).toBe('"two\nlines"');
    expect(textCell('', ',')).toBe('');
  });

  it('writes an amount of whole cents exactly as String does (its fast path), whatever the size or sign', () => {
    let state = 12345;
    const random = () => (state = (state * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
    const values = [0, -0, 0.01, -0.01, 0.1, 0.29, 1.005, 95.18, 1e12 - 0.01, -(1e12 - 0.01), 1e12, 999_999_999_999.99, 2 ** 53, 0.1 + 0.2];
    for (let k = -20_000; k <= 20_000; k++) values.push(k / 100);
    for (let i = 0; i < 50_000; i++) {
      const scale = 10 ** Math.floor(random() * 15);
      values.push(Math.round((random() - 0.5) * scale) / 100, (random() - 0.5) * scale, Math.round(random() * scale));
    }
    for (const n of values) {
      if (String(n).includes('e')) continue; // exponents: the general path below writes them out
      expect(plainNumber(n), String(n)).toBe(String(n));
      // With `;` the same digits, a decimal comma (the fast path writes it directly).
      expect(numberCell(n, ';'), String(n)).toBe(String(n).replace('.', ','));
      expect(numberCell(n, ','), String(n)).toBe(String(n));
    }
  });

  it('writes numbers plainly with a dot, never as exponents, and keeps negative amounts numeric', () => {
    expect(plainNumber(190.36000061035)).toBe('190.36000061035');
    expect(plainNumber(1e-7)).toBe('0.0000001');
    expect(plainNumber(-2.5e-8)).toBe('-0.000000025');
    expect(plainNumber(1.5e21)).toBe('1500000000000000000000');
    expect(plainNumber(Number.NaN)).toBe('');
    expect(numberCell(-0.5, ',')).toBe('-0.5');
    expect(numberCell('-12.30', ',')).toBe('-12.30');
    expect(numberCell('=1+1', ',')).toBe("'=1+1");
  });

  it('writes dates as local "YYYY-MM-DD HH:MM" (a date to LibreOffice in ru-RU and en-US), empty when unknown', () => {
    const tz = process.env.TZ;
    try {
      process.env.TZ = 'Europe/Moscow';
      expect(csvDate(Date.UTC(2026, 10, 24, 6, 42, 59))).toBe('2026-11-24 09:42');
      process.env.TZ = 'America/St_Johns'; // -03:30 in November
      expect(cellText('date', Date.UTC(2026, 10, 24, 6, 42, 5), ';')).toBe('2026-11-24 03:12');
    } finally {
      process.env.TZ = tz;
    }
    expect(cellText('date', null, ',')).toBe('');
  });

  it('the per-file date writer gives csvDate\'s text for every minute, across clock changes and skipped midnights', () => {
    const tz = process.env.TZ;
    // Berlin and New York change their clocks at night, Santiago at midnight (00:00 does not exist), Lord Howe by 30 minutes.
    const spans: [string, number][] = [
      ['Europe/Berlin', Date.UTC(2026, 2, 28)], ['Europe/Berlin', Date.UTC(2026, 9, 24)], ['America/New_York', Date.UTC(2026, 2, 7)],
      ['America/Santiago', Date.UTC(2026, 8, 5)], ['America/Santiago', Date.UTC(2026, 3, 4)], ['Australia/Lord_Howe', Date.UTC(2026, 3, 4)],
      ['Europe/Moscow', Date.UTC(2026, 10, 24)],
    ];
    try {
      for (const [zone, from] of spans) {
        process.env.TZ = zone;
        const date = csvDates();
        // Three days minute by minute, ascending (as an export goes), then a few back in time and again.
        const times = [...Array.from({ length: 3 * 1440 }, (_, i) => from + i * 60_000 + 17_000), from + 5_000, from - 86_400_000, from + 3_600_000];
        for (const at of times) expect(date(at), `${zone} ${new Date(at).toISOString()}`).toBe(csvDate(at));
      }
    } finally {
      process.env.TZ = tz;
    }
  });

  it('writes amounts with "," decimals when the separator is ";", "." otherwise', () => {
    expect(numberCell('1190.36', ';')).toBe('1190,36');
    expect(numberCell(-0.5, ';')).toBe('-0,5');
    expect(numberCell(12, ';')).toBe('12');
    expect(numberCell('1190.36', ',')).toBe('1190.36');
    expect(numberCell('1,5', ';')).toBe('1,5'); // not a decimal the API writes: kept as text (quoted only with ",")
    expect(numberCell('1,5', ',')).toBe('"1,5"');
  });

  it('keeps order ids text behind an invisible word joiner, so every digit stays', () => {
    expect(cellText('id', '000123', ',')).toBe(`${WORD_JOINER}000123`);
    expect(cellText('id', '12345678901234567890', ';')).toBe(`${WORD_JOINER}12345678901234567890`);
    // The guard sees through the joiner.
    expect(cellText('id', '=1+1', ',')).toBe(`'${WORD_JOINER}=1+1`);
  });
});
