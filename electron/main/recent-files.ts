// The recent-files list: the only way besides a dialog for the renderer to name a file. Each
// entry has an opaque id; the renderer sends the id, never a path.

import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { RecentFile } from '../../shared/api/desktop';

const MAX_RECENT = 10;

export class RecentFiles {
  private paths: string[];

  constructor(private readonly storeFile: string) {
    this.paths = readList(storeFile);
  }

  add(file: string): string {
    const absolute = path.resolve(file);
    this.paths = [absolute, ...this.paths.filter((p) => p !== absolute)].slice(0, MAX_RECENT);
    try {
      writeFileSync(this.storeFile, JSON.stringify(this.paths));
    } catch {
      // The list is a convenience; failing to store it must not fail the open or save.
    }
    return recentId(absolute);
  }

  list(): RecentFile[] {
    return this.paths.map((p) => ({
      recentId: recentId(p),
      fileName: path.basename(p),
      folder: path.dirname(p),
    }));
  }

  pathOf(id: string): string | null {
    return this.paths.find((p) => recentId(p) === id) ?? null;
  }

  remove(file: string): void {
    this.paths = this.paths.filter((p) => p !== file);
  }
}

function recentId(file: string): string {
  return createHash('sha256').update(file).digest('hex').slice(0, 16);
}

function readList(file: string): string[] {
  try {
    const parsed = z
      .array(z.string().max(4096))
      .max(100)
      .safeParse(JSON.parse(readFileSync(file, 'utf8')));
    return parsed.success ? parsed.data.slice(0, MAX_RECENT) : [];
  } catch {
    return [];
  }
}
