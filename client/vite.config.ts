import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

const serverUrl = process.env.MOCKLOOP_SERVER_URL ?? 'http://localhost:3000';

/** Must equal `EXCALIDRAW_ASSET_PATH` in src/rounds/whiteboardScene.ts. */
const EXCALIDRAW_ASSET_PATH = '/excalidraw/';

const EXCALIDRAW_DIST = /@excalidraw[\\/]excalidraw[\\/]dist[\\/]/;
const CDN_FALLBACK = /("ASSETS_FALLBACK_URL",\s*)`https:\/\/esm\.sh\/.*?\/dist\/prod\/`/;

/**
 * Excalidraw lists a CDN (esm.sh) after our asset path for every font, and Chromium asks for
 * that URL as soon as the font face exists, even when it loads ours. Point the fallback at
 * our origin too. Fails the build if Excalidraw moved it (check on upgrade).
 */
function withoutCdnFallback(code: string, id: string): string | null {
  if (!EXCALIDRAW_DIST.test(id) || !code.includes('ASSETS_FALLBACK_URL')) return null;
  if (!CDN_FALLBACK.test(code)) {
    throw new Error(`Excalidraw's font CDN fallback changed shape in ${id}: update vite.config.ts`);
  }
  return code.replace(
    CDN_FALLBACK,
    `$1window.location.origin+${JSON.stringify(EXCALIDRAW_ASSET_PATH)}`,
  );
}

const cdnFallbackRewrite = {
  name: 'mockloop-excalidraw-no-cdn',
  transform: (code: string, id: string) => withoutCdnFallback(code, id),
};

/**
 * Serves Excalidraw's fonts from our origin (copied into the build, served from
 * node_modules in dev). Excalidraw silently falls back to a CDN for any font it cannot load,
 * so every file is copied. Its exports map hides package.json, hence resolving the entry.
 */
function excalidrawFonts(): Plugin {
  const fontsDir = path.join(
    path.dirname(createRequire(import.meta.url).resolve('@excalidraw/excalidraw')),
    'fonts',
  );
  const urlPrefix = `${EXCALIDRAW_ASSET_PATH}fonts/`;
  let outDir = 'dist';
  return {
    ...cdnFallbackRewrite,
    name: 'mockloop-excalidraw-fonts',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const url = req.url?.split('?')[0] ?? '';
        if (!url.startsWith(urlPrefix)) return next();
        const file = path.join(fontsDir, decodeURIComponent(url.slice(urlPrefix.length)));
        if (!file.startsWith(fontsDir + path.sep) || !fs.existsSync(file)) return next();
        res.setHeader('Content-Type', 'font/woff2');
        fs.createReadStream(file).pipe(res);
      });
    },
    writeBundle() {
      fs.cpSync(fontsDir, path.join(outDir, urlPrefix), { recursive: true });
    },
  };
}

/**
 * y-monaco imports Monaco by a path that Monaco 0.57's exports map no longer allows; both paths
 * then name one Monaco instance (client/tsconfig.json maps its types the same way).
 */
const MONACO_API_ALIAS = {
  find: /^monaco-editor\/esm\/vs\/editor\/editor\.api\.js$/,
  replacement: 'monaco-editor',
};

export default defineConfig({
  plugins: [react(), excalidrawFonts()],
  resolve: { alias: [MONACO_API_ALIAS] },
  // Dev pre-bundles Excalidraw outside the plugin pipeline, so it needs the rewrite there too.
  optimizeDeps: { rolldownOptions: { plugins: [cdnFallbackRewrite] } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Monaco is one large lazily loaded chunk by nature; the first page stays small.
    chunkSizeWarningLimit: 5000,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            {
              // Excalidraw's font-subsetting worker starts from its own chunk's URL; merged
              // into the app chunk, the worker fails and subsetting falls back to the main
              // thread. So the worker and its wasm get a chunk of their own...
              name: 'excalidraw-subset',
              test: /@excalidraw[\\/]excalidraw[\\/]dist[\\/]prod[\\/]subset-(worker|shared)\.chunk\.js$/,
              priority: 1,
            },
            {
              // ...except two tiny modules the whiteboard also imports, which would otherwise
              // make opening a whiteboard load the 750 kB (gzip) wasm chunk. Excalidraw's chunk
              // names change between versions: check the build output on upgrade.
              name: 'excalidraw-common',
              test: /@excalidraw[\\/]excalidraw[\\/]dist[\\/]prod[\\/]chunk-(SRAX5OIU|ZUYEQ4TG)\.js$/,
              priority: 2,
            },
          ],
        },
      },
    },
  },
  server: {
    proxy: {
      '/api': serverUrl,
      '/socket.io': { target: serverUrl, ws: true },
    },
  },
});
