// The server side of bench/server.mjs, in a process of its own, one of three kinds:
// - `bare`: node:http answering a fixed JSON body. It drains the request body without reading
//   it, parses nothing and builds nothing: the floor of any Node server, not a billing endpoint.
// - `bareJson`: node:http doing what a hand-written JSON endpoint cannot skip: it reads the body,
//   parses it, and answers a quote-sized JSON object built for the request, with the same headers
//   as the kit (Content-Length, no-store, nosniff). No routing, identity, checks or billing.
// - `kit`: quotes through toNodeHandler(createBillingHandler) over the memory backend (the server
//   kit bundled by bench/server.mjs, path in argv[3]).
// Reports its port, then its CPU time and memory (RSS and the live heap) whenever asked, over IPC.
import { createServer } from 'node:http';
import { pathToFileURL } from 'node:url';

const [, , kind, bundle] = process.argv;

const JSON_HEADERS = {
  'content-type': 'application/json; charset=utf-8',
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
};

function bareListener() {
  const body = JSON.stringify({ quote: { id: 'quote_1', units: 2 } });
  return (req, res) => {
    // The body is drained, never read: a keep-alive connection needs it off the socket.
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
      res.end(body);
    });
  };
}

function bareJsonListener() {
  let count = 0;
  return (req, res) => {
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => {
      const { units } = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      const now = Date.now();
      count += 1;
      const body = JSON.stringify({
        quote: {
          id: `quote_${count}`,
          addOnId: 'generative-credits',
          currentUnits: 1,
          units,
          change: 'increase',
          dueNow: { amount: (units - 1) * 3000, currency: 'USD' },
          creditsNow: (units - 1) * 180,
          recurring: { amount: units * 3000, currency: 'USD' },
          effectiveAt: new Date(now).toISOString(),
          expiresAt: new Date(now + 600_000).toISOString(),
        },
      });
      res.writeHead(200, { ...JSON_HEADERS, 'content-length': String(Buffer.byteLength(body)) });
      res.end(body);
    });
  };
}

async function kitListener() {
  const { createBillingHandler, createMemoryBackend, toNodeHandler, basicSubscription } = await import(
    pathToFileURL(bundle).href
  );
  const backend = createMemoryBackend({ subscriptions: { 'workspace-1': basicSubscription() } });
  const handler = createBillingHandler({
    backend,
    identify: (request) =>
      request.headers.get('authorization') === 'Bearer bench' ? { customerId: 'workspace-1' } : null,
  });
  return toNodeHandler(handler);
}

const listeners = { bare: bareListener, bareJson: bareJsonListener, kit: kitListener };
const server = createServer(await listeners[kind]());
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => process.send({ port: server.address().port }));
process.on('message', (message) => {
  if (message === 'cpu') process.send({ cpu: process.cpuUsage() });
  if (message === 'memory') {
    // Garbage is not growth: collect it first, so the figure is what the process keeps.
    globalThis.gc?.();
    const { rss, heapUsed } = process.memoryUsage();
    process.send({ memory: { rss, heapUsed } });
  }
});
