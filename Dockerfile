# The web server and the indexer (same image). Meilisearch runs in its own container (docker-compose.yml), so the
# embedded engine package is left out (--omit=optional).
FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
COPY scripts ./scripts
RUN npm ci --omit=dev --omit=optional && npm cache clean --force
COPY . .
# Where the search-key service leaves the web server's key (a named volume starts with this folder's owner).
RUN mkdir -p /run/dispatch && chown node:node /run/dispatch
USER node
EXPOSE 3000
CMD ["npm", "start"]
