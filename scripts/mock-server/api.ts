/**
 * The three partner API routes in both layouts, and the 200 bodies they
 * serve. A request is answered only on its layout's paths; everything else
 * is the product's 404.
 */
import type { RouteName } from './faults';
import { parsePageQuery, simplePage } from './paginate';
import type { MockStore } from './store';
import { exchangeItem, extraListMeta, payoutItem, summaryBody, type ViewOptions } from './views';

export type Layout = 'v2' | 'v3private';

export const MOCK_LAYOUTS: Record<Layout, Record<RouteName, string>> = {
  v2: {
    summary: '/api/v2/account/partner',
    exchanges: '/api/v2/account/partner/exchanges',
    withdrawals: '/api/v2/account/partner/withdrawal',
  },
  v3private: {
    summary: '/api/v3/private/account/partner',
    exchanges: '/api/v3/private/account/partner/exchanges',
    withdrawals: '/api/v3/private/account/partner/payouts',
  },
};

/** The ability every partner route needs (Sanctum ability name). */
export const PARTNER_ABILITY = 'partner';

/** Laravel ignores one trailing slash when matching routes. */
export function routeOf(layout: Layout, pathname: string): RouteName | null {
  const path = pathname.length > 1 && pathname.endsWith('/') ? pathname.slice(0, -1) : pathname;
  const routes = MOCK_LAYOUTS[layout];
  return (Object.keys(routes) as RouteName[]).find((name) => routes[name] === path) ?? null;
}

export interface RouteContext {
  layout: Layout;
  store: MockStore;
  view: ViewOptions;
  origin: string; // as the request addressed us (Laravel builds links from it)
  query: URLSearchParams;
}

type Body = Record<string, unknown>;

const ANSWER: Record<RouteName, (ctx: RouteContext) => Body> = {
  summary: ({ store, view }) => summaryBody(store, view),
  exchanges: (ctx) => {
    const { store, view } = ctx;
    const page = simplePage(pathUrl(ctx, 'exchanges'), parsePageQuery(ctx.query), store.exchangeCount(), (offset, limit) =>
      store.exchangesNewestFirst(offset, limit).map((row) => exchangeItem(row, view)),
    );
    return withExtraMeta(ctx, 'exchanges', page);
  },
  withdrawals: (ctx) => {
    const { store, view } = ctx;
    const page = simplePage(pathUrl(ctx, 'withdrawals'), parsePageQuery(ctx.query), store.payoutCount(), (offset, limit) =>
      store.payoutsNewestFirst(offset, limit).map((row) => payoutItem(row, view)),
    );
    return withExtraMeta(ctx, 'withdrawals', page);
  },
};

const pathUrl = (ctx: RouteContext, route: RouteName) => `${ctx.origin}${MOCK_LAYOUTS[ctx.layout][route]}`;

function withExtraMeta(ctx: RouteContext, list: 'exchanges' | 'withdrawals', page: { meta: object }): Body {
  if (!ctx.view.extraKeys) return page;
  return { ...page, meta: { ...page.meta, ...extraListMeta(list, ctx.store, ctx.query) } };
}

export function answerRoute(route: RouteName, ctx: RouteContext): Body {
  return ANSWER[route](ctx);
}

/** Laravel's answer to a wrong method on a known route. */
export function methodNotAllowed(method: string, pathname: string): Body {
  return {
    message: `The ${method} method is not supported for route ${pathname.replace(/^\//, '')}. Supported methods: GET, HEAD.`,
  };
}
