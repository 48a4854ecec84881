# syntax=docker/dockerfile:1
# leakhound: the responder (`serve`, `worker`) and the CLI, in one image.
#
#   docker build -t leakhound .
#   docker run --rm -v "$PWD:/src:ro" leakhound scan /src     # the CLI
#   docker compose up -d                                       # the responder (docker-compose.yml)

# Production dependencies only, installed from the lock file.
FROM node:24-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund

# The CLI bundle, rebuilt from the sources rather than taken on trust from the checkout.
FROM node:24-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY tsconfig.json ./
COPY scripts ./scripts
COPY rules ./rules
COPY scanner ./scanner
COPY responder ./responder
RUN node scripts/build-cli.mjs

FROM node:24-slim
# git: workers fetch pushed commits and `history` walks repositories; certificates for https remotes.
RUN apt-get update \
  && apt-get install -y --no-install-recommends git ca-certificates \
  && rm -rf /var/lib/apt/lists/*
ENV NODE_ENV=production \
  LEAKHOUND_WORK_DIR=/var/lib/leakhound
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY --from=build /app/scanner/dist ./scanner/dist
COPY package.json README.md ./
# The git cache holds fetched (leaked) blobs: only the service user may read it.
RUN install -d -m 0700 -o node -g node /var/lib/leakhound
# The node image's unprivileged user (uid 1000); nothing here needs root.
USER node
EXPOSE 3000
# Meaningful for `serve`; docker-compose.yml turns it off for workers, which listen on nothing.
HEALTHCHECK --interval=10s --timeout=3s --start-period=10s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
ENTRYPOINT ["node", "/app/scanner/dist/cli.js"]
CMD ["serve"]
