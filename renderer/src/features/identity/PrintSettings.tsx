// Print settings of the SOP: paper, the Paraf Koordinasi rows, narrative table and symbol legend.

import type { PrintSettings as Settings } from '../../../../shared/model';
import { useStrings } from '../../i18n';
import { editorStore } from '../../state/store';
import { SopPaperField } from '../../ui/form/SopPaperField';
import { ListEditor } from '../../ui/form/ListEditor';
import { identityStrings } from './strings';

/** Parts of the printout the user switches on or off. */
const PRINTED_PARTS = ['narrativeTable', 'legend'] as const;

export function PrintSettings({ print }: { print: Settings }) {
  const t = useStrings(identityStrings);
  const set = editorStore.getState().apply;
  return (
    <section className="app-card" aria-labelledby="print-settings-title">
      <h3 id="print-settings-title">{t.printSection}</h3>
      <SopPaperField />
      {PRINTED_PARTS.map((part) => (
        <label className="app-check" key={part}>
          <input
            type="checkbox"
            checked={print[part]}
            onChange={(e) => set('setPrintSetting', part, e.target.checked)}
          />
          {t[part]}
        </label>
      ))}
      <p className="app-muted">{t.coordinationHint}</p>
      <ListEditor
        field="coordination"
        label={t.coordination}
        items={print.coordination}
        onChange={(items) => set('setPrintSetting', 'coordination', items)}
      />
    </section>
  );
}
