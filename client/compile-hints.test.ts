import type { OutputBundle, OutputChunk } from 'rolldown';
import { describe, expect, it } from 'vitest';
import { firstPageChunks } from './compile-hints';

const chunk = (fileName: string, imports: string[], entry?: string): OutputChunk =>
  ({
    type: 'chunk',
    fileName,
    imports,
    dynamicImports: [],
    isEntry: entry !== undefined,
    facadeModuleId: entry ?? null,
    code: '',
  }) as unknown as OutputChunk;

const bundleOf = (...chunks: OutputChunk[]): OutputBundle =>
  Object.fromEntries(chunks.map((c) => [c.fileName, c])) as OutputBundle;

describe('firstPageChunks', () => {
  it('is the entry of index.html and what it imports statically, through shared chunks, each once', () => {
    const bundle = bundleOf(
      chunk('index.js', ['vue.js', 'ionic.js'], '/app/client/index.html'),
      chunk('vue.js', []),
      chunk('ionic.js', ['vue.js', 'stencil.js']),
      chunk('stencil.js', []),
      chunk('scan-page.js', ['vue.js']), // a lazy page
      chunk('warm-up.js', [], '/app/client/src/shell/warm-up-intl.ts'), // another entry
    );

    expect(
      firstPageChunks(bundle)
        .map((c) => c.fileName)
        .sort(),
    ).toEqual(['index.js', 'ionic.js', 'stencil.js', 'vue.js']);
  });

  it('fails the build when there is no index.html entry to start from', () => {
    expect(() => firstPageChunks(bundleOf(chunk('other.js', [], '/app/other.ts')))).toThrow(/no entry chunk/);
  });
});
