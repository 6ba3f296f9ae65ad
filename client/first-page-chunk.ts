import type { ChunkingContext, CodeSplittingGroup } from 'rolldown';

/**
 * Ionic's components, its Stencil runtime and ionicons stay with rolldown's automatic chunking.
 * Their modules are declared free of side effects (see `ionicComponentModule` in vite.config.ts), and
 * only automatic chunking drops the unused ones: a group kept them all (105 KB gzip). Merging the
 * Stencil runtime away from the components that extend its classes also ran them in the wrong order.
 */
const AUTOMATIC = /[\\/]node_modules[\\/](@ionic[\\/]core|ionicons|@stencil)[\\/]/;

/**
 * One chunk for the app's own code and the libraries its entry imports statically. Rolldown's
 * automatic chunking split them into 10 files by which lazy pages share them, though the entry
 * loads them all anyway; each file restarts gzip's dictionary and costs a request. Merged, the
 * first page fetches 3.4 KB gzip less JS in 8 fewer files.
 */
export function firstPageGroup(entry: string): CodeSplittingGroup {
  let staticallyImported: Set<string> | undefined;
  const collect = (ctx: ChunkingContext): Set<string> => {
    const found = new Set<string>();
    const pending = [entry];
    for (let id = pending.pop(); id !== undefined; id = pending.pop()) {
      if (found.has(id)) continue;
      found.add(id);
      pending.push(...(ctx.getModuleInfo(id)?.importedIds ?? []));
    }
    if (found.size === 1) throw new Error(`firstPageGroup: ${entry} is not in the build`);
    return found;
  };
  return {
    // Only the modules asked for: their imports may belong to Ionic (above).
    includeDependenciesRecursively: false,
    name: (id, ctx) => {
      staticallyImported ??= collect(ctx);
      return staticallyImported.has(id) && !AUTOMATIC.test(id) ? 'app' : null;
    },
  };
}
