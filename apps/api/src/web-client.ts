import { NestExpressApplication } from '@nestjs/platform-express';
import express from 'express';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from 'pino';
import { AppConfig } from './config/app-config';

const API_PREFIXES = ['/graphql', '/socket.io', '/api/', '/health'];

/** Serves the built React client at / on the API's origin, with index.html for client routes. */
export function serveWebClient(app: NestExpressApplication, config: AppConfig, logger: Logger): void {
  const index = join(config.webDist, 'index.html');
  const built = existsSync(index);
  if (!built) logger.warn({ webDist: config.webDist }, 'the web client is not built: run `npm run build` to serve it at /');
  if (built) app.use(express.static(config.webDist, { index: false, maxAge: '1h' }));
  app.use((req: express.Request, res: express.Response, next: express.NextFunction) => {
    const isPage = req.method === 'GET' && !API_PREFIXES.some((p) => req.path.startsWith(p)) && (req.accepts(['html', 'json']) === 'html');
    if (!isPage) return next();
    if (!built) {
      res.status(503).type('text/plain').send('The Tidings web client is not built yet. Run `npm run build`, then reload.');
      return;
    }
    res.sendFile(index, { headers: { 'Cache-Control': 'no-cache' } });
  });
}
