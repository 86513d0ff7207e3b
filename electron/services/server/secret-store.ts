// Where the desktop keeps the organisation server's password: never in plain text. The desktop
// main encrypts it with the OS keychain (Electron safeStorage) and keeps only the encrypted bytes
// in the data folder; where no keychain is at hand (the browser preview) it lives in memory for
// the run and the settings say so.

import fs from 'node:fs';
import path from 'node:path';
import type { PasswordKeeping } from '../../../shared/api';

export type SecretStore = {
  readonly keeping: PasswordKeeping;
  read(): string | undefined;
  write(secret: string): void;
  clear(): void;
};

/** The OS keychain's cipher (safeStorage.encryptString / decryptString). */
export type KeychainCipher = {
  encrypt(plain: string): Buffer;
  decrypt(encrypted: Buffer): string;
};

/** Keeps the secret for this run only. */
export function memorySecretStore(): SecretStore {
  let secret: string | undefined;
  return {
    keeping: 'memory',
    read: () => secret,
    write: (value) => {
      secret = value;
    },
    clear: () => {
      secret = undefined;
    },
  };
}

/** Keeps the secret encrypted by the keychain in `file`; an unreadable file counts as none. */
export function keychainSecretStore(file: string, cipher: KeychainCipher): SecretStore {
  return {
    keeping: 'keychain',
    read: () => {
      try {
        return cipher.decrypt(fs.readFileSync(file));
      } catch {
        // Missing, or encrypted by another user's keychain: the user types the password again.
        return undefined;
      }
    },
    write: (value) => {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      const staged = `${file}.tmp`;
      fs.writeFileSync(staged, cipher.encrypt(value), { mode: 0o600 });
      fs.renameSync(staged, file);
    },
    clear: () => fs.rmSync(file, { force: true }),
  };
}
