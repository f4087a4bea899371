# flopsbot: Slack and/or Discord, configured by environment variables (see .env.example).
# Build: docker build -t flopsbot .   Run: docker run --env-file .env -p 3000:3000 flopsbot

# 1. Build: every dependency (esbuild is a devDependency), then bundle src/ into dist/.
FROM node:24-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY scripts ./scripts
RUN npm ci --no-audit --no-fund
COPY tsconfig.json ./
COPY src ./src
RUN npm run build

# 2. Run: production dependencies only, the bundle, and a non-root user.
FROM node:24-slim
ENV NODE_ENV=production \
    PORT=3000
WORKDIR /app
COPY package.json package-lock.json ./
COPY scripts ./scripts
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
COPY bin ./bin
# The CJK font subset the charts draw Chinese with (Latin fonts come from npm).
COPY assets ./assets
USER node
EXPOSE 3000
# Liveness: /healthz answers 200 while the process runs (on Bolt's server in Slack HTTP mode,
# otherwise on a small server of its own). node:24-slim has no curl; node's fetch does it.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# SIGTERM (docker stop): /readyz turns 503 for DRAIN_SECONDS while serving, then the answers under way
# finish (or are logged as dropped) and the process exits 0 within STOP_TIMEOUT_SECONDS (9 s, under
# docker stop's 10 s).
STOPSIGNAL SIGTERM
CMD ["node", "--enable-source-maps", "dist/main.js"]
