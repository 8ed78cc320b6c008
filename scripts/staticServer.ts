// A minimal static server for dist/, used by the browser tests and the benchmark: serves the site
// under its base path, answers folders with index.html and unknown paths with 404.html.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { contentType } from '../src/lib/site/mediaTypes.ts';
import { gzipSync } from 'node:zlib';

async function resolveFile(root: string, path: string): Promise<string | null> {
  const file = join(root, normalize(path).replace(/^(\.\.[/\\])+/, ''));
  if (!file.startsWith(root)) return null;
  try {
    const info = await stat(file);
    if (info.isDirectory()) return resolveFile(root, join(path, 'index.html'));
    return file;
  } catch {
    return null;
  }
}

/** Port 0 (the default) takes any free port, so that several runs can serve at once; see originOf. */
export function startStaticServer(options: {
  root: string;
  base?: string;
  port?: number;
  host?: string;
  /** Gzip text to clients that accept it, as a production server does (Lighthouse measures with it). */
  compress?: boolean;
}): Promise<Server> {
  const root = normalize(options.root);
  const base = (options.base ?? '/').replace(/\/?$/, '/');
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      // A malformed percent sequence ("/%") would otherwise end the whole server.
      res.writeHead(400).end();
      return;
    }
    const inside = pathname.startsWith(base) ? pathname.slice(base.length - 1) : null;
    const file = inside === null ? null : await resolveFile(root, inside);
    if (inside !== null && file === null && !inside.endsWith('/') && !extname(inside)) {
      res.writeHead(301, { Location: `${pathname}/` }).end();
      return;
    }
    const status = file ? 200 : 404;
    const body = await readFile(file ?? join(root, '404.html')).catch(() => Buffer.from('Not found'));
    const type = contentType(file ? extname(file).slice(1) : 'html');
    const gzip =
      options.compress &&
      /\bgzip\b/.test(req.headers['accept-encoding'] ?? '') &&
      /^(text|application)\/|svg/.test(type);
    res.writeHead(status, {
      'Content-Type': type,
      ...(gzip ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}),
    });
    res.end(gzip ? gzipSync(body) : body);
  };
  const server = createServer((req, res) => {
    // A failure while answering ends that response, never the server.
    handle(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve(server));
  });
}

/** "http://127.0.0.1:<port>" of a listening server. */
export function originOf(server: Server): string {
  const { address, port } = server.address() as AddressInfo;
  return `http://${address}:${port}`;
}
