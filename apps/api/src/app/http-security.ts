import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';

/** Security headers on every response, with a content security policy the web client passes. */
export function applyHttpSecurity(app: NestExpressApplication, production: boolean): void {
  const headers = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // React sets style properties through the DOM, which CSP allows: no 'unsafe-inline' needed.
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    crossOriginEmbedderPolicy: false,
  });
  const withoutCsp = helmet({ contentSecurityPolicy: false, crossOriginEmbedderPolicy: false });
  app.disable('x-powered-by');
  app.use((req: Request, res: Response, next: NextFunction) =>
    // GraphiQL (development only) loads its page from a CDN; everything else gets the full policy.
    !production && req.path === '/graphql' && req.method === 'GET' ? withoutCsp(req, res, next) : headers(req, res, next),
  );
}
