/**
 * `npm run mock`: starts the mock partner API, prints where it listens, the
 * test keys and ready-to-paste curl commands, and stops cleanly on Ctrl-C /
 * SIGTERM. Flags and environment: see cli-args.ts or `npm run mock -- --help`.
 */
import { MOCK_LAYOUTS } from './api';
import { HELP, parseCli } from './cli-args';
import { MOCK_KEYS, describeKey, type MockKeyName } from './keys';
import { startMockServer, type MockOptions, type MockServer } from './server';

function banner(server: MockServer, options: MockOptions): string {
  const paths = MOCK_LAYOUTS[options.layout ?? 'v2'];
  const curl = (path: string) =>
    `  curl -H "Authorization: Bearer ${MOCK_KEYS.full}" -H "Accept: application/json" '${server.url}${path}'`;
  const keys = (Object.keys(MOCK_KEYS) as MockKeyName[]).map((name) => `  ${name.padEnd(8)} ${MOCK_KEYS[name]}   ${describeKey(name)}`);
  return [
    `Mock partner API listening on ${server.url}`,
    `  layout ${options.layout}, locale ${options.locale}, seed ${options.seed ?? 1}, ` +
      `${options.exchanges ?? 5} exchanges, ${options.withdrawals ?? 45} payouts` +
      `${options.extraKeys ? ', extra keys' : ''}${options.liveEveryMs ? `, a new exchange every ${options.liveEveryMs} ms` : ''}`,
    '',
    'Test API keys (paste into the extension\'s settings; the address is the one above):',
    ...keys,
    '',
    'Try it:',
    curl(paths.summary),
    curl(`${paths.exchanges}?page=1&per_page=20`),
    curl(paths.withdrawals),
    '  (Cyrillic comes back as \\u0434… escapes, as Laravel sends it; append | python3 -m json.tool --no-ensure-ascii to read it)',
    '',
    `Control API: ${server.url}/__mock/state (see npm run mock -- --help). Press Ctrl-C to stop.`,
  ].join('\n');
}

async function main(): Promise<void> {
  const parsed = parseCli(process.argv.slice(2), process.env);
  if (parsed.kind === 'help') {
    process.stdout.write(HELP);
    return;
  }
  if (parsed.kind === 'error') {
    console.error(`${parsed.message}\nRun "npm run mock -- --help" for the options.`);
    process.exitCode = 2;
    return;
  }
  const { options } = parsed;
  let server: MockServer;
  try {
    server = await startMockServer(options);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'EADDRINUSE'
      ? `Port ${options.port} is already in use. Stop the other server or choose another port: npm run mock -- --port ${options.port + 1}`
      : `Could not start the mock server: ${error instanceof Error ? error.message : String(error)}`;
    console.error(why);
    process.exitCode = 1;
    return;
  }
  console.log(banner(server, options));
  const stop = (signal: string) => {
    console.log(`\n${signal}: stopping the mock server…`);
    server.close().then(() => console.log('Stopped.'));
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}

void main();
