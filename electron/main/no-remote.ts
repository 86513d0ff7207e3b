// No remote content: every request leaving the machine is cancelled, whatever asks for it.

import type { Session } from 'electron';

const LOCAL_SCHEMES = ['file:', 'devtools:', 'blob:', 'data:', 'chrome-extension:', 'chrome:'];

export function isLocalUrl(url: string): boolean {
  try {
    return LOCAL_SCHEMES.includes(new URL(url).protocol);
  } catch {
    return false;
  }
}

export function blockRemoteRequests(session: Session): void {
  session.webRequest.onBeforeRequest((details, callback) =>
    callback({ cancel: !isLocalUrl(details.url) }),
  );
}
