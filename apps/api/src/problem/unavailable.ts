/**
 * Whether an error means that PostgreSQL or Temporal is unreachable for a moment (restarting, shutting
 * down, refusing connections), rather than a fault of ours: the API answers 503 with Retry-After, so
 * that a client re-reads and retries, instead of a 500.
 */

/** SQLSTATE: class 08 (connection exception), 57P01–57P03 (shutdown, cannot connect now), 53300 (too many connections). */
const PG_UNAVAILABLE = /^(08[0-9A-Z]{3}|57P0[123]|53300)$/;
const NODE_UNAVAILABLE = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH']);
const PG_CLIENT_MESSAGES =
  /^(Connection terminated( unexpectedly| due to connection timeout)?|timeout exceeded when trying to connect|Client has encountered a connection error and is not queryable)$/;
/** gRPC status UNAVAILABLE, as @temporalio/client reports it (on the error or its cause). */
const GRPC_UNAVAILABLE = 14;

export function isUnavailable(error: unknown, depth = 0): boolean {
  if (!(error instanceof Error) || depth > 4) return false;
  const e = error as Error & { code?: unknown; driverError?: unknown; cause?: unknown; details?: unknown };
  if (typeof e.code === 'string' && (PG_UNAVAILABLE.test(e.code) || NODE_UNAVAILABLE.has(e.code))) return true;
  if (e.code === GRPC_UNAVAILABLE && 'details' in e) return true;
  if (PG_CLIENT_MESSAGES.test(e.message)) return true;
  return isUnavailable(e.driverError, depth + 1) || isUnavailable(e.cause, depth + 1);
}
