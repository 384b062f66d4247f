// The billing handler served over real HTTP on 127.0.0.1 (port 0) the three ways a host serves
// it, and a raw HTTP client that sends exactly what a test writes (no URL normalising, no
// Content-Type added, bodies in chunks when asked).
import { createServer, request as httpRequest, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAdaptorServer } from '@hono/node-server';
import express from 'express';
import { Hono } from 'hono';
import { afterEach } from 'vitest';
import { type BillingHandler, toNodeHandler } from '../../src/server';

/** How the handler is served. */
export type ServerKind = 'node:http' | 'express' | 'hono';
export const SERVER_KINDS: readonly ServerKind[] = ['node:http', 'express', 'hono'];

/** What a host app adds around the handler on Express. */
export interface ExpressSetup {
  /** Runs before the handler is mounted (e.g. `app.use(express.json())`). */
  before?: (app: express.Express) => void;
  /** Runs after (other routes, which `next` must reach). */
  after?: (app: express.Express) => void;
  /** `app.use(mountPath, handler)`; default the handler's basePath, as a host mounts a router. */
  mountPath?: string;
}

const running: Server[] = [];

function listen(server: Server): Promise<string> {
  running.push(server);
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`));
  });
}

/** Closes every server a test started, keep-alive connections included. */
afterEach(async () => {
  const servers = running.splice(0);
  await Promise.all(
    servers.map(
      (server) =>
        new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeAllConnections();
        }),
    ),
  );
});

/** Serves any request listener (an Express app, a `toNodeHandler` result) on 127.0.0.1; returns the origin. */
export function serveListener(listener: RequestListener): Promise<string> {
  return listen(createServer(listener));
}

/** Serves `handler` the `kind` way on 127.0.0.1 and returns the origin, e.g. `http://127.0.0.1:41234`. */
export function serveBilling(kind: ServerKind, handler: BillingHandler, setup: ExpressSetup = {}): Promise<string> {
  switch (kind) {
    case 'node:http':
      return serveListener(toNodeHandler(handler));
    case 'express': {
      const app = express();
      setup.before?.(app);
      app.use(setup.mountPath ?? handler.basePath, toNodeHandler(handler));
      setup.after?.(app);
      return serveListener(app);
    }
    case 'hono': {
      const app = new Hono();
      app.all(`${handler.basePath}/*`, (context) => handler(context.req.raw));
      return listen(createAdaptorServer({ fetch: app.fetch }) as Server);
    }
  }
}

/** A raw request: `path` is sent as written; `body` as one write, or `chunks` without Content-Length. */
export interface RawRequest {
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: string;
  chunks?: string[];
}

/** What came back, with the body parsed as JSON (the handler answers nothing else). */
export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  json: unknown;
}

/** Sends `raw` to `origin` over node:http and reads the whole answer. */
export function send(origin: string, raw: RawRequest): Promise<RawResponse> {
  const { hostname, port } = new URL(origin);
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      { hostname, port, method: raw.method ?? 'GET', path: raw.path, headers: raw.headers, agent: false },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          try {
            resolve({ status: response.statusCode ?? 0, headers: response.headers, json: JSON.parse(text) });
          } catch {
            reject(new Error(`Not JSON (${response.statusCode}): ${text.slice(0, 200)}`));
          }
        });
      },
    );
    request.on('error', reject);
    if (raw.chunks) for (const chunk of raw.chunks) request.write(chunk);
    request.end(raw.body);
  });
}

/** A JSON request's headers: `Content-Type: application/json` plus `extra`. */
export const jsonHeaders = (extra: Record<string, string> = {}) => ({ 'Content-Type': 'application/json', ...extra });
