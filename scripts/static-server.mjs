/**
 * A minimal static file server on 127.0.0.1 (a free port), for the check and
 * bench scripts; its handler also serves the built Storybook in the demo's dev server.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};

/**
 * A request handler that answers from `folder` (`index.html` for a folder);
 * calls `next` (else answers 404) for what is not there.
 */
export const staticFiles = (folder) => {
  const root = resolve(folder);
  return (request, response, next) => {
    let path = join(root, decodeURIComponent(new URL(request.url, 'http://x').pathname));
    // Within the folder only (not a sibling whose name starts the same).
    const inside = path === root || path.startsWith(root + sep);
    if (inside && existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
    if (!inside || !existsSync(path) || statSync(path).isDirectory()) {
      if (next) return next();
      response.statusCode = 404;
      response.end();
      return;
    }
    response.setHeader('Content-Type', TYPES[extname(path)] ?? 'application/octet-stream');
    createReadStream(path).pipe(response);
  };
};

/** Serves `folder`; resolves to `{ url, close }`. */
export const serve = async (folder) => {
  const server = createServer(staticFiles(folder));
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return { url: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
};
