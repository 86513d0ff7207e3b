// Cetak: every page of the chosen version of the SOP (a draft with its DRAF mark), at print size,
// on the page only while the browser prints it (shell.css hides the frame in print). The page
// size follows the SOP's paper.

import { useEffect, useMemo } from 'react';
import { PAPER_SIZES } from '../../../../shared/model';
import type { PrintJob } from '../../app/ui-store';
import { useShell } from '../../app/ui-store';
import { layoutPreview } from './use-layout';
import './preview.css';

const MM_PER_PT = 25.4 / 72;

export function PrintPages({ job }: { job: PrintJob }) {
  const setPrinting = useShell((s) => s.setPrinting);
  // Laid out once, from the version chosen when Cetak ran.
  const { pages, paper } = useMemo(
    () => ({
      pages: layoutPreview(job.document, [], job.draftMark).pages,
      paper: job.document.print.paper,
    }),
    [job],
  );
  const size = PAPER_SIZES[paper];

  useEffect(() => {
    const done = () => setPrinting(null);
    window.addEventListener('afterprint', done);
    const frame = requestAnimationFrame(() => {
      window.print();
      // Browsers without afterprint (or a print call that returns at once) still end here.
      setTimeout(done, 500);
    });
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('afterprint', done);
    };
  }, [setPrinting]);

  return (
    <div className="app-print" data-testid="print-pages">
      <style>{`@page { size: ${(size.width * MM_PER_PT).toFixed(1)}mm ${(size.height * MM_PER_PT).toFixed(1)}mm; margin: 0; }`}</style>
      {pages.map((page, index) => (
        // The SVG comes from shared/layout/svg.ts, which escapes all text (see PreviewPanel).
        <div
          key={index}
          className="app-print-page"
          dangerouslySetInnerHTML={{ __html: page.svg }}
        />
      ))}
    </div>
  );
}
