/**
 * Injected failures for the next N API requests (optionally only those whose
 * path contains a substring). Every mode is a row of FAULT_TABLE: the stage
 * where it acts, the routes that take it, what it does (the "what" column is
 * the text `npm run mock -- --help` prints). The stages, in request order:
 *   connection  acts on the socket before any answer (hang, refused, slow)
 *   proxy       answers instead of the app, before routing and the key check
 *   body        changes the app's successful (200) answer
 *   delivery    changes how the answer's bytes travel (drip)
 * A request on a route a mode does not apply to leaves that fault queued.
 * Parsing POST /__mock/faults bodies is in fault-params.ts; the replies are
 * in fault-replies.ts (proxy), fault-bodies.ts (body) and fault-streams.ts.
 */
export type RouteName = 'summary' | 'exchanges' | 'withdrawals';
export type FaultStage = 'connection' | 'proxy' | 'body' | 'delivery';

const LISTS: RouteName[] = ['exchanges', 'withdrawals'];

interface ModeRow {
  stage: FaultStage;
  routes?: RouteName[]; // default: every request (body stage: every known route)
  what: string;
}

export const FAULT_TABLE = {
  hang: { stage: 'connection', what: 'never answers (until the client gives up)' },
  refused: { stage: 'connection', what: 'closes the socket without a byte (closest to a refused connection one server can do)' },
  slow: { stage: 'connection', what: 'answers normally after delayMs (default 2000)' },
  '401': { stage: 'proxy', what: '401 {"message":"Unauthenticated."} (key revoked mid-session)' },
  '403': { stage: 'proxy', what: '403 JSON with missing_ability "partner"' },
  '404': { stage: 'proxy', what: '404 {"code":-1,"message":"Not Found"} (the other API layout)' },
  '429': { stage: 'proxy', what: '429 with Retry-After: retryAfter (default 60) and X-RateLimit-*' },
  '429huge': { stage: 'proxy', what: '429 with Retry-After: 99999999999 (or retryAfter)' },
  '500': { stage: 'proxy', what: '500 {"message":"Server Error"}' },
  '502html': { stage: 'proxy', what: "nginx's 502 HTML page" },
  '503html': { stage: 'proxy', what: 'a 503 maintenance HTML page (Retry-After: retryAfter if given)' },
  html200: { stage: 'proxy', what: 'a captive portal: 200 text/html login page' },
  redirect: { stage: 'proxy', what: '302 to the same path on another origin (`to`, default http://elsewhere.invalid)' },
  badJson: { stage: 'body', what: 'the 200 body cut at 60 % (truncated JSON)' },
  drift: { stage: 'body', what: 'the 200 body without balance / amount / charged_amount' },
  wrongType: { stage: 'body', what: 'the 200 JSON body labelled contentType (default text/plain; charset=UTF-8)' },
  hugeBody: { stage: 'body', what: 'the 200 body with one string `bytes` long (default 200 MiB), streamed; contentLength: true sends its length' },
  gzipHugeBody: { stage: 'body', what: 'hugeBody gzip-compressed on the fly (Content-Encoding: gzip, ~1/1000 on the wire)' },
  giantPage: { stage: 'body', routes: LISTS, what: 'a list page of `rows` rows (default 10000) whatever per_page asked' },
  endless: { stage: 'body', routes: LISTS, what: 'every page full, with links.next, ids never repeating (give a large count)' },
  hugeId: { stage: 'body', routes: LISTS, what: 'the first row of the page has id `id` (default 9007199254740991 = 2^53-1)' },
  emptyPayouts: { stage: 'body', routes: ['withdrawals'], what: '200 with data: [] for the payouts list' },
  foreignNext: { stage: 'body', routes: LISTS, what: 'links.next on another origin (`to`), present on every page' },
  drip: { stage: 'delivery', what: 'headers at once, the body dripped over delayMs (default 2000)' },
} as const satisfies Record<string, ModeRow>;

export type FaultMode = keyof typeof FAULT_TABLE;
export const FAULT_MODES = Object.keys(FAULT_TABLE) as FaultMode[];

export interface Fault {
  mode: FaultMode;
  remaining: number;
  path: string | null;
  retryAfter: number | null;
  /** Mode options (fault-params.ts); only the ones the mode reads are set. */
  bytes?: number;
  contentLength?: boolean;
  delayMs?: number;
  rows?: number;
  to?: string;
  contentType?: string;
  id?: string;
}

export const stageOf = (mode: FaultMode): FaultStage => FAULT_TABLE[mode].stage;

/** Whether a request on `route` (null: no known route) can take this mode. */
export function appliesTo(mode: FaultMode, route: RouteName | null): boolean {
  const row: ModeRow = FAULT_TABLE[mode];
  if (row.routes !== undefined) return route !== null && row.routes.includes(route);
  return row.stage !== 'body' || route !== null;
}

/** Pending faults, first queued first served. */
export class FaultQueue {
  private faults: Fault[] = [];

  add(fault: Fault): void {
    this.faults.push(fault);
  }

  /** Consumes one use of the first fault matching this request path and route. */
  take(path: string, route: RouteName | null = null): Fault | null {
    const fault = this.faults.find(
      (f) => f.remaining > 0 && (f.path === null || path.includes(f.path)) && appliesTo(f.mode, route),
    );
    if (!fault) return null;
    fault.remaining -= 1;
    this.faults = this.faults.filter((f) => f.remaining > 0);
    return { ...fault };
  }

  pending(): Fault[] {
    return this.faults.map((f) => ({ ...f }));
  }

  clear(): number {
    const cleared = this.faults.length;
    this.faults = [];
    return cleared;
  }
}
