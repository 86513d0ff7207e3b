// Confirmation before removing an executor that steps use, offering to move those steps to
// another executor; an unused executor is removed without asking.

import { useEffect, useState } from 'react';
import { fill, useStrings } from '../../i18n';
import { stepsUsingExecutor } from '../../state/actions';
import { editorStore, useEditor } from '../../state/store';
import { DialogButtons } from '../../ui/DialogButtons';
import { gridStrings } from './strings';
import { useGridUi } from './ui';

export function RemoveExecutorDialog() {
  const t = useStrings(gridStrings);
  const removing = useGridUi((s) => s.removing);
  const executors = useEditor((s) => s.document.executors);
  const used = useEditor((s) => (removing ? stepsUsingExecutor(s.document, removing) : 0));
  const [heir, setHeir] = useState('');

  useEffect(() => {
    if (removing === null) return;
    if (used === 0) {
      editorStore.getState().apply('removeExecutor', removing, null);
      useGridUi.getState().closeRemove();
    } else setHeir('');
  }, [removing, used]);

  const executor = executors.find((e) => e.id === removing);
  if (!removing || !executor || used === 0) return null;
  const close = () => useGridUi.getState().closeRemove();
  const confirm = () => {
    editorStore.getState().apply('removeExecutor', removing, heir === '' ? null : heir);
    close();
  };
  return (
    <div className="sop-dialog-backdrop">
      <div
        className="sop-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="sop-remove-title"
        onKeyDown={(e) => e.key === 'Escape' && close()}
      >
        <h2 id="sop-remove-title">{fill(t.removeTitle, { name: executor.name || t.unnamed })}</h2>
        <p>{fill(t.removeUsed, { count: used })}</p>
        <label>
          {t.reassignTo}{' '}
          <select value={heir} onChange={(e) => setHeir(e.target.value)} autoFocus>
            <option value="">{t.reassignNone}</option>
            {executors
              .filter((e) => e.id !== removing)
              .map((e) => (
                <option key={e.id} value={e.id}>
                  {e.name || t.unnamed}
                </option>
              ))}
          </select>
        </label>
        <DialogButtons
          look="sop"
          onCancel={close}
          action={{ label: t.remove, onClick: confirm, danger: true }}
        />
      </div>
    </div>
  );
}
