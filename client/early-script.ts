import type { Plugin } from 'vite';

/**
 * Runs one small module on its own, as soon as it arrives (`<script type="module" async>` at the
 * top of the head), instead of inside the app's entry where it would wait for all of the app's
 * code. Vite bundles every module script of index.html into one entry, so the file is emitted as a
 * chunk of its own and its script tag added here. The module must import nothing.
 */
export function earlyScript(source: string): Plugin {
  const path = source.replace(/^\.?\//, '');
  let building = false;
  return {
    name: 'lugang-early-script',
    configResolved(config) {
      building = config.command === 'build';
    },
    buildStart() {
      if (building) this.emitFile({ type: 'chunk', id: path, preserveSignature: false });
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle }) {
        let src = `/${path}`; // the dev server serves the source itself
        if (bundle) {
          const chunk = Object.values(bundle).find((f) => f.type === 'chunk' && f.facadeModuleId?.endsWith(path));
          if (chunk?.type !== 'chunk') throw new Error(`earlyScript: ${path} was not bundled`);
          if (chunk.imports.length > 0) throw new Error(`earlyScript: ${path} imports other modules`);
          src = `/${chunk.fileName}`;
        }
        return [{ tag: 'script', attrs: { type: 'module', async: true, src }, injectTo: 'head-prepend' }];
      },
    },
  };
}
