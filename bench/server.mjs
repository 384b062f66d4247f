// The server kit under load: quotes through toNodeHandler(createBillingHandler) + the memory
// backend on loopback, beside two bare node:http servers in the same run (bench/serverProcess.mjs
// says what each does and skips). Two loads:
// - saturated: 50 connections, each sending its next request as soon as an answer lands, 10 s
//   (autocannon). Gives the rate each server reaches; its latency is queueing (p50 ≈ connections
//   ÷ rate), so a latency ratio there only repeats the rate ratio.
// - paced: the same 50 connections at one fixed rate that every server sustains with room
//   (bench/pacedLoad.mjs), 10 s each. Gives the latency a request sees when the server is not
//   saturated, the fair comparison of the handler's cost to the bare answer's. The rate is 1,000
//   req/s: Node's timers fire once a millisecond at best, so at 2,000 req/s every tick sends two
//   requests at once and the second always waits for the first, which counts each server's
//   service time twice in the median, an artefact of the load generator rather than traffic.
// The servers run in child processes; the load generators run here. `node bench/server.mjs`
// prints the figures alone; `npm run bench` prints them against bench/budgets.json.
import { fork } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import * as esbuild from 'esbuild';
import { pacedLoad } from './pacedLoad.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const CONNECTIONS = 50;
const DURATION_S = 10;
const MEMORY_REQUESTS = 100_000;
const WARM_UP_REQUESTS = 5_000;
const MB = 1024 * 1024;
const QUOTES = '/api/billing/add-ons/generative-credits/quotes';
const SERVER_KINDS = ['bare', 'bareJson', 'kit'];
const PACED_ATTEMPTS = 3;
const MAX_LATE_SHARE = 0.01;

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

/** Starts a server process; resolves to its port, a way to read its memory and CPU time, and a way to stop it. */
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

/** Quote requests at `port` as fast as answers come, for `duration` seconds or `amount` requests; every one must succeed. */
async function load(port, { duration, amount }) {
  const result = await autocannon({
    url: `http://127.0.0.1:${port}${QUOTES}`,
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

/** The same quote request as autocannon's, as raw HTTP/1.1 for the paced load. */
function quoteRequest(port) {
  const body = '{"units":2}';
  return Buffer.from(
    `POST ${QUOTES} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/json\r\n` +
      `Authorization: Bearer bench\r\nContent-Length: ${body.length}\r\n\r\n${body}`,
  );
}

/**
 * `run` against `server`, with the server's CPU time per request: unlike rates and latencies it
 * hardly moves when other processes share the machine's cores.
 */
async function withCpu(server, run) {
  const cpuBefore = await server.cpuMicros();
  const figures = await run();
  return { ...figures, cpuMicrosPerRequest: ((await server.cpuMicros()) - cpuBefore) / figures.total };
}

const saturated = (server) => withCpu(server, () => load(server.port, { duration: DURATION_S }));

const paced = (server, rate) =>
  withCpu(server, () =>
    pacedLoad({
      port: server.port,
      request: quoteRequest(server.port),
      rate,
      durationS: DURATION_S,
      connections: CONNECTIONS,
    }),
  );

/**
 * A paced run, run again (PACED_ATTEMPTS in all at most) while over MAX_LATE_SHARE of its requests
 * went out late: then the machine's other work held a process up for 50 ms or more, and the
 * latencies measure that, not the server. The attempts are counted in the figures.
 */
async function undisturbedPaced(server, rate) {
  let figures;
  for (let attempt = 1; attempt <= PACED_ATTEMPTS; attempt += 1) {
    figures = { ...(await paced(server, rate)), attempts: attempt };
    if (figures.waitedForSocket <= figures.total * MAX_LATE_SHARE) break;
  }
  return figures;
}

/** The paced rate from bench/budgets.json: one that every server sustains with room to spare. */
function budgetedPacedRate() {
  const budgets = JSON.parse(readFileSync(new URL('./budgets.json', import.meta.url), 'utf8'));
  return budgets.server.pacedRequestsPerSecond;
}

/**
 * The figures: the three servers side by side, each warmed up, then paced one after the other,
 * then saturated one after the other (each load close in time to the same load on the others, as
 * the machine's other work comes and goes); then the kit's memory after MEMORY_REQUESTS more
 * requests. Growth is counted over those last requests: by then V8 has sized its heap for this
 * load (the first seconds under load grow the process by tens of MB whatever the code), so what
 * grows after is what the requests leave behind.
 */
export async function measureServer({ pacedRate = budgetedPacedRate() } = {}) {
  const bundle = await bundleServerKit();
  const servers = {};
  try {
    for (const kind of SERVER_KINDS) servers[kind] = await startServer(kind, bundle);
    for (const kind of SERVER_KINDS) await load(servers[kind].port, { amount: WARM_UP_REQUESTS });
    const warmedUp = await servers.kit.memory();
    const steady = {};
    for (const kind of SERVER_KINDS) steady[kind] = await undisturbedPaced(servers[kind], pacedRate);
    // The kit runs saturated last, so its memory is read just after its heap was sized for load.
    const full = {};
    for (const kind of SERVER_KINDS) full[kind] = await saturated(servers[kind]);
    const before = await servers.kit.memory();
    await load(servers.kit.port, { amount: MEMORY_REQUESTS });
    const after = await servers.kit.memory();
    const ratio = (figures, baseline = 'bare') => ({
      p50: figures.kit.p50Ms / figures[baseline].p50Ms,
      p99: figures.kit.p99Ms / figures[baseline].p99Ms,
    });
    return {
      connections: CONNECTIONS,
      durationS: DURATION_S,
      pacedRate,
      saturated: { ...full, ratio: ratio(full) },
      paced: { ...steady, ratio: ratio(steady), ratioToJson: ratio(steady, 'bareJson') },
      memory: { warmUpRequests: WARM_UP_REQUESTS, requests: MEMORY_REQUESTS, warmedUp, before, after },
    };
  } finally {
    for (const server of Object.values(servers)) server.stop();
  }
}

const SERVER_LABELS = {
  bare: 'bare node:http: fixed body, request body drained unread',
  bareJson: 'bare node:http reading and parsing the JSON body',
  kit: 'quotes: toNodeHandler(createBillingHandler) + memory backend',
};

/**
 * Prints the figures through `figure(label, value, format, budget, direction)`, as `npm run bench`
 * does; `budgets` is bench/budgets.json's `server`.
 */
export function printServerFigures(figures, figure, budgets = {}) {
  const count = (value) => value.toLocaleString('en-US');
  const rate = (value) => `${count(Math.round(value))} req/s`;
  const ms = (digits) => (value) => `${value.toFixed(digits)} ms`;
  const times = (value) => `${value.toFixed(2)}×`;
  const micros = (value) => `${value.toFixed(0)} µs`;
  const mb = (value) => `${value.toFixed(1)} MB`;
  const memory = (value) => `${mb(value.rssMB)} (heap ${mb(value.heapMB)})`;
  const latency = (figures, digits) => (value) => `${ms(digits)(value)} / ${ms(digits)(figures.p99Ms)}`;
  const { saturated: full, paced: steady } = figures;

  console.log(
    `  saturated: ${figures.connections} connections, each sending again as soon as answered, ${figures.durationS} s`,
  );
  console.log('  (latency here is queueing, p50 ≈ connections ÷ rate: its ratio repeats the rate ratio)');
  for (const kind of SERVER_KINDS) {
    console.log(`    ${SERVER_LABELS[kind]}`);
    const minimum = kind === 'kit' ? budgets.minRequestsPerSecond : undefined;
    figure('  requests per second', full[kind].requestsPerSecond, rate, minimum, 'atLeast');
    figure('  latency p50 / p99', full[kind].p50Ms, latency(full[kind], 1));
    figure('  server CPU time per request', full[kind].cpuMicrosPerRequest, micros);
  }
  figure(
    '  latency ratio handler / bare node:http, p50 / p99',
    full.ratio.p50,
    (value) => `${times(value)} / ${times(full.ratio.p99)}`,
  );

  console.log(
    `  paced: ${count(figures.pacedRate)} req/s over the same ${figures.connections} connections, ${figures.durationS} s each`,
  );
  console.log("  (no server saturated: latency is each request's own time, timed from its write to its answer)");
  for (const kind of SERVER_KINDS) {
    console.log(`    ${SERVER_LABELS[kind]}`);
    figure('  latency p50 / p99', steady[kind].p50Ms, latency(steady[kind], 2));
    figure('  server CPU time per request', steady[kind].cpuMicrosPerRequest, micros);
    if (steady[kind].waitedForSocket > 0) {
      figure('  requests sent late, every connection busy', steady[kind].waitedForSocket, count);
    }
    if (steady[kind].attempts > 1) {
      figure('  runs (again while over 1% went late: machine busy)', steady[kind].attempts, String);
    }
  }
  figure('  latency ratio handler / bare node:http, p50', steady.ratio.p50, times, budgets.maxLatencyRatio);
  figure('  latency ratio handler / bare node:http, p99', steady.ratio.p99, times);
  figure(
    '  latency ratio handler / bare reading JSON, p50 / p99',
    steady.ratioToJson.p50,
    (value) => `${times(value)} / ${times(steady.ratioToJson.p99)}`,
  );

  const { warmUpRequests, requests, warmedUp, before, after } = figures.memory;
  console.log('  memory of the handler process (RSS, and the live heap after a full GC):');
  figure(`  after ${count(warmUpRequests)} warm-up requests`, warmedUp, memory);
  figure('  after the paced and saturated runs', before, memory);
  figure(`  after ${count(requests)} more requests`, after, memory);
  figure(`  RSS growth over those ${count(requests)} requests`, after.rssMB - before.rssMB, mb, budgets.maxRssGrowthMB);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const figures = await measureServer();
  console.log('\nServer kit on loopback (load generators in this process, servers in their own)');
  printServerFigures(figures, (label, value, format) =>
    console.log(`  ${label.padEnd(62)} ${format(value).padStart(24)}`),
  );
}
