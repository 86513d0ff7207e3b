// Adding an executor column: a name typed or picked from the organisation's list.

import { useId, useState } from 'react';
import { useStrings } from '../../i18n';
import { editorStore, useEditor } from '../../state/store';
import { gridStrings } from './strings';

export function AddExecutor({ names }: { names: readonly string[] }) {
  const t = useStrings(gridStrings);
  const listId = useId();
  const [name, setName] = useState('');
  const used = useEditor((s) => s.document.executors);
  const offered = names.filter((n) => !used.some((e) => e.name === n));
  const add = () => {
    if (name.trim() === '') return;
    editorStore.getState().apply('addExecutor', name);
    setName('');
  };
  return (
    <form
      className="sop-add-executor"
      onSubmit={(e) => {
        e.preventDefault();
        add();
      }}
    >
      <label>
        {t.addExecutor}{' '}
        <input
          list={listId}
          value={name}
          placeholder={t.executorName}
          aria-label={t.executorName}
          onChange={(e) => setName(e.target.value)}
        />
      </label>
      <datalist id={listId}>
        {offered.map((n) => (
          <option key={n} value={n} />
        ))}
      </datalist>
      <button type="submit" disabled={name.trim() === ''}>
        {t.add}
      </button>
    </form>
  );
}
