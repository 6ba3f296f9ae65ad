import type { ChunkingContext, ModuleInfo } from 'rolldown';
import { describe, expect, it } from 'vitest';
import { firstPageGroup } from './first-page-chunk';

/** A module graph by static imports; dynamic imports are not in `importedIds`, as in rolldown. */
const contextOf = (graph: Record<string, string[]>): ChunkingContext => ({
  getModuleInfo: (id) => (id in graph ? ({ importedIds: graph[id] } as unknown as ModuleInfo) : null),
});

const nameOf = (group: ReturnType<typeof firstPageGroup>) => {
  if (typeof group.name !== 'function') throw new Error('expected a name function');
  return group.name;
};

describe('firstPageGroup', () => {
  const main = '/app/client/src/main.ts';
  const ionic = '/app/node_modules/@ionic/core/components/ion-tabs.js';
  const stencil = '/app/node_modules/@stencil/vue-output-target/dist/runtime.js';
  const icons = '/app/node_modules/ionicons/icons/index.mjs';
  const graph = {
    [main]: ['/app/client/src/router.ts', '/app/node_modules/vue/index.mjs'],
    '/app/client/src/router.ts': ['/app/node_modules/@ionic/vue/index.js', '/app/client/src/shell/AppTabs.vue'],
    '/app/node_modules/@ionic/vue/index.js': [ionic, stencil, '/app/node_modules/vue/index.mjs'],
    '/app/client/src/shell/AppTabs.vue': [icons],
    '/app/node_modules/vue/index.mjs': [],
    [ionic]: [],
    [stencil]: [],
    [icons]: [],
    // Only imported dynamically by the router: a lazy page.
    '/app/client/src/showroom/ShowroomHomePage.vue': ['/app/client/src/showroom/store.ts'],
    '/app/client/src/showroom/store.ts': [],
  };

  it('names "app" every module the entry imports statically, through any depth', () => {
    const name = nameOf(firstPageGroup(main));
    const ctx = contextOf(graph);

    for (const id of [
      main,
      '/app/client/src/router.ts',
      '/app/node_modules/vue/index.mjs',
      '/app/node_modules/@ionic/vue/index.js',
      '/app/client/src/shell/AppTabs.vue',
    ]) {
      expect(name(id, ctx), id).toBe('app');
    }
  });

  it('leaves lazy pages, and Ionic, Stencil and ionicons, to automatic chunking', () => {
    const name = nameOf(firstPageGroup(main));
    const ctx = contextOf(graph);

    for (const id of [
      '/app/client/src/showroom/ShowroomHomePage.vue',
      '/app/client/src/showroom/store.ts',
      ionic,
      stencil,
      icons,
    ]) {
      expect(name(id, ctx), id).toBeNull();
    }
  });

  it('captures only the modules it names, not their imports', () => {
    expect(firstPageGroup(main).includeDependenciesRecursively).toBe(false);
  });

  it('fails the build when the entry is not in the graph (a renamed main.ts)', () => {
    const name = nameOf(firstPageGroup('/app/client/src/index.ts'));

    expect(() => name(main, contextOf(graph))).toThrow(/index\.ts is not in the build/);
  });
});
