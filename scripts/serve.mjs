// Serves the demo pages and the built bundle on localhost, like any static host would.
// No dependencies: what a site owner uploads is static files, so that is all this serves.
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const root = resolve(new URL('..', import.meta.url).pathname);
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

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  let path = decodeURIComponent(url.pathname);
  if (path === '/') {
    res.writeHead(302, { location: '/demo/' });
    res.end();
    return;
  }
  const file = normalize(join(root, path));
  if (!file.startsWith(root) || file.includes(`${root}/node_modules`)) {
    res.writeHead(403).end('Forbidden');
    return;
  }
  let target = file;
  try {
    if (statSync(target).isDirectory()) target = join(target, 'index.html');
    statSync(target);
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    return;
  }
  res.writeHead(200, {
    'content-type': TYPES[extname(target)] ?? 'application/octet-stream',
    'cache-control': 'no-store',
  });
  createReadStream(target).pipe(res);
});

const wanted = Number(process.env.PORT ?? 8000);
const listen = (port) => {
  server.once('error', (error) => {
    if (error.code === 'EADDRINUSE' && port < wanted + 20) listen(port + 1);
    else throw error;
  });
  server.listen(port, '127.0.0.1', () => {
    console.log(`\nknee-pain-widgets demo is running:\n`);
    console.log(`  Clinic page      http://localhost:${port}/demo/`);
    console.log(`  Snippet builder  http://localhost:${port}/demo/builder.html\n`);
    console.log('Press Ctrl+C to stop.');
  });
};
listen(wanted);
