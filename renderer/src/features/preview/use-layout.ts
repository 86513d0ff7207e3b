// The printed pages of the open document, laid out by shared/layout and rendered to SVG strings.
// Layout runs in the task right after an edit has rendered, on the latest document, so fast
// typing never queues up stale layouts; pages whose SVG did not change keep their string (and
// their DOM).

import { useEffect, useRef, useState } from 'react';
import {
  arimoMeasurer,
  defaultLayoutSettings,
  layoutSop,
  renderSvgPage,
} from '../../../../shared/layout';
import type { SopDocument } from '../../../../shared/model';
import { useEditor } from '../../state/store';

export type PreviewPage = { svg: string; width: number; height: number };
export type PreviewLayout = { document: SopDocument; pages: PreviewPage[]; truncated: number };

export function layoutPreview(document: SopDocument, previous: PreviewPage[] = []): PreviewLayout {
  const layout = layoutSop(document, defaultLayoutSettings(document), arimoMeasurer);
  const pages = layout.pages.map((page, index) => {
    const svg = renderSvgPage(page);
    const old = previous[index];
    return old && old.svg === svg ? old : { svg, width: page.width, height: page.height };
  });
  return { document, pages, truncated: layout.warnings.length };
}

export function usePreviewLayout(): PreviewLayout {
  const document = useEditor((s) => s.document);
  const [layout, setLayout] = useState<PreviewLayout>(() => layoutPreview(document));
  const latest = useRef(layout);
  latest.current = layout;
  useEffect(() => {
    if (latest.current.document === document) return;
    // A task, not an animation frame: the preview should not wait up to a frame to start.
    const task = setTimeout(() => setLayout(layoutPreview(document, latest.current.pages)), 0);
    return () => clearTimeout(task);
  }, [document]);
  return layout;
}
