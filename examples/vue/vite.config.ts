import vue from '@vitejs/plugin-vue';
import { WIDGET_TAGS } from 'knee-pain-widgets';
import { defineConfig } from 'vite';

// Vue must not look for Vue components named like the widgets.
const widgets = new Set<string>(WIDGET_TAGS);

export default defineConfig({
  root: import.meta.dirname,
  base: './',
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => widgets.has(tag) } } })],
});
