// toNodeHandler's own reading and writing of node:http, which skips Fetch objects for speed: bodies
// that arrive with their headers or after them, the exact UTF-8 length of what it writes, and the
// Request identify gets.
import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { basicCreditsAddOn, basicSubscription } from '../../mocks/scenarios';
import { createBillingHandler, createMemoryBackend } from '../../src/server';
import { jsonHeaders, type RawResponse, send, serveBilling } from '../support/billingServers';

const ADD_ON = 'generative-credits';
const QUOTES = `/api/billing/add-ons/${ADD_ON}/quotes`;
const identify = () => ({ customerId: 'alice' });

function memoryHandler() {
  const backend = createMemoryBackend({ subscriptions: { alice: basicSubscription() } });
  return createBillingHandler({ backend, identify });
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A quote request whose body is sent in `parts`, 30 ms apart (chunked, no Content-Length). */
function sendSlowly(origin: string, parts: string[]): Promise<RawResponse & { text: string }> {
  const { hostname, port } = new URL(origin);
  return new Promise((resolve, reject) => {
    let answered = false;
    const request = httpRequest(
      { hostname, port, method: 'POST', path: QUOTES, headers: jsonHeaders(), agent: false },
      (response) => {
        answered = true;
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          resolve({ status: response.statusCode ?? 0, headers: response.headers, json: JSON.parse(text), text });
        });
      },
    );
    // The server may answer 413 and close before the last parts are written.
    request.on('error', (error) => {
      if (!answered) reject(error);
    });
    void (async () => {
      for (const part of parts) {
        if (answered) return;
        request.write(part);
        await pause(30);
      }
      request.end();
    })();
  });
}

/** Writes each request whole on one keep-alive connection, the next once an answer came; the statuses. */
async function exchange(origin: string, requests: string[]): Promise<number[]> {
  const { hostname, port } = new URL(origin);
  const socket = connect(Number(port), hostname);
  let received = '';
  socket.on('data', (data: Buffer) => {
    received += data.toString('latin1');
  });
  const statuses: number[] = [];
  try {
    for (const request of requests) {
      received = '';
      socket.write(request);
      await expect.poll(() => /\r\n\r\n\{.*\}$/s.test(received)).toBe(true);
      statuses.push(Number(received.slice(9, 12)));
    }
  } finally {
    socket.destroy();
  }
  return statuses;
}

describe('toNodeHandler on the wire', () => {
  it('reads a body that arrives after its headers, in parts', async () => {
    const origin = await serveBilling('node:http', memoryHandler());
    const response = await sendSlowly(origin, ['{"uni', 'ts":', '2}']);
    expect(response).toMatchObject({ status: 200, json: { quote: { addOnId: ADD_ON, units: 2 } } });
  });

  it('refuses with 413 a body that grows past 8 KiB after its headers, reading no further', async () => {
    const origin = await serveBilling('node:http', memoryHandler());
    const response = await sendSlowly(origin, ['{"units":2,"padding":"', 'x'.repeat(9000), 'x'.repeat(9000), '"}']);
    expect(response).toMatchObject({ status: 413, json: { error: { code: 'invalid_request' } } });
    expect(response.headers.connection).toBe('close');
  });

  it('refuses with 413 a body over 8 KiB that had arrived whole before it was read, keeping the connection', async () => {
    const backend = createMemoryBackend({ subscriptions: { alice: basicSubscription() } });
    // An identify that looks the session up somewhere, as most do: by the time it answers, the
    // whole request has been parsed, and the body is read from the stream's buffer in one go.
    const lookUpSession = async () => {
      await pause(20);
      return { customerId: 'alice' };
    };
    const origin = await serveBilling('node:http', createBillingHandler({ backend, identify: lookUpSession }));
    const body = JSON.stringify({ units: 2, padding: 'x'.repeat(9000) });
    // Chunked: a declared Content-Length over 8 KiB would be refused before reading.
    const chunked = `${body.length.toString(16)}\r\n${body}\r\n0\r\n\r\n`;
    const answers = await exchange(origin, [
      `POST ${QUOTES} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n${chunked}`,
      `POST ${QUOTES} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 11\r\n\r\n{"units":2}`,
    ]);
    expect(answers).toEqual([413, 200]);
  });

  it('sends the exact UTF-8 length of an answer with accents, CJK and emoji in its names', async () => {
    const name = 'Crédits génératifs 生成クレジット 🎨';
    const backend = createMemoryBackend({
      subscriptions: { alice: basicSubscription({ addOns: [basicCreditsAddOn({ name })] }) },
    });
    const origin = await serveBilling('node:http', createBillingHandler({ backend, identify }));
    const response = await sendSlowly(origin, ['{"units":2}']);
    const subscription = await send(origin, { path: '/api/billing/subscription' });
    expect(subscription.json).toMatchObject({ subscription: { addOns: [{ name }] } });
    expect(Number(response.headers['content-length'])).toBe(Buffer.byteLength(response.text));
    const raw = await fetch(`${origin}/api/billing/subscription`);
    const bytes = new Uint8Array(await raw.arrayBuffer());
    expect(Number(raw.headers.get('content-length'))).toBe(bytes.byteLength);
    expect(new TextDecoder().decode(bytes)).toContain(name);
  });

  it('gives identify a genuine Request with every header as sent, repeated ones joined', async () => {
    const seen: Request[] = [];
    const backend = createMemoryBackend({ subscriptions: { alice: basicSubscription() } });
    const handler = createBillingHandler({
      backend,
      identify: (request) => {
        seen.push(request);
        return { customerId: 'alice' };
      },
    });
    const origin = await serveBilling('node:http', handler);
    const { hostname, port } = new URL(origin);
    await new Promise<void>((resolve, reject) => {
      const request = httpRequest(
        {
          hostname,
          port,
          path: '/api/billing/subscription',
          agent: false,
          headers: { 'X-Tag': ['a', 'b'], Authorization: 'Bearer t', 'Accept-Language': 'fr' },
        },
        (response) => {
          response.resume();
          response.on('end', resolve);
        },
      );
      request.on('error', reject);
      request.end();
    });
    const [request] = seen;
    expect(request).toBeInstanceOf(Request);
    expect(request?.method).toBe('GET');
    expect(request?.url).toBe(`${origin}/api/billing/subscription`);
    expect(request?.headers.get('x-tag')).toBe('a, b');
    expect(request?.headers.get('authorization')).toBe('Bearer t');
    expect(request?.headers.get('accept-language')).toBe('fr');
    expect(request?.headers.get('host')).toBe(new URL(origin).host);
    expect(request?.clone().headers.get('authorization')).toBe('Bearer t');
  });
});
