// Test harness (not part of the recipe): renders the recipe into #app; Unmount/Mount re-create it.
import { createRoot } from 'react-dom/client';
import { harness } from '../../harness.ts';
import { ClinicPage } from './ClinicPage.tsx';

harness((host) => {
  const root = createRoot(host);
  root.render(<ClinicPage />);
  return () => root.unmount();
});
