import type { RequestHandler } from 'express';
import { forbidden } from '../http/AppError';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * CSRF defence beside SameSite cookies: a state-changing request that a browser marks as coming
 * from another site, or whose Origin is not this server, is refused. Clients that send neither
 * header (curl, scripts) cannot carry a victim's cookie, so they pass.
 */
export function checkOrigin(): RequestHandler {
  return (req, _res, next) => {
    if (SAFE_METHODS.has(req.method)) {
      next();
      return;
    }
    const origin = req.headers.origin;
    const site = req.headers['sec-fetch-site'];
    const ownOrigin = `${req.protocol}://${req.headers.host ?? ''}`;
    if (origin !== undefined && origin !== ownOrigin) {
      next(forbidden('Cross-site request refused.'));
      return;
    }
    if (site === 'cross-site' || site === 'same-site') {
      next(forbidden('Cross-site request refused.'));
      return;
    }
    next();
  };
}
