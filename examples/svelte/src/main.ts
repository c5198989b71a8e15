// Test harness (not part of the recipe): mounts the recipe into #app; Unmount/Mount re-create it.
import { mount, unmount } from 'svelte';
import { harness } from '../../harness.ts';
import ClinicPage from './ClinicPage.svelte';

harness((host) => {
  const app = mount(ClinicPage, { target: host });
  return () => void unmount(app);
});
