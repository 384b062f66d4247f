// An open-loop load at a fixed rate, for comparing two servers' latency when neither is
// saturated. autocannon's `overallRate` does not pace: each connection sends its share of a
// second back to back at the start of every second, then waits for the next (lib/httpClient.js,
// `reqsMadeThisSecond`), so its latencies at "2,000 req/s" are queueing in those bursts, and it
// back-fills latencies for coordinated omission on top. This sends requests evenly spaced over
// `connections` keep-alive sockets, one in flight per socket, and times each from its write to
// the last byte of its answer, with a microsecond clock.
import { connect } from 'node:net';
import { performance } from 'node:perf_hooks';

const HEAD_END = Buffer.from('\r\n\r\n');
const LAST_CHUNK = Buffer.from('\r\n0\r\n\r\n');

/**
 * The length of the first whole answer in `data` (status line, headers and a Content-Length or
 * chunked body), with its status; `null` while it is incomplete.
 */
function firstAnswer(data) {
  const headEnd = data.indexOf(HEAD_END);
  if (headEnd < 0) return null;
  const head = data.toString('latin1', 0, headEnd);
  const status = Number(head.slice(9, 12));
  const length = /\r\ncontent-length: *(\d+)/i.exec(head);
  if (length) {
    const end = headEnd + 4 + Number(length[1]);
    return data.length >= end ? { status, end } : null;
  }
  const last = data.indexOf(LAST_CHUNK, headEnd + 2);
  return last < 0 ? null : { status, end: last + LAST_CHUNK.length };
}

/** One keep-alive socket that sends a request when asked and reports its answer. */
function openConnection(port, onAnswer, onError) {
  const socket = connect({ port, host: '127.0.0.1', noDelay: true });
  const connection = { busy: false, sentAt: 0, send: null };
  let received = Buffer.alloc(0);
  socket.on('data', (chunk) => {
    received = received.length ? Buffer.concat([received, chunk]) : chunk;
    const answer = firstAnswer(received);
    if (!answer) return;
    received = received.subarray(answer.end);
    connection.busy = false;
    onAnswer(connection, answer.status, performance.now() - connection.sentAt);
  });
  socket.on('error', onError);
  connection.send = (request) => {
    connection.busy = true;
    connection.sentAt = performance.now();
    socket.write(request);
  };
  connection.close = () => socket.destroy();
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(connection));
    socket.once('error', reject);
  });
}

/** The value at `fraction` (0.5 for the median) of sorted `values`. */
function percentile(sorted, fraction) {
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))];
}

/**
 * Sends `request` (raw HTTP/1.1 bytes) to 127.0.0.1:`port` at `rate` requests per second for
 * `durationS` seconds over `connections` sockets. Resolves to the rate reached, p50/p99 latency
 * in ms, and how many requests found every socket busy and went out late, as soon as one freed
 * (the server fell behind, or this process was held up long enough for that many to fall due).
 */
export async function pacedLoad({ port, request, rate, durationS, connections }) {
  const total = Math.round(rate * durationS);
  const latencies = new Float64Array(total);
  let answered = 0;
  let failed = 0;
  let waited = 0;
  const pending = [];
  let finish;
  let fail;
  const done = new Promise((resolve, reject) => {
    finish = resolve;
    fail = reject;
  });
  const onAnswer = (connection, status, ms) => {
    if (status < 200 || status > 299) failed += 1;
    latencies[answered] = ms;
    answered += 1;
    if (answered === total) finish();
    else if (pending.length) connection.send(pending.shift());
  };
  const sockets = await Promise.all(
    Array.from({ length: connections }, () => openConnection(port, onAnswer, (error) => fail(error))),
  );
  const idle = () => sockets.find((connection) => !connection.busy);
  const interval = 1000 / rate;
  const start = performance.now();
  let sent = 0;
  // Timers fire every millisecond at best, so each tick sends every request due by then.
  const tick = () => {
    const now = performance.now();
    while (sent < total && start + sent * interval <= now) {
      sent += 1;
      const connection = idle();
      if (connection) connection.send(request);
      else {
        waited += 1;
        pending.push(request);
      }
    }
    if (sent < total) setTimeout(tick, Math.max(0, start + sent * interval - performance.now()));
  };
  tick();
  try {
    await done;
  } finally {
    for (const connection of sockets) connection.close();
  }
  if (failed > 0) throw new Error(`${failed} of ${total} paced requests were not answered 2xx.`);
  const elapsedS = (performance.now() - start) / 1000;
  const sorted = latencies.sort();
  return {
    requestsPerSecond: total / elapsedS,
    p50Ms: percentile(sorted, 0.5),
    p99Ms: percentile(sorted, 0.99),
    total,
    waitedForSocket: waited,
  };
}
