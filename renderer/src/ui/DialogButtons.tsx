// The foot of a dialog: Batal, then the button that does the dialog's work (a submit button of
// the dialog's form unless it has its own onClick).

import { useStrings } from '../i18n';
import { uiStrings } from './strings';
import './dialog.css';

type DialogAction = {
  label: string;
  onClick?: () => void;
  disabled?: boolean;
  testId?: string;
  /** Removes something: drawn as a warning rather than the usual primary button. */
  danger?: boolean;
};

type DialogButtonsProps = {
  onCancel: () => void;
  action: DialogAction;
  /** The class prefix: the grid's popovers have their own look (grid.css), the app's dialogs theirs. */
  look?: 'app' | 'sop';
};

export function DialogButtons({ onCancel, action, look = 'app' }: DialogButtonsProps) {
  const t = useStrings(uiStrings);
  return (
    <div className={`${look}-dialog-buttons`}>
      <button type="button" onClick={onCancel}>
        {t.cancel}
      </button>
      <button
        type={action.onClick ? 'button' : 'submit'}
        className={`${look}-${action.danger ? 'danger' : 'primary'}`}
        disabled={action.disabled}
        data-testid={action.testId}
        onClick={action.onClick}
      >
        {action.label}
      </button>
    </div>
  );
}
