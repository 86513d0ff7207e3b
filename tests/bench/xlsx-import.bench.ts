// Import of a 50-step workbook with drawn shapes (target: median ≤ 200 ms, warm).

import type { Bench } from './harness';
import { importWorkbook } from '../../electron/services/xlsx-import/import';
import { STEPS, buildFiftyStepWorkbook } from './xlsx-workbook50';

let workbook: Uint8Array = new Uint8Array();

export const benches: Bench[] = [
  {
    name: `xlsx import: ${STEPS}-step workbook with shapes`,
    runs: 20,
    setup: () => {
      workbook = buildFiftyStepWorkbook();
    },
    run: async () => {
      const { sops } = await importWorkbook(workbook);
      if (sops[0]?.document.steps.length !== STEPS)
        throw new Error('50-step workbook did not import');
    },
  },
];
