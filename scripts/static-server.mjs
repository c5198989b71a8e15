// A small static file server for the repository: what a site owner uploads is static files, so
// that is all the demo, the screenshots and the benchmark need. No dependencies. Like any real
// host it compresses text (gzip) for clients that accept it.
import { readFile, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export const ROOT = resolve(new URL('..', import.meta.url).pathname);

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.map': 'application/json; charset=utf-8',
};

/**
 * Sends `body`, gzipped when the client accepts it. Never cached, unless `cache` (for files other
 * than pages): then for a minute, as a real host caches its stylesheets and scripts (the benchmark
 * loads every page in a fresh browser context, so that only lets one page reuse a file it links
 * several times).
 */
function send(req, res, type, body, cache = false) {
  const headers = { 'content-type': type, 'cache-control': cache ? 'max-age=60' : 'no-store', vary: 'accept-encoding' };
  if (/\bgzip\b/.test(req.headers['accept-encoding'] ?? '') && !type.startsWith('image/png')) {
    res.writeHead(200, { ...headers, 'content-encoding': 'gzip' }).end(gzipSync(body));
  } else {
    res.writeHead(200, headers).end(body);
  }
}

/**
 * A server for the files under the repository root (node_modules excluded). `/` redirects to
 * `home` when given; `routes` maps a path to a function returning a generated HTML page (or a
 * promise of one); `transformHtml(html, url)`, when given, rewrites every HTML file it serves (or
 * returns it unchanged), as a site's server or build step would (see scripts/serve.mjs);
 * `cacheFiles` lets browsers cache files other than pages for a minute.
 */
export function createStaticServer({ home, routes = {}, transformHtml, cacheFiles = false } = {}) {
  return createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = decodeURIComponent(url.pathname);
    if (path === '/' && home) {
      res.writeHead(302, { location: home }).end();
      return;
    }
    if (routes[path]) {
      send(req, res, TYPES['.html'], await routes[path](url.searchParams));
      return;
    }
    let file = normalize(join(ROOT, path));
    if (!file.startsWith(ROOT) || file.startsWith(join(ROOT, 'node_modules'))) {
      res.writeHead(403).end('Forbidden');
      return;
    }
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      statSync(file);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    readFile(file, async (error, data) => {
      if (error) {
        res.writeHead(500, { 'content-type': 'text/plain' }).end(String(error));
        return;
      }
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      let body = data;
      try {
        if (transformHtml && type === TYPES['.html']) body = await transformHtml(data.toString('utf8'), url);
      } catch (failure) {
        res.writeHead(500, { 'content-type': 'text/plain' }).end(String(failure?.stack ?? failure));
        return;
      }
      send(req, res, type, body, cacheFiles && type !== TYPES['.html']);
    });
  });
}

/** Listens on 127.0.0.1 at `port` or, if taken, one of the next 20; 0 picks any free port. */
export function listen(server, port = 0) {
  return new Promise((resolvePort, reject) => {
    const attempt = (p) => {
      server.once('error', (error) => {
        if (error.code === 'EADDRINUSE' && port !== 0 && p < port + 20) attempt(p + 1);
        else reject(error);
      });
      server.listen(p, '127.0.0.1', () => resolvePort(server.address().port));
    };
    attempt(port);
  });
}
