# syntax=docker/dockerfile:1
# The API image (it also serves the built web client). Used by docker-compose.yml.
#   docker build -t tidings-api .
#   docker run -e DATABASE_URL=... -e JWT_SECRET=... -e NODE_ENV=production -p 3000:3000 tidings-api

# ---- build: install everything, compile libs/shared, apps/api and apps/web ----
FROM node:20-slim AS build
WORKDIR /app
# Manifests first, so the dependency layer is cached until they change.
COPY package.json package-lock.json ./
COPY libs/shared/package.json libs/shared/
COPY apps/api/package.json apps/api/
COPY apps/web/package.json apps/web/
# The lock omits optional platform packages (darwin, win32, ...) that the registry mirror it was
# made with did not serve; npm ci refuses such a lock, npm install installs from it (see .ci/run).
RUN npm ci --no-audit --no-fund || npm install --no-audit --no-fund
COPY tsconfig.json nest-cli.json ./
COPY libs/shared libs/shared
COPY apps/api apps/api
COPY apps/web apps/web
RUN npm run build
# Keep only what runs: production dependencies (workspace links included), compiled output,
# the committed GraphQL schema and the web bundle; drop TypeScript sources.
RUN npm prune --omit=dev --no-audit --no-fund \
 && rm -rf libs/shared/src apps/api/src apps/web/src \
 && find apps libs -name '*.tsbuildinfo' -delete

# ---- runtime ----
FROM node:20-slim AS runtime
ENV NODE_ENV=production \
    PORT=3000
WORKDIR /app
COPY --from=build /app/package.json /app/package-lock.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/libs ./libs
COPY --from=build /app/apps ./apps
# Uploaded files live in .data/ when no S3_* store is configured; the app runs as `node`.
RUN mkdir -p /app/.data && chown node:node /app/.data
USER node
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
CMD ["node", "apps/api/dist/main.js"]
