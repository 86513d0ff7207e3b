// Writes a file so that the target path holds either its old content or the whole new content,
// never a part: the bytes go to a temporary file in the same folder (same file system, so the
// rename is atomic), which is renamed over the target at the end or removed on any failure.

import { randomBytes } from 'node:crypto';
import { rm, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';

export async function writeFileAtomically(file: string, data: string | Uint8Array): Promise<void> {
  const temp = path.join(
    path.dirname(file),
    `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`,
  );
  try {
    await writeFile(temp, data, { flag: 'wx' });
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
