// Sampah (the bin) and Profil instansi with the shared executor role list.

import { describe, expect, it } from 'vitest';
import { openTestLibrary, tempDir, testClock } from './helpers';

describe('the bin (Sampah)', () => {
  it('moves to the bin, lists, restores with history, and empties for good', () => {
    const clock = testClock();
    const library = openTestLibrary(tempDir(), { now: clock.now });
    const keep = library.create({ fromProfile: false }).summary.id;
    const gone = library.create({ fromProfile: false }).summary.id;
    library.rename(gone, 'Akan dihapus');
    library.saveRevision(gone, 'satu');

    const binned = library.moveToBin(gone);
    expect(binned.deletedAt).toBe(clock.now().toISOString());
    expect(library.list().items.map((s) => s.id)).toEqual([keep]);
    expect(library.bin().map((s) => s.id)).toEqual([gone]);
    expect(() => library.open(gone)).toThrow(/Sampah/);

    library.restoreFromBin(gone);
    expect(library.open(gone).summary).toMatchObject({ deletedAt: null, revisionCount: 1 });
    expect(library.bin()).toEqual([]);

    library.moveToBin(gone);
    library.moveToBin(keep);
    expect(library.emptyBin([gone])).toBe(1);
    expect(library.bin().map((s) => s.id)).toEqual([keep]);
    expect(() => library.restoreFromBin(gone)).toThrow(/tidak ada di Sampah/);
    expect(library.emptyBin()).toBe(1);
    expect(library.list().total).toBe(0);
  });

  it('only empties SOPs that are in the bin', () => {
    const library = openTestLibrary();
    const live = library.create({ fromProfile: false }).summary.id;
    expect(library.emptyBin([live])).toBe(0);
    expect(library.open(live).summary.id).toBe(live);
  });
});

describe('organisation profile and executor roles', () => {
  it('starts empty, stores the profile and survives reopening', () => {
    const dir = tempDir();
    const library = openTestLibrary(dir);
    expect(library.profile()).toEqual({
      government: '',
      agency: '',
      unit: '',
      logo: null,
      approvedBy: { title: '', name: '', nip: '' },
      paper: 'F4',
      workdayHours: 8,
    });
    const profile = {
      government: 'PEMERINTAH KOTA BEKASI',
      agency: 'DINAS PENDIDIKAN',
      unit: 'SEKRETARIAT',
      logo: null,
      approvedBy: { title: 'Kepala Dinas', name: 'Budi', nip: '196206031985031016' },
      paper: 'A4' as const,
      workdayHours: 7.5,
    };
    library.setProfile(profile);
    library.close();
    expect(openTestLibrary(dir).profile()).toEqual(profile);
  });

  it('counts an 8-hour working day for a profile saved before the setting existed', () => {
    const library = openTestLibrary();
    const older: Partial<ReturnType<typeof library.profile>> = { ...library.profile() };
    delete older.workdayHours;
    library.setProfile(older as Parameters<typeof library.setProfile>[0]);
    expect(library.profile().workdayHours).toBe(8);
    const profile = library.profile();
    expect(() => library.setProfile({ ...profile, workdayHours: 0 })).toThrow(/workdayHours/);
    expect(() => library.setProfile({ ...profile, workdayHours: 25 })).toThrow(/workdayHours/);
  });

  it('refuses an invalid profile', () => {
    const library = openTestLibrary();
    const bad = { ...library.profile(), paper: 'A3' } as unknown as ReturnType<
      typeof library.profile
    >;
    expect(() => library.setProfile(bad)).toThrow(/paper/);
    expect(library.profile().paper).toBe('F4');
  });

  it('keeps a shared list of executor role names without duplicates', () => {
    const library = openTestLibrary();
    expect(library.roles()).toContain('Kepala Bidang');
    expect(library.setRoles(['Staf', 'Kasi', 'kasi', 'Kepala Dinas'])).toEqual([
      'Staf',
      'Kasi',
      'Kepala Dinas',
    ]);
    expect(library.addRole('  Sekretaris ')).toEqual([
      'Staf',
      'Kasi',
      'Kepala Dinas',
      'Sekretaris',
    ]);
    expect(library.addRole('STAF')).toHaveLength(4);
    expect(() => library.addRole('   ')).toThrow(/too_small/);
    expect(library.roles()).toEqual(['Staf', 'Kasi', 'Kepala Dinas', 'Sekretaris']);
  });
});
