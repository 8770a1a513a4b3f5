import type { RequestHandler } from 'express';
import helmet from 'helmet';

/**
 * Helmet with a CSP that keeps the app same-origin only. Monaco needs `blob:` workers and
 * inline styles; nothing may load from another host, which also keeps CDNs out.
 */
export function securityHeaders(): RequestHandler[] {
  const hsts = helmet.strictTransportSecurity();
  return [
    helmet({
      contentSecurityPolicy: {
        useDefaults: true,
        directives: {
          'default-src': ["'self'"],
          'script-src': ["'self'"],
          'worker-src': ["'self'", 'blob:'],
          'style-src': ["'self'", "'unsafe-inline'"],
          'font-src': ["'self'", 'data:'],
          'img-src': ["'self'", 'data:', 'blob:'],
          'connect-src': ["'self'"],
          'upgrade-insecure-requests': null,
        },
      },
      crossOriginEmbedderPolicy: false,
      strictTransportSecurity: false,
    }),
    // HSTS only over HTTPS (as `trust proxy` reads it): browsers ignore it on plain HTTP, and a
    // server reached over HTTP, such as a local install, has no business promising HTTPS.
    (req, res, next) => {
      if (req.secure) hsts(req, res, next);
      else next();
    },
  ];
}
