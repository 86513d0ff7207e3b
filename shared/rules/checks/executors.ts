// Checks on the executor columns (pelaksana): each has a name and performs at least one step.

import type { SopDocument } from '../../model';
import type { Finding } from '../finding';

export function checkExecutors(doc: SopDocument): Finding[] {
  const used = new Set(doc.steps.flatMap((step) => step.executors));
  return doc.executors.flatMap((executor, index): Finding[] => {
    const location = { kind: 'executor', executorId: executor.id } as const;
    const name = executor.name.trim();
    if (name === '') {
      return [
        {
          id: 'executor-unnamed',
          severity: 'warning',
          message: `Kolom pelaksana ke-${index + 1} belum diberi nama. Isi nama jabatannya, misalnya "Kepala Bidang".`,
          location,
        },
      ];
    }
    // Without any step every executor would be reported; the missing steps are reported instead.
    if (used.has(executor.id) || doc.steps.length === 0) return [];
    return [
      {
        id: 'executor-without-steps',
        severity: 'warning',
        message: `Pelaksana "${name}" tidak mengerjakan langkah mana pun. Tandai langkah yang dikerjakannya, atau hapus kolom pelaksana ini.`,
        location,
      },
    ];
  });
}
