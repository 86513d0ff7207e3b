// The preview host: serves the built renderer and the API over loopback HTTP, so the editor runs
// in a plain browser (previews, e2e tests) with the same handlers as the desktop app.
// Bound to 127.0.0.1 only; every API call must carry this run's random token.

import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { decodeFromJson, encodeForJson } from '../../shared/api';
import { dispatch } from '../services/api';
import type { ApiHandlers } from '../services/api';
import { send } from './respond';
import { serveStatic } from './static';

export const TOKEN_HEADER = 'x-sop-token';
const MAX_BODY_BYTES = 60 * 1024 * 1024;

export type HostOptions = {
  handlers: ApiHandlers;
  rendererDir: string;
  /** 0 or undefined picks a free port. */
  port?: number;
  token?: string;
};

export type RunningHost = {
  /** The address to open, token included (in the fragment, never sent to the server). */
  url: string;
  origin: string;
  port: number;
  token: string;
  close: () => Promise<void>;
};

export async function startHost(options: HostOptions): Promise<RunningHost> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const server = createServer((req, res) => {
    handle(req, res, options, token).catch((error: unknown) => {
      console.error('[host]', error);
      if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', 'Kesalahan server.');
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}/#token=${token}`,
    origin,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function handle(
  req: IncomingMessage,
  res: ServerResponse,
  options: HostOptions,
  token: string,
): Promise<void> {
  // A page on another site could reach 127.0.0.1 through DNS rebinding; only our own host name passes.
  const host = req.headers.host ?? '';
  if (!/^(127\.0\.0\.1|localhost)(:\d+)?$/.test(host)) {
    send(res, 403, 'text/plain; charset=utf-8', 'Host tidak diizinkan.');
    return;
  }
  // A second line of defence behind the token: a browser names the page that sent a request in
  // `Origin`; one from any other page than ours is refused.
  const origin = req.headers.origin;
  if (origin !== undefined && origin !== `http://${host}`) {
    send(res, 403, 'text/plain; charset=utf-8', 'Asal permintaan tidak diizinkan.');
    return;
  }
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const pathname = decodePath(url.pathname);
  if (pathname === null) {
    send(res, 400, 'text/plain; charset=utf-8', 'Alamat tidak sah.');
    return;
  }
  if (pathname.startsWith('/api/')) {
    await handleApi(req, res, options.handlers, token, pathname.slice(5));
    return;
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    send(res, 405, 'text/plain; charset=utf-8', 'Metode tidak diizinkan.');
    return;
  }
  await serveStatic(res, options.rendererDir, pathname);
}

/** The path with its percent-escapes decoded; null when they are malformed (`%E0%A4%A`). */
function decodePath(pathname: string): string | null {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return null;
  }
}

async function handleApi(
  req: IncomingMessage,
  res: ServerResponse,
  handlers: ApiHandlers,
  token: string,
  channel: string,
): Promise<void> {
  if (req.method !== 'POST') {
    send(res, 405, 'text/plain; charset=utf-8', 'Gunakan POST.');
    return;
  }
  if (!tokenMatches(req.headers[TOKEN_HEADER], token)) {
    sendJson(res, 401, {
      ok: false,
      error: {
        code: 'unauthorized',
        message:
          'Akses ditolak: token tidak sah. Buka alamat lengkap yang dicetak saat aplikasi dimulai.',
      },
    });
    return;
  }
  const body = await readBody(req);
  if (body === null) {
    sendJson(res, 413, {
      ok: false,
      error: { code: 'file-too-large', message: 'Data yang dikirim terlalu besar.' },
    });
    return;
  }
  let args: unknown;
  try {
    // Bytes arguments (workbooks, backups) travel as base64 objects, like bytes results.
    args = (decodeFromJson(body) as { args?: unknown }).args;
  } catch {
    sendJson(res, 400, {
      ok: false,
      error: { code: 'invalid-argument', message: 'Permintaan tidak sah (bukan JSON).' },
    });
    return;
  }
  const response = await dispatch(handlers, channel, args);
  sendJson(res, 200, response);
}

function tokenMatches(header: string | string[] | undefined, token: string): boolean {
  if (typeof header !== 'string') return false;
  const given = Buffer.from(header);
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

async function readBody(req: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  send(res, status, 'application/json; charset=utf-8', encodeForJson(value));
}
