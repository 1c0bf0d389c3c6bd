/**
 * A plain static file server, as a stand-in for "any static host": it serves one directory under one URL prefix
 * and nothing else — no rewrites, no fallbacks, no Astro preview. Files get their content type from their
 * extension; a directory URL serves its index.html (a directory without the trailing slash is redirected to it,
 * as nginx and most hosts do); anything outside the prefix, or missing, is a 404.
 *
 * `npx tsx e2e/support/static-server.ts [port]` serves the sub-path build (e2e/support/subpath.ts) by hand.
 */
import { createReadStream, statSync, type Stats } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
};

export interface StaticServer {
  /** The site's address, ending with the prefix: http://127.0.0.1:PORT/prefix/ */
  readonly url: string;
  readonly server: Server;
  close(): Promise<void>;
}

function stat(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

/** Serve `root` at `prefix` (which starts and ends with '/') on 127.0.0.1; port 0 picks a free port. */
export async function serveStatic(root: string, prefix: string, port = 0): Promise<StaticServer> {
  if (!prefix.startsWith('/') || !prefix.endsWith('/')) throw new Error(`prefix must start and end with "/": ${prefix}`);
  const top = resolve(root);
  const server = createServer((req, res) => {
    const notFound = () => {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('Not found\n');
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' });
      res.end();
      return;
    }
    const url = new URL(req.url ?? '/', 'http://host');
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      return notFound();
    }
    if (pathname === prefix.slice(0, -1)) {
      res.writeHead(301, { location: prefix + url.search });
      res.end();
      return;
    }
    if (!pathname.startsWith(prefix) || pathname.includes('\0')) return notFound();
    let file = resolve(top, '.' + sep + pathname.slice(prefix.length));
    if (file !== top && !file.startsWith(top + sep)) return notFound();
    let st = stat(file);
    if (st?.isDirectory()) {
      if (!pathname.endsWith('/')) {
        res.writeHead(301, { location: url.pathname + '/' + url.search });
        res.end();
        return;
      }
      file = join(file, 'index.html');
      st = stat(file);
    }
    if (!st?.isFile()) return notFound();
    res.writeHead(200, {
      'content-type': CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'content-length': st.size,
      'cache-control': 'no-cache',
    });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => ok());
  });
  const { port: actual } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${actual}${prefix}`,
    server,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { SUBPATH_DIR, SUBPATH_PREFIX } = await import('./subpath.ts');
  const s = await serveStatic(SUBPATH_DIR, SUBPATH_PREFIX, Number(process.argv[2] ?? 4342));
  console.log(`serving ${SUBPATH_DIR} at ${s.url}`);
}
