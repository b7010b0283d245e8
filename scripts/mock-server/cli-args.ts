/**
 * Command-line flags and MOCK_* environment variables of `npm run mock`,
 * parsed into MockOptions (flags win over the environment). node:util's
 * parseArgs does the splitting; the value checks are ours.
 */
import { parseArgs } from 'node:util';
import { FAULT_TABLE, type FaultMode } from './faults';
import type { MockOptions } from './server';
import { systemLocale } from './system-locale';

export const DEFAULT_CLI_PORT = 8787;

export const HELP = `Mock iEXExchanger partner API (for development, tests and the demo).

Usage: npm run mock -- [options]        (or: npx tsx scripts/mock-server/cli.ts [options])

Options (environment variable in brackets):
  --port <n>          port to listen on, 0 = any free port     [MOCK_PORT]         default 8787
  --host <addr>       address to bind                          [MOCK_HOST]         default 127.0.0.1
  --layout <name>     v2 (/api/v2/...) or v3private (/api/v3/private/...)
                                                               [MOCK_LAYOUT]       default v2
  --locale <ru|en>    language of the date texts               [MOCK_LOCALE]       default: the system's (LANG)
  --exchanges <n>     seeded referral exchanges                [MOCK_EXCHANGES]    default 5
  --withdrawals <n>   seeded payouts (mixed paid/unpaid)       [MOCK_WITHDRAWALS]  default 45
  --seed <n>          data seed: same seed, same data          [MOCK_SEED]         default 1
  --extra             add the extra keys newer installs send   [MOCK_EXTRA=1]
  --live <ms>         add one new referral exchange every <ms> [MOCK_LIVE]
  --quiet             do not print one line per API request    [MOCK_QUIET=1]
  -h, --help          show this help

Control API (for tests): GET /__mock/state, POST /__mock/exchanges, POST /__mock/payouts,
POST /__mock/payouts/<id>/pay, POST|DELETE /__mock/faults, GET|DELETE /__mock/requests, POST /__mock/reset.
Details: scripts/mock-server/control.ts.

Fault modes (POST /__mock/faults {"mode":"<mode>","count":1,"path":"exchanges", ...options}):
${(['connection', 'proxy', 'body', 'delivery'] as const)
  .flatMap((stage) => (Object.keys(FAULT_TABLE) as FaultMode[]).filter((mode) => FAULT_TABLE[mode].stage === stage))
  .map((mode) => `  ${mode.padEnd(13)} ${FAULT_TABLE[mode].stage.padEnd(11)} ${FAULT_TABLE[mode].what}`)
  .join('\n')}
`;

export type CliParse = { kind: 'help' } | { kind: 'error'; message: string } | { kind: 'run'; options: MockOptions & { port: number } };

const FLAGS = {
  port: { type: 'string', short: 'p' },
  host: { type: 'string' },
  layout: { type: 'string' },
  locale: { type: 'string' },
  exchanges: { type: 'string' },
  withdrawals: { type: 'string' },
  seed: { type: 'string' },
  extra: { type: 'boolean' },
  live: { type: 'string' },
  quiet: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

const wholeNumber = (name: string, text: string, min: number, max = Number.MAX_SAFE_INTEGER): number => {
  const n = Number(text);
  if (!/^\d+$/.test(text.trim()) || n < min || n > max) throw new Error(`--${name} must be a whole number from ${min} to ${max}, got "${text}"`);
  return n;
};

const truthy = (text: string | undefined) => text !== undefined && /^(1|true|yes|on)$/i.test(text.trim());

export function parseCli(argv: string[], env: Record<string, string | undefined>): CliParse {
  try {
    const { values } = parseArgs({ args: argv, options: FLAGS, allowPositionals: false, strict: true });
    if (values.help) return { kind: 'help' };
    const pick = (flag: keyof typeof FLAGS, envName: string) => (values[flag] as string | undefined) ?? env[envName];
    const port = pick('port', 'MOCK_PORT');
    const layout = pick('layout', 'MOCK_LAYOUT') ?? 'v2';
    if (layout !== 'v2' && layout !== 'v3private') throw new Error(`--layout must be v2 or v3private, got "${layout}"`);
    const locale = pick('locale', 'MOCK_LOCALE') ?? systemLocale(env);
    if (locale !== 'ru' && locale !== 'en') throw new Error(`--locale must be ru or en, got "${locale}"`);
    const exchanges = pick('exchanges', 'MOCK_EXCHANGES');
    const withdrawals = pick('withdrawals', 'MOCK_WITHDRAWALS');
    const seed = pick('seed', 'MOCK_SEED');
    const live = pick('live', 'MOCK_LIVE');
    return {
      kind: 'run',
      options: {
        port: port === undefined ? DEFAULT_CLI_PORT : wholeNumber('port', port, 0, 65_535),
        host: pick('host', 'MOCK_HOST') ?? '127.0.0.1',
        layout,
        locale,
        exchanges: exchanges === undefined ? undefined : wholeNumber('exchanges', exchanges, 0),
        withdrawals: withdrawals === undefined ? undefined : wholeNumber('withdrawals', withdrawals, 0),
        seed: seed === undefined ? undefined : wholeNumber('seed', seed, 0),
        extraKeys: values.extra ?? truthy(env.MOCK_EXTRA),
        liveEveryMs: live === undefined ? undefined : wholeNumber('live', live, 1),
        quiet: values.quiet ?? truthy(env.MOCK_QUIET),
      },
    };
  } catch (error) {
    return { kind: 'error', message: error instanceof Error ? error.message : String(error) };
  }
}
