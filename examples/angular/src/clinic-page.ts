import { Component, CUSTOM_ELEMENTS_SCHEMA, signal } from '@angular/core';
import 'knee-pain-widgets'; // registers <knee-pain-causes>, <relief-tips> and <pt-cta>
import type { CtaClickEvent } from 'knee-pain-widgets';

@Component({
  selector: 'clinic-page',
  schemas: [CUSTOM_ELEMENTS_SCHEMA], // lets templates use custom elements
  template: `
    <main>
      <label>Clinic name <input #name [value]="clinic()" (input)="clinic.set(name.value)" /></label>
      <label>
        <input #measureBox type="checkbox" [checked]="measure()" (change)="measure.set(measureBox.checked)" />
        Send clicks to Tag Manager
      </label>
      <label>
        <input #openBox type="checkbox" [checked]="expanded()" (change)="expanded.set(openBox.checked)" />
        Open every cause
      </label>

      <knee-pain-causes heading-level="2" [open]="expanded()"></knee-pain-causes>
      <pt-cta
        [attr.clinic-name]="clinic()"
        phone="617-555-0123"
        booking-url="https://northside.example/book"
        [attr.data-layer]="measure()"
        (kp-cta-click)="onCtaClick($event)"
      ></pt-cta>
      <p>Clicks: <output>{{ clicks().join(', ') }}</output></p>
    </main>
  `,
})
export class ClinicPage {
  readonly clinic = signal('Northside Physical Therapy');
  readonly measure = signal(false); // say, from your consent banner
  readonly expanded = signal(false);
  readonly clicks = signal<string[]>([]);

  // With strictTemplates, $event is typed: a CtaClickEvent, from the package's event types.
  onCtaClick(event: CtaClickEvent) {
    this.clicks.update((list) => [...list, event.detail.action]);
  }
}
