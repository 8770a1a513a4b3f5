import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const serverUrl = process.env.MOCKLOOP_SERVER_URL ?? 'http://localhost:3000';

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: [
      // y-monaco imports this path, which Monaco's exports map no longer resolves.
      { find: /^monaco-editor\/esm\/vs\/editor\/editor\.api\.js$/, replacement: 'monaco-editor' },
    ],
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Monaco is one large lazily loaded chunk by nature; the first page stays small.
    chunkSizeWarningLimit: 5000,
  },
  server: {
    proxy: {
      '/api': serverUrl,
      '/socket.io': { target: serverUrl, ws: true },
    },
  },
});
