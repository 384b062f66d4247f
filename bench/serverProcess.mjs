// The server side of bench/server.mjs, in a process of its own: `bare` answers a fixed JSON body
// with node:http; `kit` serves quotes with toNodeHandler(createBillingHandler) over the memory
// backend (the server kit bundled by bench/server.mjs, path in argv[3]). Reports its port, then
// its CPU time and memory (RSS and the live heap) whenever asked, over IPC.
import { createServer } from 'node:http';
import { pathToFileURL } from 'node:url';

const [, , kind, bundle] = process.argv;

async function listener() {
  if (kind === 'bare') {
    const body = JSON.stringify({ quote: { id: 'quote_1', units: 2 } });
    return (req, res) => {
      // Read the request body as any JSON endpoint must, then answer.
      req.resume();
      req.on('end', () => {
        res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
        res.end(body);
      });
    };
  }
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

const server = createServer(await listener());
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
