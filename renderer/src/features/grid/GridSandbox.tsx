// A page with only the flowchart grid and its toolbar on the example SOP: for trying the grid in
// the browser preview (address `?view=grid`) and for its end-to-end tests.

import { useEffect, useState } from 'react';
import { call } from '../../platform/api';
import { editorStore } from '../../state/store';
import { FlowchartGrid } from './FlowchartGrid';
import { GridToolbar } from './GridToolbar';

const ORGANISATION_EXECUTORS = [
  'Pelaksana',
  'Kepala Seksi',
  'Kepala Bidang',
  'Sekretaris',
  'Kepala Dinas',
];

export function GridSandbox() {
  const [error, setError] = useState<string | null>(null);
  const [ready, setReady] = useState(false);
  useEffect(() => {
    call('document:sample')
      .then((doc) => {
        editorStore.getState().load(doc, null);
        setReady(true);
      })
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, []);
  if (error) return <p role="alert">{error}</p>;
  if (!ready) return <p>Memuat…</p>;
  return (
    <div className="sop-grid-sandbox">
      <GridToolbar executorNames={ORGANISATION_EXECUTORS} />
      <FlowchartGrid />
    </div>
  );
}
