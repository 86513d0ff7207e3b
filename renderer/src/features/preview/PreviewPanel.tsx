// Pratinjau: the printed pages of the SOP (identity page, flowchart pages …) as SVG, from the same
// layout the PDF is drawn from, updating as the user types; on the SOP's own paper (the document
// setting, the same control as in Identitas), with zoom.

import { memo, useEffect, useRef, useState } from 'react';
import type { RefObject } from 'react';
import { fill, useStrings } from '../../i18n';
import { useEditor } from '../../state/store';
import { SopPaperField } from '../../ui/form/SopPaperField';
import { previewStrings } from './strings';
import { usePreviewLayout } from './use-layout';
import type { PreviewPage } from './use-layout';
import './preview.css';

/** Points (the layout's unit) to CSS pixels at 100 %. */
const PX_PER_PT = 96 / 72;
const ZOOMS = [0.5, 0.75, 1, 1.25, 1.5, 2];

export function PreviewPanel() {
  const t = useStrings(previewStrings);
  const paper = useEditor((s) => s.document.print.paper);
  const { pages, truncated } = usePreviewLayout();
  const [chosen, setChosen] = useState<number | 'fit'>('fit');
  const [area, areaWidth] = useWidth();
  const widest = Math.max(1, ...pages.map((p) => p.width * PX_PER_PT));
  // Fit: the page fills the panel's width (the default, so nothing needs a sideways scroll).
  const zoom = chosen === 'fit' ? Math.min(3, Math.max(0.2, (areaWidth - 32) / widest)) : chosen;
  const smaller = [...ZOOMS].reverse().find((z) => z < zoom - 0.001);
  const larger = ZOOMS.find((z) => z > zoom + 0.001);

  return (
    <section className="app-preview" aria-label={t.title} data-testid="preview">
      <div className="app-preview-bar" role="toolbar" aria-label={t.title}>
        <SopPaperField inline testId="preview-paper" />
        <span className="app-zoom" aria-label={t.zoom}>
          <button
            type="button"
            aria-label={t.zoomOut}
            disabled={smaller === undefined}
            onClick={() => setChosen(smaller ?? zoom)}
          >
            −
          </button>
          <output data-testid="preview-zoom">{Math.round(zoom * 100)}%</output>
          <button
            type="button"
            aria-label={t.zoomIn}
            disabled={larger === undefined}
            onClick={() => setChosen(larger ?? zoom)}
          >
            +
          </button>
          <button
            type="button"
            aria-pressed={chosen === 'fit'}
            data-testid="preview-fit"
            onClick={() => setChosen('fit')}
          >
            {t.fitWidth}
          </button>
        </span>
        <span className="app-muted" data-testid="preview-pages">
          {fill(t.pages, { count: pages.length, paper })}
        </span>
        {truncated > 0 && (
          <span className="app-field-error">{fill(t.truncated, { count: truncated })}</span>
        )}
      </div>
      <div className="app-preview-pages" ref={area}>
        {pages.map((page, index) => (
          <PageView
            key={index}
            page={page}
            zoom={zoom}
            label={fill(t.page, { number: index + 1, count: pages.length })}
          />
        ))}
      </div>
    </section>
  );
}

/** The width of an element, followed as it resizes. */
function useWidth(): [RefObject<HTMLDivElement | null>, number] {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(800);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new ResizeObserver(() => setWidth(element.clientWidth));
    observer.observe(element);
    setWidth(element.clientWidth);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}

type PageViewProps = { page: PreviewPage; zoom: number; label: string };

/**
 * One page. The SVG string comes from shared/layout/svg.ts, which escapes every text it writes
 * and embeds only base64 image data checked by the document schema, so inserting it as markup
 * cannot run user content. Pages whose string is unchanged are not touched (memo).
 */
const PageView = memo(function PageView({ page, zoom, label }: PageViewProps) {
  const width = page.width * PX_PER_PT * zoom;
  const height = page.height * PX_PER_PT * zoom;
  return (
    <figure className="app-page" style={{ width, height }} aria-label={label}>
      <div
        className="app-page-svg"
        data-testid="preview-page"
        dangerouslySetInnerHTML={{ __html: page.svg }}
      />
    </figure>
  );
});
