// The printed pages of the open document, laid out by shared/layout and rendered to SVG strings.
// Layout runs in the task right after an edit has rendered, on the latest document, so fast
// typing never queues up stale layouts; pages whose SVG did not change keep their string (and
// their DOM). A draft that changes an approved revision shows the DRAF mark it would print with.

import { useEffect, useMemo, useRef, useState } from 'react';
import {
  arimoMeasurer,
  defaultLayoutSettings,
  layoutSop,
  renderSvgPage,
  type DraftMark,
} from '../../../../shared/layout';
import type { SopDocument } from '../../../../shared/model';
import { useEditor } from '../../state/store';

export type PreviewPage = { svg: string; width: number; height: number };
export type PreviewLayout = {
  document: SopDocument;
  draftMark: DraftMark | null;
  pages: PreviewPage[];
  truncated: number;
};

export function layoutPreview(
  document: SopDocument,
  previous: PreviewPage[] = [],
  draftMark: DraftMark | null = null,
): PreviewLayout {
  const settings = { ...defaultLayoutSettings(document), draftMark };
  const layout = layoutSop(document, settings, arimoMeasurer);
  const pages = layout.pages.map((page, index) => {
    const svg = renderSvgPage(page);
    const old = previous[index];
    return old && old.svg === svg ? old : { svg, width: page.width, height: page.height };
  });
  return { document, draftMark, pages, truncated: layout.warnings.length };
}

/** The revision the open draft changes, if it changes an approved one (edits not saved count). */
function useChangedRevision(): number | null {
  return useEditor((s) => {
    const revision = s.summary?.approvedRevision ?? null;
    return revision !== null && (s.summary?.unapprovedChanges || s.dirty) ? revision : null;
  });
}

export function usePreviewLayout(): PreviewLayout {
  const document = useEditor((s) => s.document);
  const revision = useChangedRevision();
  const draftMark = useMemo(() => (revision === null ? null : { basedOn: revision }), [revision]);
  const [layout, setLayout] = useState<PreviewLayout>(() => layoutPreview(document, [], draftMark));
  const latest = useRef(layout);
  latest.current = layout;
  useEffect(() => {
    const shown = latest.current;
    if (shown.document === document && shown.draftMark === draftMark) return;
    // A task, not an animation frame: the preview should not wait up to a frame to start.
    const task = setTimeout(
      () => setLayout(layoutPreview(document, latest.current.pages, draftMark)),
      0,
    );
    return () => clearTimeout(task);
  }, [document, draftMark]);
  return layout;
}
