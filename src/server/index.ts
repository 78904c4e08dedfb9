/**
 * `iran-judicial-eservices/server`: the HTTP API (Node only, node:http, no dependency
 * beyond the library). `createServer(options)` for a server of its own, `createHandler`
 * to mount the routes in an existing one, `openApiDocument()` for the document it serves.
 * See docs/http.md.
 */
import { createServer as createHttpServer, type Server } from 'node:http';
import { createHandler, type ServerOptions } from './handler.js';

export { createHandler, inputErrorBody } from './handler.js';
export type { Handler, LogEntry, ServerOptions } from './handler.js';
export { openApiDocument } from './openapi.js';
export { ERROR_CODES } from './shapes.js';
export type { ErrorCode } from './shapes.js';

/**
 * A node:http server answering the HTTP API (not yet listening). Node's own limits are set
 * from the options: headers must arrive within `timeoutMs`, and a connection idle between
 * requests is closed after 5 s.
 *
 * @param options - limits, timeout, logger (see {@link ServerOptions})
 * @returns the server; call `.listen(port, host)`
 * @example
 * const server = createServer({ bodyLimit: 1 << 20, timeoutMs: 10_000 });
 * server.listen(8080, '127.0.0.1');
 * // curl -s 127.0.0.1:8080/v1/age -d '{"birthDate":"1363/11/17","asOf":"1387/11/17"}'
 * // {"birthDate":"1363/11/17","asOf":"1387/11/17","age":24}
 */
export function createServer(options: ServerOptions = {}): Server {
  const handler = createHandler(options);
  const timeoutMs = options.timeoutMs ?? 10_000;
  const batchMs = options.batch?.timeoutMs ?? 120_000;
  const server = createHttpServer({ headersTimeout: timeoutMs, requestTimeout: Math.max(timeoutMs, batchMs) + 5_000, keepAliveTimeout: 5_000 }, handler);
  server.on('close', () => handler.closing());
  (server as Server & { beginClosing?: () => void }).beginClosing = handler.closing;
  server.on('clientError', (_err, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nconnection: close\r\n\r\n');
    else socket.destroy();
  });
  return server;
}

/**
 * Stop a server gracefully: stop accepting, answer `Connection: close` from now on, close
 * idle connections, let requests in flight finish, and after `graceMs` close what is left.
 *
 * @param server - a server from {@link createServer}
 * @param graceMs - how long requests in flight may take to finish (default 10 s)
 * @returns resolves when every connection is closed
 * @example
 * process.once('SIGTERM', () => void shutdown(server).then(() => process.exit(0)));
 */
export function shutdown(server: Server, graceMs = 10_000): Promise<void> {
  (server as Server & { beginClosing?: () => void }).beginClosing?.();
  return new Promise((resolve) => {
    const force = setTimeout(() => server.closeAllConnections(), graceMs);
    force.unref();
    server.close(() => {
      clearTimeout(force);
      resolve();
    });
    server.closeIdleConnections();
  });
}
