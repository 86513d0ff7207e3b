// Kertas SOP: the paper the open SOP is printed on. It is a setting of the document (Cetak, the
// PDF and the Excel export follow it, and Riwayat lists its change), so Identitas › Pengaturan
// cetak and the preview's bar show this one control: changing it in either place is the same
// edit, one undo step, and it says that it sets the document.

import { useId } from 'react';
import { PAPER_SIZES, POINTS_PER_MM } from '../../../../shared/model';
import type { Paper } from '../../../../shared/model';
import { fill, useStrings } from '../../i18n';
import { editorStore, useEditor } from '../../state/store';
import { PaperSelect } from './fields';
import { formStrings } from './strings';

type SopPaperFieldProps = {
  /** On one line with a short note (a toolbar), instead of a form field with its hint below. */
  inline?: boolean;
  testId?: string;
};

export function SopPaperField({ inline, testId }: SopPaperFieldProps) {
  const t = useStrings(formStrings);
  const id = useId();
  const paper = useEditor((s) => s.document.print.paper);
  const hint = fill(t.sopPaperHint, { size: paperSize(paper) });
  return (
    <div className={inline ? 'app-sop-paper app-sop-paper-inline' : 'app-field app-sop-paper'}>
      <label htmlFor={id}>{t.sopPaper}</label>
      <PaperSelect
        id={id}
        value={paper}
        testId={testId}
        describedBy={`${id}-hint`}
        title={hint}
        onChange={(choice) => editorStore.getState().apply('setPrintSetting', 'paper', choice)}
      />
      <span id={`${id}-hint`} className="app-sop-paper-hint">
        {inline ? t.sopPaperShort : hint}
      </span>
    </div>
  );
}

/** `330 × 215 mm`: the paper's landscape size, as the clerk knows the sheets. */
function paperSize(paper: Paper): string {
  const { width, height } = PAPER_SIZES[paper];
  const mm = (points: number) => Math.round(points / POINTS_PER_MM);
  return `${mm(width)} × ${mm(height)} mm`;
}
