// Handlers of the organisation server channels: the connection kept in the library's settings
// with its password in the secret store, and the register read and written through the login.

import type { serverChannels, ServerSettings } from '../../../shared/api/channels/server';
import { SopError } from '../../../shared/errors';
import { withServer, type ServerClient, type ServerTarget } from '../server/connection';
import { loginInfo, unitNames } from '../server/login';
import { decreeBook } from '../server/decrees';
import {
  isBureauLogin,
  listRegister,
  publishedDocument,
  recordDecree,
  registerEntry,
  reviewSop,
} from '../server/register';
import type { SecretStore } from '../server/secret-store';
import { NO_SERVER } from '../library/server-settings';
import type { Library } from '../library/library';
import type { HeavyContext } from './context';
import type { HandlersFor } from './types';

type ServerContext = { library: () => Library; secrets: SecretStore };

export function serverHandlers(
  { library, secrets }: ServerContext,
  { runner, registry }: HeavyContext,
): HandlersFor<keyof typeof serverChannels> {
  const settings = (): ServerSettings => ({
    ...library().server(),
    passwordStored: secrets.read() !== undefined,
    passwordKeeping: secrets.keeping,
  });
  const connected = <T>(work: (client: ServerClient) => Promise<T>): Promise<T> =>
    withServer(storedTarget(library(), secrets), work);
  return {
    'server:settings': settings,
    'server:connect': async (url, password) => {
      const { address, secret } = splitPassword(url);
      const given = password || secret;
      if (given) secrets.write(given);
      const known = library().server();
      const sameLogin = known.url === address;
      library().setServer(sameLogin ? { ...known, url: address } : { ...NO_SERVER, url: address });
      const login = await connected(loginInfo);
      library().setServer({ url: address, ...login });
      return settings();
    },
    'server:forget': () => {
      secrets.clear();
      library().setServer(NO_SERVER);
      return settings();
    },
    'server:register': (query) =>
      connected(async (client) => ({
        ...(await listRegister(client, query)),
        bureau: await isBureauLogin(client),
      })),
    'server:units': () => connected(unitNames),
    'server:document': (sopId) => connected((client) => publishedDocument(client, sopId)),
    'server:useAsTemplate': async (sopId) => {
      const { entry, document } = await connected(async (client) => ({
        entry: await registerEntry(client, sopId),
        document: await publishedDocument(client, sopId),
      }));
      return library().importDocument(document, `register ${entry.unit}`);
    },
    'server:review': (sopId, status, note) =>
      connected((client) => reviewSop(client, sopId, status, note)),
    'server:recordDecree': async (decree) => {
      await connected((client) => recordDecree(client, decree));
      return null;
    },
    'server:decreeBook': async (number, options, jobId) => {
      const { docs, settings } = await connected((client) => decreeBook(client, number));
      // The decree's issuer atop the cover: the bureau's government, from its profile.
      const issuer = library().profile().government;
      const book = { ...settings, issuer, ...options };
      return registry.track(jobId, (run) => runner.run('pdf:book', [docs, book], run));
    },
    'server:statuses': () => Object.fromEntries(library().serverStatuses()),
    'server:status': (id) => library().serverStatus(id),
    'server:publish': (ids, jobId) =>
      registry.track(jobId, (run) =>
        library().publishToServer(storedTarget(library(), secrets), ids, run),
      ),
    'server:pull': (jobId) =>
      registry.track(jobId, (run) =>
        library().pullFromServer(storedTarget(library(), secrets), run),
      ),
  };
}

/** The stored connection with the keychain's password; `not-found` when none is set. */
export function storedTarget(library: Library, secrets: SecretStore): ServerTarget {
  const { url } = library.server();
  if (!url) {
    throw new SopError(
      'not-found',
      'Server organisasi belum diatur. Buka Pengaturan → Server organisasi, isi alamat dan kata sandi dari pengelola server, lalu Uji koneksi.',
      'no server set',
    );
  }
  const password = secrets.read();
  if (password === undefined) return { url };
  // Into the URL: node-postgres lets a connection string's (empty) password override one given
  // beside it. The URL with the password lives only in this call, never stored or sent back.
  const withPassword = new URL(url);
  withPassword.password = password;
  return { url: withPassword.toString() };
}

/** The URL without its password (stored apart, in the keychain) and that password, if any. */
export function splitPassword(url: string): { address: string; secret: string } {
  const parsed = postgresUrl(url.trim());
  const secret = decodeURIComponent(parsed.password);
  parsed.password = '';
  return { address: parsed.toString(), secret };
}

/** A postgres:// (or postgresql://) URL, or a message saying how to write one. */
function postgresUrl(text: string): URL {
  const parsed = URL.canParse(text) ? new URL(text) : null;
  if (parsed && /^postgres(ql)?:$/.test(parsed.protocol)) return parsed;
  throw new SopError(
    'invalid-argument',
    `Alamat server organisasi "${text}" tidak dapat dibaca: alamat diawali postgres://, mis. postgres://login@host:5432/basisdata. Mintalah alamat lengkapnya kepada pengelola server.`,
    'bad server URL',
  );
}
