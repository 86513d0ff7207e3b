// Cell renderer of an executor (Pelaksana) column: the step's symbol when this executor takes part.

import type { CustomCellRendererProps } from 'ag-grid-react';
import type { Step } from '../../../../shared/model';
import { useCommandText } from '../../commands/text';
import { SYMBOL_COMMAND } from './commands';
import { SymbolShape } from './SymbolShape';

export type ExecutorCellParams = { executorId: string };

export function ExecutorCell(props: CustomCellRendererProps<Step> & ExecutorCellParams) {
  const text = useCommandText();
  const step = props.data;
  if (!step) return null;
  const present = step.executors.includes(props.executorId);
  return (
    <div
      className="sop-exec-cell"
      data-testid={`symbol-${step.id}-${props.executorId}`}
      data-symbol={present ? step.symbol : ''}
    >
      {present && <SymbolShape symbol={step.symbol} />}
      {present && (
        <span className="sop-visually-hidden">{text(SYMBOL_COMMAND[step.symbol]).button}</span>
      )}
    </div>
  );
}
