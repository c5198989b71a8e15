// Test harness (not part of the recipe): bootstraps the recipe in #app; Unmount/Mount destroy the
// application and bootstrap it again.
import { provideZonelessChangeDetection } from '@angular/core';
import { bootstrapApplication } from '@angular/platform-browser';
import { harness } from '../../harness';
import { ClinicPage } from './clinic-page';

harness(async (host) => {
  const element = host.appendChild(document.createElement('clinic-page'));
  const app = await bootstrapApplication(ClinicPage, { providers: [provideZonelessChangeDetection()] });
  return () => {
    app.destroy();
    element.remove();
  };
});
