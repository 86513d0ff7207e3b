// Print settings of the SOP: paper, the Paraf Koordinasi rows, narrative table and symbol legend.

import { PAPERS, type Paper, type PrintSettings as Settings } from '../../../../shared/model';
import { useStrings } from '../../i18n';
import { editorStore } from '../../state/store';
import { ListEditor } from './ListEditor';
import { identityStrings } from './strings';

export function PrintSettings({ print }: { print: Settings }) {
  const t = useStrings(identityStrings);
  const set = editorStore.getState().apply;
  return (
    <section className="app-card" aria-labelledby="print-settings-title">
      <h3 id="print-settings-title">{t.printSection}</h3>
      <div className="app-field">
        <label htmlFor="print-paper">{t.paper}</label>
        <select
          id="print-paper"
          value={print.paper}
          onChange={(e) => set('setPrintSetting', 'paper', e.target.value as Paper)}
        >
          {PAPERS.map((paper) => (
            <option key={paper} value={paper}>
              {paper}
            </option>
          ))}
        </select>
      </div>
      <label className="app-check">
        <input
          type="checkbox"
          checked={print.narrativeTable}
          onChange={(e) => set('setPrintSetting', 'narrativeTable', e.target.checked)}
        />
        {t.narrativeTable}
      </label>
      <label className="app-check">
        <input
          type="checkbox"
          checked={print.legend}
          onChange={(e) => set('setPrintSetting', 'legend', e.target.checked)}
        />
        {t.legend}
      </label>
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
