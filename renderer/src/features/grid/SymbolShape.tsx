// The flowchart symbols drawn like the print: black outline, white fill, in an executor cell.

import { memo } from 'react';
import type { StepSymbol } from '../../../../shared/model';

/** Size of a symbol in a cell, also used by the arrow overlay to find where arrows attach. */
export const SYMBOL_WIDTH = 56;
export const SYMBOL_HEIGHT = 26;

export const SymbolShape = memo(function SymbolShape({ symbol }: { symbol: StepSymbol }) {
  const w = SYMBOL_WIDTH;
  const h = SYMBOL_HEIGHT;
  return (
    <svg
      className="sop-symbol"
      data-symbol={symbol}
      width={w}
      height={h}
      viewBox={`0 0 ${w} ${h}`}
      aria-hidden="true"
    >
      {symbol === 'terminator' && (
        <rect x={1} y={1} width={w - 2} height={h - 2} rx={(h - 2) / 2} fill="#fff" stroke="#000" />
      )}
      {symbol === 'process' && (
        <rect x={1} y={1} width={w - 2} height={h - 2} fill="#fff" stroke="#000" />
      )}
      {symbol === 'decision' && (
        <polygon
          points={`${w / 2},1 ${w - 1},${h / 2} ${w / 2},${h - 1} 1,${h / 2}`}
          fill="#fff"
          stroke="#000"
        />
      )}
    </svg>
  );
});
