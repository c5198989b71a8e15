// Test harness (not part of the recipe): mounts the recipe into #app; Unmount/Mount re-create it.
import { createApp } from 'vue';
import { harness } from '../../harness.ts';
import ClinicPage from './ClinicPage.vue';

harness((host) => {
  const app = createApp(ClinicPage);
  app.mount(host);
  return () => app.unmount();
});
