import type { IncomingMessage } from 'node:http';
import type { TLSSocket } from 'node:tls';
import type { RequestHandler } from 'express';
import { forbidden } from '../http/AppError';

/** What decides this server's own origin; built once from the config and Express's trust setting. */
export interface OriginPolicy {
  /** `PUBLIC_ORIGIN`, already normalised; when set, the Host header counts for nothing. */
  publicOrigin: string | undefined;
  /** Express's compiled `trust proxy`: may the peer at `address` speak for the client? */
  trustsProxy(address: string, hop: number): boolean;
}

function originOf(value: string): string | undefined {
  try {
    const { origin } = new URL(value);
    return origin === 'null' ? undefined : origin;
  } catch {
    return undefined; // garbage, or a Host header that is not a host
  }
}

/** The scheme as Express's `req.protocol` reads it: X-Forwarded-Proto only from a trusted proxy. */
function schemeOf(req: IncomingMessage, policy: OriginPolicy): string {
  const direct = (req.socket as Partial<TLSSocket>).encrypted ? 'https' : 'http';
  if (!policy.trustsProxy(req.socket.remoteAddress ?? '', 0)) return direct;
  const forwarded = req.headers['x-forwarded-proto'];
  const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0]?.trim();
  return first || direct;
}

/** This server's origin as `req` reached it, or the configured public one. */
export function ownOrigin(req: IncomingMessage, policy: OriginPolicy): string | undefined {
  if (policy.publicOrigin !== undefined) return policy.publicOrigin;
  const host = req.headers.host;
  return host ? originOf(`${schemeOf(req, policy)}://${host}`) : undefined;
}

/**
 * [AR7] The one cross-origin check, for state-changing REST requests and socket handshakes
 * alike: refused when the browser marks the request as from another site, or when it names an
 * Origin whose scheme, host or port differ from this server's. Clients that send neither header
 * (curl, scripts) cannot carry a victim's cookie, so they pass. Returns why it is refused.
 */
export function crossOriginRefusal(req: IncomingMessage, policy: OriginPolicy): string | undefined {
  const site = req.headers['sec-fetch-site'];
  if (site === 'cross-site' || site === 'same-site') return 'Cross-site request refused.';
  const origin = req.headers.origin;
  if (origin === undefined) return undefined;
  const own = ownOrigin(req, policy);
  return own !== undefined && originOf(origin) === own ? undefined : 'Cross-site request refused.';
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** CSRF defence beside SameSite cookies: the origin check on every state-changing request. */
export function checkOrigin(policy: OriginPolicy): RequestHandler {
  return (req, _res, next) => {
    const refusal = SAFE_METHODS.has(req.method) ? undefined : crossOriginRefusal(req, policy);
    next(refusal === undefined ? undefined : forbidden(refusal));
  };
}
