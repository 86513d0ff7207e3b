// The organisation server's password on the desktop: encrypted with the OS keychain (Electron
// safeStorage) into a file of the data folder. Where the OS offers no real keychain (Linux without
// a secret service falls back to a fixed key) the password is kept in memory for this run only.

import path from 'node:path';
import { safeStorage } from 'electron';
import {
  keychainSecretStore,
  memorySecretStore,
  type SecretStore,
} from '../services/server/secret-store';

const SECRET_FILE = 'server-organisasi.kunci';

export function desktopSecretStore(dataDir: string): SecretStore {
  if (!keychainAvailable()) return memorySecretStore();
  return keychainSecretStore(path.join(dataDir, SECRET_FILE), {
    encrypt: (plain) => safeStorage.encryptString(plain),
    decrypt: (encrypted) => safeStorage.decryptString(encrypted),
  });
}

function keychainAvailable(): boolean {
  if (!safeStorage.isEncryptionAvailable()) return false;
  return process.platform !== 'linux' || safeStorage.getSelectedStorageBackend() !== 'basic_text';
}
