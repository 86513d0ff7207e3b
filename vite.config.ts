import { defineConfig } from 'vite';

// The renderer: a static bundle loaded from file:// in the desktop app and from the preview host.
export default defineConfig({
  root: 'renderer',
  base: './',
  build: {
    outDir: '../build/renderer',
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
  },
});
