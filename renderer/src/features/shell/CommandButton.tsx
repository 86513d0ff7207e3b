// A button of the frame that runs a command of the command table: its text and tooltip come from
// the table, its work from the command's handler (or `onRun` where the bar tracks the work).

import type { CommandId } from '../../../../shared/commands';
import { useCommandText } from '../../commands/text';
import { runCommand } from './run-command';

type CommandButtonProps = {
  id: CommandId;
  className?: string;
  testId?: string;
  disabled?: boolean;
  onRun?: () => void;
};

export function CommandButton({ id, className, testId, disabled, onRun }: CommandButtonProps) {
  const { button, title } = useCommandText()(id);
  return (
    <button
      type="button"
      className={className}
      title={title}
      data-testid={testId}
      disabled={disabled}
      onClick={onRun ?? (() => runCommand(id))}
    >
      {button}
    </button>
  );
}
