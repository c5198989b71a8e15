import { defineConfig } from 'vite';

export default defineConfig({
  root: import.meta.dirname,
  base: './',
  // Preact's JSX runtime, with no Babel preset needed.
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
});
