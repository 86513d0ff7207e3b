// Ganti nama: a new name for an SOP of the library (its Nama SOP).

import { useState } from 'react';
import { useStrings } from '../../i18n';
import { Dialog } from '../../ui/Dialog';
import { DialogButtons } from '../../ui/DialogButtons';
import { libraryStrings } from './strings';

type RenameDialogProps = { name: string; onRename: (name: string) => void; onClose: () => void };

export function RenameDialog({ name, onRename, onClose }: RenameDialogProps) {
  const t = useStrings(libraryStrings);
  const [value, setValue] = useState(name);
  return (
    <Dialog title={t.renameTitle} onClose={onClose}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (value.trim()) onRename(value.trim());
        }}
      >
        <label className="app-field">
          <span>{t.newName}</span>
          <input autoFocus type="text" value={value} onChange={(e) => setValue(e.target.value)} />
        </label>
        <DialogButtons onCancel={onClose} action={{ label: t.save, disabled: !value.trim() }} />
      </form>
    </Dialog>
  );
}
