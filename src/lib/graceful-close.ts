// Closing the HTTP server without resetting a request: used on SIGTERM for rolling restarts.
import type { FastifyInstance } from 'fastify';

/**
 * How long connections accepted just before the stop may take to send their request. Node's
 * `server.close()` closes every connection without a running request at once, and a connection accepted
 * a moment ago has not sent its request yet: closing it resets a request the client already sent.
 */
const GRACE_MS = 500;

/**
 * Stops accepting connections, answers every request already received (and those still arriving on open
 * connections, each then closed by `Connection: close`), closes idle keep-alive connections after a short
 * grace, and resolves when the last answer is out and the app's onClose hooks ran.
 */
export async function closeGracefully(app: FastifyInstance): Promise<void> {
  const server = app.server;
  const closeIdleConnections = server.closeIdleConnections.bind(server);
  server.closeIdleConnections = () => {};
  // setImmediate: after a busy moment the timer may fire before the poll phase has read the requests
  // waiting on those connections; the check phase comes after it, when they count as running.
  const timer = setTimeout(() => setImmediate(closeIdleConnections), GRACE_MS);
  try {
    await app.close();
  } finally {
    clearTimeout(timer);
    server.closeIdleConnections = closeIdleConnections;
  }
}
