// What goes wrong talking to the organisation server, as messages for the user (docs/server.md,
// "Messages"): the network, the login, the certificate, the schema, the rights, a stale revision.

import { SopError } from '../../../shared/errors';

type PgLikeError = Error & { code?: string; routine?: string };

const NETWORK = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'ECONNRESET',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EPIPE',
]);
const CERTIFICATE = /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_TLS|DEPTH_ZERO/;

export const STALE_REVISION_MESSAGE = 'ada revisi yang lebih baru di server; tarik dulu';

/** The user's message for an error of `pg` or the network; a SopError passes unchanged. */
export function serverError(error: unknown, where: string): SopError {
  if (error instanceof SopError) return error;
  const e = (error instanceof Error ? error : new Error(String(error))) as PgLikeError;
  const detail = `${where}: ${e.code ?? ''} ${e.message}`.trim();
  const code = e.code ?? '';
  if (
    NETWORK.has(code) ||
    /Connection terminated|not queryable|timeout expired|connect ETIMEDOUT/i.test(e.message)
  ) {
    return new SopError(
      'unreachable',
      `Server organisasi (${where}) tidak dapat dihubungi. Periksa alamat server dan jaringan; SOP yang belum terkirim tetap menunggu dan dikirim nanti.`,
      detail,
    );
  }
  if (CERTIFICATE.test(code) || /certificate|self.signed/i.test(e.message)) {
    return new SopError(
      'denied',
      `Sertifikat server organisasi (${where}) tidak dapat dipercaya. Periksa berkas CA (sslrootcert) dari pengelola server; koneksi tidak dibuat.`,
      detail,
    );
  }
  if (/does not support SSL/i.test(e.message)) {
    return new SopError(
      'denied',
      `Server organisasi (${where}) tidak menerima koneksi terenkripsi (TLS). Minta pengelola server menyalakan TLS, atau hapus sslmode dari alamat.`,
      detail,
    );
  }
  if (code === '28P01' || code === '28000') {
    return new SopError(
      'denied',
      `Login ke server organisasi (${where}) ditolak: nama login atau kata sandi salah. Periksa alamat dan kata sandi dari pengelola server.`,
      detail,
    );
  }
  if (code === '3D000') {
    return new SopError(
      'not-found',
      `Basis data di server organisasi (${where}) tidak ada. Periksa nama basis data di alamat server.`,
      detail,
    );
  }
  if (code === 'SOP01') return new SopError('conflict', STALE_REVISION_MESSAGE, detail);
  if (code === '42501' || code === 'SOP02' || /row-level security/i.test(e.message)) {
    return new SopError(
      'denied',
      `Login ini tidak berhak melakukannya di server organisasi (${where}). Data server tidak diubah.`,
      detail,
    );
  }
  if (code === 'SOP03' || code === 'SOP04') {
    return new SopError(
      'conflict',
      `SOP ini sudah punya revisi yang lebih baru di server (${where}); muat ulang register lalu ulangi.`,
      detail,
    );
  }
  if (code === '57P01' || code === '57P03') {
    return new SopError(
      'unreachable',
      `Server organisasi (${where}) sedang berhenti atau dinyalakan ulang. Coba lagi sebentar lagi; tidak ada yang tersimpan setengah.`,
      detail,
    );
  }
  return new SopError(
    'internal',
    `Server organisasi (${where}) menolak permintaan. Data server tidak diubah; rincian ada di log (--debug).`,
    detail,
  );
}
