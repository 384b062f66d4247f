import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig, type Plugin } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// The demo host app: a SaaS page that renders the widget from the package's public exports
// (resolved to the sources through the "source" condition). Its billing API is MSW's browser
// worker by default; with `--mode server` (`npm run dev:server`) it is the server kit's handler
// mounted in this dev server, and the page starts no worker.
/** `/api/billing/*` answered by the server kit (demo/billingServer.ts); every other path left to Vite. */
function billingServer(): Plugin {
  return {
    name: 'demo:billing-server',
    async configureServer(server) {
      const { demoBillingMiddleware } = (await server.ssrLoadModule(
        here('./billingServer.ts'),
      )) as typeof import('./billingServer');
      server.middlewares.use(demoBillingMiddleware((message) => server.config.logger.error(message)));
    },
  };
}

export default defineConfig(({ mode }) => ({
  root: here('.'),
  // MSW's worker script lives in the repo's public/ (shared with Storybook).
  publicDir: here('../public'),
  plugins: [react(), ...(mode === 'server' ? [billingServer()] : [])],
  resolve: { conditions: ['source', ...defaultClientConditions] },
  build: {
    outDir: here('./dist'),
    emptyOutDir: true,
    // No data: URLs, so the built demo runs under Content-Security-Policy: default-src 'self'.
    assetsInlineLimit: 0,
    // React, the widget and MSW in one chunk is fine for a demo.
    chunkSizeWarningLimit: 1500,
  },
  server: { port: 5173 },
  preview: { port: 4173 },
}));
