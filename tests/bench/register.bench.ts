// The organisation server's register (issue 15: a page and a search of a 30,000-SOP register
// ≤ 50 ms each, the median run, as a bureau login through row-level security) on a throw-away PostgreSQL
// cluster. The register is generated in one INSERT … SELECT generate_series as the administrator:
// 40 units, SOP names made of Indonesian activity words, so "lapor" finds "Pelaporan …".

import type { ServerClient } from '../../electron/services/server/connection';
import { connectServer } from '../../electron/services/server/connection';
import { listRegister } from '../../electron/services/server/register';
import { setupServer } from '../../electron/services/server/setup';
import { addUnit } from '../../electron/services/server/units';
import { startTestCluster, type TestCluster } from '../support/postgres';
import { asLogin } from '../support/server-register';
import type { Bench } from './harness';

const REGISTER_SIZE = 30_000;
const UNITS = 40;
const ACTIVITIES = [
  'Pelaporan',
  'Penerbitan',
  'Pengelolaan',
  'Pelayanan',
  'Penyusunan',
  'Pemeriksaan',
  'Pendaftaran',
  'Pengadaan',
  'Pembinaan',
  'Penanganan',
  'Verifikasi',
  'Penyaluran',
  'Pengarsipan',
  'Pemantauan',
];
const OBJECTS = [
  'Izin Usaha Mikro',
  'Surat Keterangan Domisili',
  'Arsip Dinamis',
  'Anggaran Kegiatan',
  'Kasus Penyakit Menular',
  'Pengaduan Masyarakat',
  'Data Kependudukan',
  'Bantuan Sosial',
  'Barang Milik Daerah',
  'Kinerja Pegawai',
  'Surat Masuk',
  'Perjalanan Dinas',
];
const SEARCHES = ['lapor', 'izin usaha', 'pengaduan masyarakat', 'arsip', 'bantuan sosial'];

let cluster: TestCluster | undefined;
let ready: Promise<ServerClient> | undefined;
let bureau: ServerClient | undefined;
let pages = 0;
let searches = 0;

/** The register, generated once for both cases; the cluster goes when the bench run ends. */
function sharedRegister(): Promise<ServerClient> {
  ready ??= generateRegister();
  return ready;
}

async function generateRegister(): Promise<ServerClient> {
  cluster = await startTestCluster();
  process.on('exit', () => cluster?.remove());
  const admin = { url: cluster.adminUrl };
  await setupServer(admin);
  const login = await addUnit(admin, 'Bagian Organisasi', true);
  for (let i = 1; i < UNITS; i += 1) {
    await addUnit(admin, `Dinas ${String(i).padStart(2, '0')}`, false);
  }
  await asLogin(cluster.adminUrl, async (client) => {
    await client.query(GENERATE, [REGISTER_SIZE, ACTIVITIES, OBJECTS]);
    await client.query('ANALYZE sop.sops');
  });
  bureau = await connectServer({ url: login.url });
  return bureau;
}

// Each SOP: a unit, a name from the word lists, its search vector as the trigger would build it
// from the name, number and a sentence of its steps; a latest revision id, a status in turn.
const GENERATE = `
WITH units AS (SELECT array_agg(id ORDER BY name) AS ids, array_agg(name ORDER BY name) AS names FROM sop.units WHERE NOT bureau),
generated AS (
  SELECT i, gen_random_uuid() AS id,
    ($2::text[])[1 + i % array_length($2::text[], 1)] || ' ' || ($3::text[])[1 + (i / 14) % array_length($3::text[], 1)] || ' ' || i AS name,
    'SOP/' || i || '/2025' AS number
  FROM generate_series(1, $1::int) AS i
)
INSERT INTO sop.sops (id, unit_id, unit_name, name, number, latest_revision, revision_count, published_at,
  status, search)
SELECT g.id, u.ids[1 + g.i % array_length(u.ids, 1)], u.names[1 + g.i % array_length(u.ids, 1)], g.name, g.number, gen_random_uuid(),
  1 + g.i % 4, now(), (ARRAY['submitted', 'returned', 'accepted', 'set'])[1 + g.i % 4],
  setweight(to_tsvector('indonesian', g.name || ' ' || g.number), 'A')
    || to_tsvector('indonesian', 'Petugas menerima berkas, memeriksa kelengkapan dan mencatat ' || g.name)
FROM generated g, units u`;

export const benches: Bench[] = [
  {
    name: 'register of 30,000 SOPs: one page',
    runs: 20,
    medianMs: 50,
    setup: sharedRegister,
    run: async () => {
      const offset = (pages++ % 10) * 1_000;
      const page = await listRegister(bureau!, { offset, limit: 50 });
      if (page.total !== REGISTER_SIZE || page.rows.length !== 50) throw new Error('short page');
    },
  },
  {
    name: 'register of 30,000 SOPs: search',
    runs: 20,
    medianMs: 50,
    setup: sharedRegister,
    run: async () => {
      const words = SEARCHES[searches++ % SEARCHES.length]!;
      const page = await listRegister(bureau!, { search: words, limit: 50 });
      if (page.total === 0) throw new Error(`nothing found for ${words}`);
      if (words === 'lapor' && !page.rows.every((row) => row.name.startsWith('Pelaporan '))) {
        throw new Error('"lapor" did not find the Pelaporan SOPs');
      }
    },
  },
];
