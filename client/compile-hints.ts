import type { OutputBundle, OutputChunk } from 'rolldown';
import type { Plugin } from 'vite';

/** V8's explicit compile hint (Chrome 136+); other engines read a comment. It must open the file. */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/** The app's entry chunk and every chunk it imports statically: the code each first page runs. */
export function firstPageChunks(bundle: OutputBundle): OutputChunk[] {
  const chunks = Object.values(bundle).filter((file): file is OutputChunk => file.type === 'chunk');
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const entry = chunks.find((chunk) => chunk.isEntry && chunk.facadeModuleId?.endsWith('index.html'));
  if (!entry) throw new Error('compileHints: no entry chunk for index.html');
  const found = new Map<string, OutputChunk>();
  const visit = (chunk: OutputChunk) => {
    if (found.has(chunk.fileName)) return;
    found.set(chunk.fileName, chunk);
    for (const name of chunk.imports) {
      const imported = byName.get(name);
      if (imported) visit(imported);
    }
  };
  visit(entry);
  return [...found.values()];
}

/**
 * Marks the code of the first page for eager compilation. V8 otherwise compiles each function the
 * first time it runs, on the main thread: that made most of mounting the first page (101 of 153 ms
 * on the test machine). With the hint it compiles them while the file streams in, on another thread.
 * Only the first page's chunks get it: compiling code that may never run would waste the phone's
 * time and memory. Added after hashing; the hint is a function of the build, so a name still
 * stands for one content.
 */
export function compileHints(): Plugin {
  return {
    name: 'lugang-compile-hints',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      // After Vite's own additions to the chunks (its preload map opens some of them).
      order: 'post',
      handler(_options, bundle) {
        for (const chunk of firstPageChunks(bundle)) {
          if (!chunk.code.startsWith(COMPILE_HINT)) chunk.code = `${COMPILE_HINT}\n${chunk.code}`;
        }
      },
    },
  };
}
