// The page's entry: the design tokens and base styles first (every other style sheet builds on
// them), then the app, or the grid alone for its tests.
import './ui/tokens.css';
import './ui/base.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { GridSandbox } from './features/grid/GridSandbox';

// `?view=grid` opens the flowchart grid alone on the example SOP (development and grid e2e tests).
const view = new URLSearchParams(window.location.search).get('view');

const container = document.getElementById('root');
if (!container) throw new Error('#root missing from index.html');
createRoot(container).render(
  <StrictMode>{view === 'grid' ? <GridSandbox /> : <App />}</StrictMode>,
);
