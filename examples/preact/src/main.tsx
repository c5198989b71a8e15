// Test harness (not part of the recipe): renders the recipe into #app; Unmount/Mount re-create it.
import { render } from 'preact';
import { harness } from '../../harness.ts';
import { ClinicPage } from './ClinicPage.tsx';

harness((host) => {
  render(<ClinicPage />, host);
  return () => render(null, host);
});
