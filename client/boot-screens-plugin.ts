import { fileURLToPath } from 'node:url';
import { runnerImport, type Alias, type Plugin } from 'vite';

/** Where the server finds the boot screens of a build (next to index.html). */
export const BOOT_SCREENS_FILE = 'boot-screens.json';

type BootScreenModule = typeof import('./src/shell/boot-screen');

/**
 * Writes `boot-screens.json` into the build: each main page's first screen as plain HTML, in each
 * language, rendered from the app's own texts (`src/shell/boot-screen.ts`) by Vite's module runner.
 */
export function bootScreens(aliases: Record<string, string>): Plugin {
  const source = fileURLToPath(new URL('./src/shell/boot-screen.ts', import.meta.url));
  return {
    name: 'lugang-boot-screens',
    apply: 'build',
    async generateBundle() {
      const alias: Alias[] = Object.entries(aliases).map(([find, replacement]) => ({ find, replacement }));
      const { module } = await runnerImport<BootScreenModule>(source, {
        configFile: false,
        logLevel: 'warn',
        resolve: { alias },
      });
      this.emitFile({
        type: 'asset',
        fileName: BOOT_SCREENS_FILE,
        source: JSON.stringify(module.renderAllBootScreens()),
      });
    },
  };
}
