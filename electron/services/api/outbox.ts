// The outbox sent without being asked: while the library is open and a server is set, what waits
// to go to the bureau (menunggu dikirim) is sent at once and then every few minutes. Quietly: a
// failure only leaves the SOPs queued with the reason, which the library shows.

import type { Library } from '../library/library';
import type { LibrarySession } from '../library/session';
import type { SecretStore } from '../server/secret-store';
import { storedTarget } from './server';

/** How often the desktop and the preview host try the outbox. */
export const OUTBOX_EVERY_MS = 5 * 60_000;

export class OutboxSender {
  private timer: ReturnType<typeof setInterval> | null = null;

  constructor(
    private readonly session: LibrarySession,
    private readonly secrets: SecretStore,
    private readonly everyMs: number,
  ) {}

  /** Starts and stops with the library: opened → send now and on a timer; closed → stop. */
  followSession(): void {
    this.session.watch({ opened: (library) => this.start(library), closed: () => this.stop() });
  }

  start(library: Library): void {
    this.stop();
    void this.send(library);
    this.timer = setInterval(() => void this.send(library), this.everyMs);
    // The timer alone never keeps the process alive.
    this.timer.unref?.();
  }

  stop(): void {
    if (this.timer !== null) clearInterval(this.timer);
    this.timer = null;
  }

  /** One quiet try; the Library never runs two sends at once. */
  private async send(library: Library): Promise<void> {
    try {
      if (!library.server().url) return;
      await library.sendOutbox(storedTarget(library, this.secrets));
    } catch {
      // Closed library or no password: the next try (or Kirim ke Biro) tells the user.
    }
  }
}
