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
    summary: 'Membuat PDF siap cetak dari satu berkas .sop.json',
    usage: 'sop pdf <berkas.sop.json> -o <keluaran.pdf> [--paper A4|F4|Legal]',
    load: async () => (await import('./pdf')).run,
  },
  {
    name: 'book',
    summary: 'Menyatukan banyak SOP menjadi satu buku PDF (lampiran keputusan)',
    usage:
      'sop book <berkas.sop.json…> -o <buku.pdf> [--cover] [--paper A4|F4|Legal] [--title …] [--year …] [--decree …] [--place …] [--date …]',
    load: async () => (await import('./book')).run,
  },
  {
    name: 'import',
    summary:
      'Mengimpor SOP dari buku kerja Excel (.xlsx): satu .sop.json per SOP, beserta laporannya',
    usage: 'sop import <berkas.xlsx> -o <folder>',
    load: async () => (await import('./import')).run,
  },
];
