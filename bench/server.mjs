// The server kit under load: quotes through toNodeHandler(createBillingHandler) + the memory
// backend on loopback, beside a bare node:http JSON answer in the same run. The servers run in
// child processes; autocannon, the load generator, runs here. `node bench/server.mjs` prints the
// figures alone; `npm run bench` prints them against bench/budgets.json.
import { fork } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import * as esbuild from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const CONNECTIONS = 50;
const DURATION_S = 10;
const MEMORY_REQUESTS = 100_000;
const WARM_UP_REQUESTS = 5_000;
const MB = 1024 * 1024;

/** The server kit and the Basic scenario in one ES module for Node, as the package would ship them. */
async function bundleServerKit() {
  const outdir = `${root}/node_modules/.cache/bench-server`;
  mkdirSync(outdir, { recursive: true });
  const outfile = `${outdir}/server-kit.mjs`;
  await esbuild.build({
    absWorkingDir: root,
    stdin: {
      contents: "export * from './src/server/index.ts'; export { basicSubscription } from './mocks/scenarios.ts';",
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    outfile,
    logLevel: 'silent',
  });
  return outfile;
}

/** Starts a server process; resolves to its port, a way to read its memory, and a way to stop it. */
function startServer(kind, bundle) {
  const child = fork(fileURLToPath(new URL('./serverProcess.mjs', import.meta.url)), [kind, bundle ?? ''], {
    execArgv: ['--expose-gc'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const next = (key) =>
    new Promise((resolve, reject) => {
      const onMessage = (message) => {
        if (key in message) {
          child.off('message', onMessage);
          resolve(message[key]);
        }
      };
      child.on('message', onMessage);
      child.once('exit', (code) => reject(new Error(`The ${kind} server exited (${code}).`)));
    });
  return next('port').then((port) => ({
    port,
    /** RSS and live heap in MB, after a full garbage collection. */
    memory: async () => {
      const memory = next('memory');
      child.send('memory');
      const { rss, heapUsed } = await memory;
      return { rssMB: rss / MB, heapMB: heapUsed / MB };
    },
    /** CPU time used so far (user + system), in µs. */
    cpuMicros: async () => {
      const cpu = next('cpu');
      child.send('cpu');
      const { user, system } = await cpu;
      return user + system;
    },
    stop: () => child.kill(),
  }));
}

/** Quote requests at `port` for `duration` seconds or `amount` requests; every one must succeed. */
async function load(port, { duration, amount }) {
  const result = await autocannon({
    url: `http://127.0.0.1:${port}/api/billing/add-ons/generative-credits/quotes`,
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: 'Bearer bench' },
    body: '{"units":2}',
    connections: CONNECTIONS,
    ...(amount ? { amount } : { duration }),
  });
  const failed = result.non2xx + result.errors + result.timeouts;
  if (failed > 0)
    throw new Error(`${failed} of ${result.requests.total} requests failed (non-2xx, errors or timeouts).`);
  return {
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    total: result.requests.total,
  };
}

/**
 * The timed run against `server`, with the server's CPU time per request: unlike rates and
 * latencies it hardly moves when other processes share the machine's cores.
 */
async function timedRun(server) {
  const cpuBefore = await server.cpuMicros();
  const figures = await load(server.port, { duration: DURATION_S });
  return { ...figures, cpuMicrosPerRequest: ((await server.cpuMicros()) - cpuBefore) / figures.total };
}

/**
 * The figures: both servers under the same load; the kit's memory after its warm-up, after the
 * timed run and after MEMORY_REQUESTS more requests. Growth is counted over those last requests:
 * by then V8 has sized its heap for this load (the first seconds under load grow the process by
 * tens of MB whatever the code), so what grows after is what the requests leave behind.
 */
export async function measureServer() {
  const bundle = await bundleServerKit();
  const bare = await startServer('bare');
  let bareFigures;
  try {
    await load(bare.port, { amount: WARM_UP_REQUESTS });
    bareFigures = await timedRun(bare);
  } finally {
    bare.stop();
  }
  const kit = await startServer('kit', bundle);
  try {
    await load(kit.port, { amount: WARM_UP_REQUESTS });
    const warmedUp = await kit.memory();
    const kitFigures = await timedRun(kit);
    const before = await kit.memory();
    await load(kit.port, { amount: MEMORY_REQUESTS });
    const after = await kit.memory();
    return {
      connections: CONNECTIONS,
      durationS: DURATION_S,
      bare: bareFigures,
      kit: kitFigures,
      ratio: { p50: kitFigures.p50Ms / bareFigures.p50Ms, p99: kitFigures.p99Ms / bareFigures.p99Ms },
      memory: { warmUpRequests: WARM_UP_REQUESTS, requests: MEMORY_REQUESTS, warmedUp, before, after },
    };
  } finally {
    kit.stop();
  }
}

/**
 * Prints the figures through `figure(label, value, format, budget, direction)`, as `npm run bench`
 * does; `budgets` is bench/budgets.json's `server`.
 */
export function printServerFigures(figures, figure, budgets = {}) {
  const { bare, kit, ratio } = figures;
  const count = (value) => value.toLocaleString('en-US');
  const rate = (value) => `${count(Math.round(value))} req/s`;
  const ms = (value) => `${value.toFixed(1)} ms`;
  const times = (value) => `${value.toFixed(2)}×`;
  const micros = (value) => `${value.toFixed(0)} µs`;
  const mb = (value) => `${value.toFixed(1)} MB`;
  const memory = (value) => `${mb(value.rssMB)} (heap ${mb(value.heapMB)})`;
  console.log(`  bare node:http JSON answer, ${figures.connections} connections for ${figures.durationS} s:`);
  figure('requests per second', bare.requestsPerSecond, rate);
  figure('latency p50 / p99', bare.p50Ms, (value) => `${ms(value)} / ${ms(bare.p99Ms)}`);
  figure('server CPU time per request', bare.cpuMicrosPerRequest, micros);
  console.log('  quotes through toNodeHandler(createBillingHandler) + memory backend, the same load:');
  figure('requests per second', kit.requestsPerSecond, rate, budgets.minRequestsPerSecond, 'atLeast');
  figure('latency p50 / p99', kit.p50Ms, (value) => `${ms(value)} / ${ms(kit.p99Ms)}`);
  figure('server CPU time per request', kit.cpuMicrosPerRequest, micros);
  figure('latency ratio handler / bare, p50', ratio.p50, times, budgets.maxLatencyRatio);
  figure('latency ratio handler / bare, p99', ratio.p99, times, budgets.maxLatencyRatio);
  const { warmUpRequests, requests, warmedUp, before, after } = figures.memory;
  console.log('  memory of the handler process (RSS, and the live heap after a full GC):');
  figure(`after ${count(warmUpRequests)} warm-up requests`, warmedUp, memory);
  figure('after the timed run', before, memory);
  figure(`after ${count(requests)} more requests`, after, memory);
  figure(`RSS growth over those ${count(requests)} requests`, after.rssMB - before.rssMB, mb, budgets.maxRssGrowthMB);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const figures = await measureServer();
  console.log('\nServer kit on loopback (load generator in this process, servers in their own)');
  printServerFigures(figures, (label, value, format) =>
    console.log(`  ${label.padEnd(58)} ${format(value).padStart(24)}`),
  );
}
