// Every `sop` subcommand, in the order `sop --help` lists them. Implementations load on demand
// (each file exports `run`), so one command does not pay for another's libraries.

import type { CliCommand } from '../command';

export const COMMANDS: CliCommand[] = [
  {
    name: 'validate',
    summary: 'Memeriksa satu berkas .sop.json terhadap aturan Permenpan RB 35/2012',
    usage: 'sop validate <berkas.sop.json>',
    load: async () => (await import('./validate')).run,
  },
  {
    name: 'pdf',
    summary: 'Membuat PDF siap cetak dari satu berkas .sop.json (atau buku kerja .xlsx)',
    usage: [
      'sop pdf <berkas.sop.json|berkas.xlsx> -o <keluaran.pdf> [--paper A4|F4|Legal] [--draf] [--no-source]',
      '       (--draf: tanda DRAF "belum disahkan" di setiap halaman;',
      '        --no-source: tanpa lampiran sumber .sop.json, yang membuat PDF dapat diimpor kembali)',
    ].join('\n'),
    load: async () => (await import('./pdf')).run,
  },
  {
    name: 'book',
    summary: 'Menyatukan banyak SOP menjadi satu buku PDF (lampiran keputusan)',
    usage: [
      'sop book <berkas.sop.json…> -o <buku.pdf> [--cover] [--paper A4|F4|Legal] [--title …] [--year …] [--decree …] [--place …] [--date …] [--no-source]',
      '       (--no-source: tanpa lampiran sumber .sop.json tiap SOP)',
    ].join('\n'),
    load: async () => (await import('./book')).run,
  },
  {
    name: 'library',
    summary:
      'Pustaka SOP: daftar, cari, tambah, impor/perbarui, ekspor, sahkan, riwayat revisi, kirim ke dan tarik dari server organisasi',
    usage: [
      'sop library list [--json] [--sort name|number|unit|updated] [--unit <unit>] [--status draft|approved|changed]',
      '       sop library search <kata…> [--json]',
      '       sop library add <berkas.sop.json…>   (selalu sebagai SOP baru)',
      '       sop library import <berkas.xlsx|berkas.pdf|berkas.sop.json…> [--new]',
      '       (memperbarui SOP yang cocok: id pustaka, lalu Nomor SOP dan unit, lalu nama dan unit;',
      '        menambahkan sisanya; --new: semua sebagai SOP baru)',
      '       sop library export <id> [-o <berkas.sop.json>] [--revision <nomor>]',
      '       sop library export <id…> -d <folder>   (satu <id>.sop.json per SOP)',
      '       sop library export <id…> -o <biro.xlsx> [--revision <nomor>]   (satu buku kerja untuk Biro)',
      '       sop library approve <id…> [--note <catatan>]',
      '       sop library revisions <id> [--json]',
      '       sop library publish --server <postgres-url> (<id…>|--all)',
      '       (mengirim revisi tersimpan yang belum ada di server organisasi; yang gagal menunggu',
      '        di antrean dan ikut terkirim pada publish berikutnya; tanpa --server: variabel PG*)',
      '       sop library pull --server <postgres-url>',
      '       (menarik status, catatan Biro dan revisi baru SOP unit ini dari server organisasi)',
      '       (semua menerima --data-dir <folder>; tanpa itu SOP_DATA_DIR, lalu folder aplikasi)',
    ].join('\n'),
    load: async () => (await import('./library')).run,
  },
  {
    name: 'import',
    summary:
      'Mengimpor SOP dari buku kerja Excel (.xlsx) atau PDF: satu .sop.json per SOP, beserta laporannya',
    usage: 'sop import <berkas.xlsx|berkas.pdf…> -o <folder>',
    load: async () => (await import('./import')).run,
  },
  {
    name: 'xlsx',
    summary: 'Mengekspor SOP ke buku kerja Excel (.xlsx) dengan simbol tergambar',
    usage:
      'sop xlsx <berkas.sop.json…> -o <keluaran.xlsx> [--status <status>] [--revision <revisi>]',
    load: async () => (await import('./xlsx')).run,
  },
  {
    name: 'server',
    summary:
      'Server organisasi (PostgreSQL): siapkan, login unit, register, telaah, penetapan, buku',
    usage: [
      'sop server setup --admin-url <postgres-url>   (membuat atau memperbarui skema; aman diulang)',
      '       sop server add-unit --admin-url <url> --unit "<nama unit>" [--bureau]',
      '       (baris terakhir: alamat koneksi login unit dengan kata sandi barunya)',
      '       sop server list --server <url> [--json] [--unit …] [--search …]',
      '         [--status dikirim|dikembalikan|diterima|ditetapkan]   (juga submitted|returned|accepted|set)',
      '       sop server review --server <url> <id> --status returned|accepted [--note …]   (hanya Biro)',
      '       sop server decree --server <url> --number … --date TTTT-BB-HH [--title …] <id>=<angka> …',
      '       sop server book --server <url> --decree <nomor> -o <buku.pdf> [--cover] [--paper …] [--place …]',
      '         [--issuer "PEMERINTAH KABUPATEN …"] [--no-source]   (penetap keputusan di sampul)',
      '       (tanpa --server/--admin-url: variabel PGHOST, PGPORT, PGDATABASE, PGUSER, PGPASSWORD',
      '        dan PGSSLMODE; TLS: ?sslmode=verify-full&sslrootcert=<ca.crt> pada alamat)',
    ].join('\n'),
    load: async () => (await import('./server')).run,
  },
];
