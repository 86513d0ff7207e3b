// Buka (hanya baca): the pages of an SOP's latest published revision as they print, laid out by
// shared/layout from the server's document; it can be taken as the start of a new local SOP.

import { useEffect, useMemo, useState } from 'react';
import type { RegisterRow } from '../../../../shared/model/server';
import {
  arimoMeasurer,
  defaultLayoutSettings,
  layoutSop,
  renderSvgPage,
} from '../../../../shared/layout';
import type { SopDocument } from '../../../../shared/model';
import { fill, useStrings } from '../../i18n';
import { call } from '../../platform/api';
import { Dialog } from '../../ui/Dialog';
import { errorText } from '../../ui/error-text';
import { takeAsTemplate } from './actions';
import { registerStrings } from './strings';

type PublishedDialogProps = { row: RegisterRow; onClose: () => void };

export function PublishedDialog({ row, onClose }: PublishedDialogProps) {
  const t = useStrings(registerStrings);
  const [document, setDocument] = useState<SopDocument | null>(null);
  const [problem, setProblem] = useState('');
  useEffect(() => {
    call('server:document', row.id).then(setDocument, (error: unknown) =>
      setProblem(errorText(error)),
    );
  }, [row.id]);
  const pages = useMemo(() => (document ? publishedPages(document) : []), [document]);

  return (
    <Dialog title={row.name} onClose={onClose} wide testId="published-dialog">
      <p className="app-muted">{fill(t.readOnly, { revision: row.revision, unit: row.unit })}</p>
      {problem && <p role="alert">{problem}</p>}
      {!document && !problem && <p>{t.loading}</p>}
      <div className="app-published-pages" data-testid="published-pages">
        {pages.map((svg, index) => (
          // The SVG comes from shared/layout/svg.ts, which escapes all text.
          <div
            key={index}
            className="app-published-page"
            dangerouslySetInnerHTML={{ __html: svg }}
          />
        ))}
      </div>
      <div className="app-dialog-buttons">
        <button type="button" onClick={onClose}>
          {t.close}
        </button>
        <button
          type="button"
          className="app-primary"
          disabled={!document}
          data-testid="published-template"
          onClick={() => void takeAsTemplate(row).then((done) => done && onClose())}
        >
          {t.template}
        </button>
      </div>
    </Dialog>
  );
}

function publishedPages(document: SopDocument): string[] {
  const layout = layoutSop(
    document,
    { ...defaultLayoutSettings(document), draftMark: null },
    arimoMeasurer,
  );
  return layout.pages.map((page) => renderSvgPage(page));
}
