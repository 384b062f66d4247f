// The parts of node:http that `toNodeHandler` uses, declared here so the server entry's types
// need no @types/node (edge and worker hosts type-check without it). node:http's
// IncomingMessage and ServerResponse, and Express's and Connect's, are assignable to them.

/** A listener of a Node event, whatever it is passed. */
type NodeListener = (...args: unknown[]) => void;

/** node:http's request (`IncomingMessage`), as `toNodeHandler` reads it. */
export interface NodeRequest {
  method?: string | undefined;
  url?: string | undefined;
  headers: { [name: string]: string | string[] | undefined };
  rawHeaders: string[];
  /** The whole message has been received. */
  complete: boolean;
  readonly readableEnded: boolean;
  readonly readableDidRead: boolean;
  /** `null` until something reads the body in flowing mode (a `data` listener, `resume`, `pipe`). */
  readonly readableFlowing?: boolean | null;
  /** Bytes received and waiting to be read. */
  readonly readableLength?: number;
  /** Everything waiting in the stream's buffer, in one chunk; `null` when nothing is. */
  read?(): unknown;
  socket: object | null;
  pause(): unknown;
  resume(): unknown;
  on(event: string, listener: NodeListener): unknown;
  once(event: string, listener: NodeListener): unknown;
  off(event: string, listener: NodeListener): unknown;
}

/** node:http's response (`ServerResponse`), as `toNodeHandler` writes it. */
export interface NodeResponse {
  readonly headersSent: boolean;
  readonly destroyed: boolean;
  readonly writableEnded: boolean;
  readonly writableFinished: boolean;
  writeHead(status: number, headers: { [name: string]: string | string[] }): unknown;
  end(body: string): unknown;
  destroy(): unknown;
  on(event: string, listener: NodeListener): unknown;
  once(event: string, listener: NodeListener): unknown;
}
