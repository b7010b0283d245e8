/**
 * The house rules, checked on the real import graph (dependency-cruiser): where code runs is where
 * it lives, so a page never imports background code, the popup and the options page never import
 * each other, utils/ (what two or more contexts share) imports no context, nothing imports in a
 * circle (files or folders), and the popup's first chunk carries no zod and no storage library.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { cruise, type ICruiseResult, type IModule } from 'dependency-cruiser';

const SOURCES = ['entrypoints', 'components', 'utils'];
let modules: IModule[] = [];

beforeAll(async () => {
  const result = await cruise(SOURCES, {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '\\.d\\.ts$' },
    tsConfig: { fileName: 'tsconfig.json' },
    // Type-only imports are kept (and marked): sharing a type is sharing; the bundle check skips them.
    tsPreCompilationDeps: true,
  });
  modules = (result.output as ICruiseResult).modules;
}, 60_000);

const local = (m: { source: string } | { resolved: string }) => ('source' in m ? m.source : m.resolved);
const edges = () => modules.flatMap((m) => m.dependencies.map((d) => ({ from: m.source, to: d.resolved, dynamic: d.dynamic })));
const typeOnly = (d: IModule['dependencies'][number]) => d.dependencyTypes.includes('type-only');
const matching = (from: RegExp, to: RegExp) => edges().filter((e) => from.test(e.from) && to.test(e.to)).map((e) => `${e.from} → ${e.to}`);

describe('where code runs is where it lives', () => {
  it('reads the whole source tree', () => {
    const files = modules.map(local);
    expect(files).toContain('entrypoints/background/index.ts');
    expect(files).toContain('entrypoints/popup/main.tsx');
    expect(files).toContain('entrypoints/options/main.tsx');
  });

  it('pages never import background code', () => {
    expect(matching(/^(entrypoints\/(popup|options|blank)|components)\//, /^entrypoints\/background\//)).toEqual([]);
  });

  it('the popup and the options page never import each other', () => {
    expect(matching(/^(entrypoints|components)\/popup\//, /^(entrypoints|components)\/options\//)).toEqual([]);
    expect(matching(/^(entrypoints|components)\/options\//, /^(entrypoints|components)\/popup\//)).toEqual([]);
  });

  it('the background renders nothing', () => {
    expect(matching(/^entrypoints\/background\//, /^components\/|node_modules\/preact/)).toEqual([]);
  });

  it('utils/ and components/shared/ import no context', () => {
    expect(matching(/^utils\//, /^(entrypoints|components)\//)).toEqual([]);
    expect(matching(/^components\/shared\//, /^(entrypoints|components\/(popup|options))\//)).toEqual([]);
  });

  it('every module in utils/ is imported by two or more contexts', () => {
    const contextOf = (file: string) => /^(?:entrypoints|components)\/(background|popup|options)\//.exec(file)?.[1] ?? null;
    // Which contexts reach each utils module, directly or through other utils modules.
    const importers = new Map<string, Set<string>>();
    for (const e of edges()) (importers.get(e.to) ?? importers.set(e.to, new Set()).get(e.to)!).add(e.from);
    const contexts = (file: string, seen = new Set<string>()): Set<string> => {
      const found = new Set<string>();
      for (const from of importers.get(file) ?? []) {
        const context = contextOf(from);
        if (context) found.add(context);
        else if (from.startsWith('utils/') && !seen.has(from)) contexts(from, seen.add(from)).forEach((c) => found.add(c));
      }
      return found;
    };
    const lonely = modules.map(local).filter((file) => file.startsWith('utils/'))
      .map((file) => [file, [...contexts(file)]] as const)
      .filter(([, used]) => used.length < 2)
      .map(([file, used]) => `${file}: ${used.join(', ') || 'nobody'}`);
    expect(lonely).toEqual([]);
  });
});

describe('no cycles', () => {
  it('between files', () => {
    const cycles = modules.flatMap((m) => m.dependencies.filter((d) => d.circular).map((d) => `${m.source} → ${d.resolved}`));
    expect(cycles).toEqual([]);
  });

  it('between folders (a folder and its own subfolders aside; a page is its entrypoint and components folders)', () => {
    // entrypoints/popup/main.tsx renders components/popup/, which use entrypoints/popup/'s texts and rules: one page.
    const folder = (file: string) => file.slice(0, file.lastIndexOf('/')).replace(/^(?:entrypoints|components)\/(popup|options)(?=\/|$)/, 'page:$1');
    const related = (a: string, b: string) => a === b || a.startsWith(`${b}/`) || b.startsWith(`${a}/`);
    const graph = new Map<string, Set<string>>();
    for (const e of edges()) {
      if (e.to.startsWith('node_modules') || related(folder(e.from), folder(e.to))) continue;
      (graph.get(folder(e.from)) ?? graph.set(folder(e.from), new Set()).get(folder(e.from))!).add(folder(e.to));
    }
    const reaches = (from: string, target: string, seen = new Set<string>()): boolean =>
      [...(graph.get(from) ?? [])].some((next) => next === target || (!seen.has(next) && reaches(next, target, seen.add(next))));
    const cycles = [...graph.keys()].filter((dir) => reaches(dir, dir));
    expect(cycles).toEqual([]);
  });
});

describe('the popup’s first chunk', () => {
  it('statically imports no zod and no storage library (they would weigh on the first paint)', () => {
    const byFile = new Map(modules.map((m) => [m.source, m]));
    const reached = new Set<string>();
    const visit = (file: string) => {
      if (reached.has(file)) return;
      reached.add(file);
      for (const d of byFile.get(file)?.dependencies ?? []) if (!d.dynamic && !typeOnly(d)) visit(d.resolved);
    };
    visit('entrypoints/popup/main.tsx');
    expect(reached.size).toBeGreaterThan(10);
    expect([...reached].filter((file) => /node_modules\/(zod|@wxt-dev\/storage)|wxt\/dist\/.*storage/.test(file))).toEqual([]);
    // …and the probe would see them: the background does import zod.
    const background = modules.find((m) => m.source === 'entrypoints/background/store.ts')!;
    expect(background.dependencies.some((d) => /node_modules\/zod/.test(d.resolved))).toBe(true);
  });
});
