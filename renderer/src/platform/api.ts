// The one module that reaches the Node side: window.sopApi in the desktop app (preload), or the
// preview host over loopback HTTP with the token from the page address.

import { buildBridge, decodeFromJson, encodeForJson } from '../../../shared/api';
import type { ApiArgs, ApiChannel, ApiResponse, ApiResult, SopBridge } from '../../../shared/api';

declare global {
  interface Window {
    sopApi?: SopBridge;
  }
}

/** A failed call, with the message (Bahasa Indonesia) to show the user. */
export class ApiError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
  }
}

const TOKEN_KEY = 'sop-preview-token';

function previewToken(): string {
  const fromHash = new URLSearchParams(window.location.hash.slice(1)).get('token');
  if (fromHash) {
    sessionStorage.setItem(TOKEN_KEY, fromHash);
    history.replaceState(null, '', window.location.pathname + window.location.search);
    return fromHash;
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

function httpBridge(): SopBridge {
  const token = previewToken();
  return buildBridge(async (channel, args) => {
    const response = await fetch(`/api/${encodeURIComponent(channel)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-sop-token': token },
      body: encodeForJson({ args }),
    });
    return decodeFromJson(await response.text());
  });
}

const bridge: SopBridge = window.sopApi ?? httpBridge();

export const shell: 'desktop' | 'preview' = window.sopApi ? 'desktop' : 'preview';

/** Calls a channel and returns its result, or throws ApiError with a message for the user. */
export async function call<C extends ApiChannel>(
  channel: C,
  ...args: ApiArgs<C>
): Promise<ApiResult<C>> {
  const invoke = bridge[channel] as (...a: ApiArgs<C>) => Promise<ApiResponse<ApiResult<C>>>;
  let response: ApiResponse<ApiResult<C>>;
  try {
    response = await invoke(...args);
  } catch (error) {
    throw new ApiError(
      'unreachable',
      `Tidak dapat menghubungi bagian aplikasi yang menyimpan data. Tutup dan buka kembali aplikasi. (${String(error)})`,
    );
  }
  if (!response.ok) throw new ApiError(response.error.code, response.error.message);
  return response.value;
}
