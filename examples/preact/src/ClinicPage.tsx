import { useState } from 'preact/hooks';
import 'knee-pain-widgets'; // registers <knee-pain-causes>, <relief-tips> and <pt-cta>
import type { CtaClickEvent } from 'knee-pain-widgets';
import type {} from 'knee-pain-widgets/preact'; // types the tags in JSX (types only)

export function ClinicPage() {
  const [clinic, setClinic] = useState('Northside Physical Therapy');
  const [measure, setMeasure] = useState(false); // say, from your consent banner
  const [expanded, setExpanded] = useState(false);
  const [clicks, setClicks] = useState<string[]>([]);

  return (
    <main>
      <label>
        Clinic name <input value={clinic} onInput={(e) => setClinic(e.currentTarget.value)} />
      </label>
      <label>
        <input type="checkbox" checked={measure} onChange={(e) => setMeasure(e.currentTarget.checked)} />
        Send clicks to Tag Manager
      </label>
      <label>
        <input type="checkbox" checked={expanded} onChange={(e) => setExpanded(e.currentTarget.checked)} />
        Open every cause
      </label>

      <knee-pain-causes heading-level={2} open={expanded} />
      <pt-cta
        clinic-name={clinic}
        phone="617-555-0123"
        booking-url="https://northside.example/book"
        data-layer={measure}
        onkp-cta-click={(e: CtaClickEvent) => setClicks((list) => [...list, e.detail.action])}
      />
      <p>
        Clicks: <output>{clicks.join(', ')}</output>
      </p>
    </main>
  );
}
