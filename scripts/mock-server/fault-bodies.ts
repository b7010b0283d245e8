/**
 * Body-stage fault modes (FAULT_TABLE): each changes the app's successful
 * answer, after the route, the method and the key have passed. List modes
 * build their pages here without touching the store.
 */
import { MOCK_LAYOUTS, type RouteContext } from './api';
import type { Fault, FaultMode, RouteName } from './faults';
import { hugeBodyReply, type Answer } from './fault-streams';
import { parsePageQuery } from './paginate';
import { apiJson, phpJson } from './respond';
import { exchangeItem, payoutItem, type ViewOptions } from './views';

type Json = Record<string, unknown>;

export interface BodyContext {
  fault: Fault;
  route: RouteName;
  body: Json; // the app's 200 body (a fresh object: changing it is fine)
  ctx: RouteContext;
}

/** Ids of endless pages count down from here: 10^10 pages of 100 before they would run out. */
export const ENDLESS_TOP_ID = 1_000_000_000_000;
/** Ids of giant pages count down from here. */
export const GIANT_TOP_ID = 2_000_000_000_000;

const attributesOf = (item: unknown): Json => ((item as Json).attributes ?? {}) as Json;

/** What a changed server might drop: the balance, an exchange's amount, a payout's amount. */
const DRIFT: Record<RouteName, (body: Json) => void> = {
  summary: (body) => {
    delete attributesOf(body).balance;
  },
  exchanges: (body) => {
    for (const item of body.data as unknown[]) delete attributesOf(item).amount;
  },
  withdrawals: (body) => {
    for (const item of body.data as unknown[]) delete attributesOf(item).charged_amount;
  },
};

/** A made-up row of a list: plausible, deterministic in its id. */
export function syntheticRow(route: RouteName, id: number, view: ViewOptions): Json {
  if (route === 'withdrawals') {
    return payoutItem({ id, amountCents: 50_000 + (id % 100_000), name: 'СБП RUB', paid: true, createdAt: view.now - 86_400_000 }, view);
  }
  return exchangeItem({ id, amountCents: 1240 + (id % 46_760), orderId: 1_713_350_854_300 + id, createdAt: view.now - 60_000 }, view);
}

/** A simple-pagination page of `rows` made-up rows counting down from `topId`, with its own next link. */
function madeUpPage({ route, ctx }: BodyContext, topId: number, rows: number, next: boolean): Json {
  const { page, perPage } = parsePageQuery(ctx.query);
  const path = `${ctx.origin}${MOCK_LAYOUTS[ctx.layout][route]}`;
  const data = Array.from({ length: rows }, (_, i) => syntheticRow(route, topId - i, ctx.view));
  const offset = (page - 1) * rows;
  return {
    data,
    links: { first: `${path}?page=1`, last: null, prev: page > 1 ? `${path}?page=${page - 1}` : null, next: next ? `${path}?page=${page + 1}` : null },
    meta: { current_page: page, from: offset + 1, path, per_page: perPage, to: offset + rows },
  };
}

const BODY: Partial<Record<FaultMode, (b: BodyContext) => Answer>> = {
  drift: ({ route, body }) => {
    DRIFT[route](body);
    return apiJson(200, body);
  },
  badJson: ({ body }) => {
    const text = phpJson(body);
    return { status: 200, body: text.slice(0, Math.max(1, Math.floor(text.length * 0.6))), contentType: 'application/json' };
  },
  wrongType: ({ body, fault }) => ({ ...apiJson(200, body), contentType: fault.contentType ?? 'text/plain; charset=UTF-8' }),
  hugeBody: ({ route, body, fault }) => hugeBodyReply(route, body, fault, false),
  gzipHugeBody: ({ route, body, fault }) => hugeBodyReply(route, body, fault, true),
  giantPage: (b) => {
    const rows = b.fault.rows ?? 10_000;
    const { page } = parsePageQuery(b.ctx.query);
    return apiJson(200, madeUpPage(b, GIANT_TOP_ID - (page - 1) * rows, rows, false));
  },
  endless: (b) => {
    const { page, perPage } = parsePageQuery(b.ctx.query);
    return apiJson(200, madeUpPage(b, ENDLESS_TOP_ID - (page - 1) * perPage, perPage, true));
  },
  hugeId: ({ route, body, fault, ctx }) => {
    const data = body.data as Json[];
    if (data.length === 0) data.push(syntheticRow(route, 1, ctx.view));
    const marker = '__MOCK_HUGE_ID__';
    (data[0] as Json).id = marker;
    return { ...apiJson(200, body), body: phpJson(body).replace(`"${marker}"`, fault.id ?? String(Number.MAX_SAFE_INTEGER)) };
  },
  emptyPayouts: ({ body }) => {
    const links = body.links as Json;
    const meta = body.meta as Json;
    return apiJson(200, { ...body, data: [], links: { ...links, next: null }, meta: { ...meta, from: null, to: null } });
  },
  foreignNext: ({ route, body, fault, ctx }) => {
    const { page } = parsePageQuery(ctx.query);
    const links = body.links as Json;
    const next = `${fault.to ?? 'http://elsewhere.invalid'}${MOCK_LAYOUTS[ctx.layout][route]}?page=${page + 1}`;
    return apiJson(200, { ...body, links: { ...links, next } });
  },
};

/** The changed answer for a body-stage fault, or null when the mode does not change bodies. */
export function changeBody(b: BodyContext): Answer | null {
  return BODY[b.fault.mode]?.(b) ?? null;
}
