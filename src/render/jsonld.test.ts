import { expect } from '@open-wc/testing';
import { en } from '../content/index.js';
import { jsonForScript, jsonLdScript, medicalWebPage } from './jsonld.js';

/** Parses `html` as a browser does and returns the JSON-LD blocks' text and the page's other nodes. */
function parse(htmlText: string) {
  const doc = new DOMParser().parseFromString(`<!doctype html><html><head></head><body>${htmlText}<p id="after">after</p></body></html>`, 'text/html');
  const scripts = [...doc.querySelectorAll('script')];
  return { doc, scripts, json: scripts.map((s) => JSON.parse(s.textContent!) as Record<string, unknown>) };
}

const NOW = Date.UTC(2026, 5, 1);

describe('medicalWebPage / jsonLdScript: structured data for the snippet', () => {
  it('describes the page for patients, from the content the widgets show', () => {
    const data = medicalWebPage({
      clinicName: 'Northside Physio',
      phone: '617-555-0123',
      bookingUrl: 'https://northside.example/book?src=site',
      reviewedBy: '  Dana Ruiz,\n PT, DPT ',
      reviewedOn: '2026-03-03',
      now: NOW,
    });
    expect(data).to.deep.equal({
      '@context': 'https://schema.org',
      '@type': 'MedicalWebPage',
      inLanguage: 'en',
      about: {
        '@type': 'MedicalSymptom',
        name: en.topic,
        cause: en.causes.items.map((c) => ({ '@type': 'MedicalCause', name: c.title })),
      },
      audience: { '@type': 'Patient' },
      lastReviewed: '2026-03-03',
      reviewedBy: { '@type': 'Person', name: 'Dana Ruiz, PT, DPT' },
      publisher: {
        '@type': 'Physiotherapy',
        name: 'Northside Physio',
        telephone: '(617) 555-0123',
        potentialAction: { '@type': 'ReserveAction', target: 'https://northside.example/book?src=site' },
      },
    });
    expect(en.topic).to.equal('Pain behind the knee');
  });

  it('leaves out what is missing or invalid, and never invents a publisher', () => {
    const data = medicalWebPage({ phone: 'call us', bookingUrl: 'javascript:alert(1)', reviewedOn: '2026-02-30', now: NOW });
    expect(data).not.to.have.any.keys('publisher', 'lastReviewed', 'reviewedBy');
    const noContacts = medicalWebPage({ clinicName: 'A', phone: '12', bookingUrl: 'ftp://x.example/' });
    expect(noContacts.publisher).to.deep.equal({ '@type': 'Physiotherapy', name: 'A' });
    expect(medicalWebPage({ reviewedOn: '2027-01-01', now: NOW })).not.to.have.any.keys('lastReviewed');
    expect(JSON.stringify(medicalWebPage({ bookingUrl: 'javascript:alert(1)', clinicName: 'x' }))).not.to.contain('javascript');
  });

  it('lists only the causes the snippet shows, in the article’s order', () => {
    const about = medicalWebPage({ causes: 'clot-or-tumor, bakers-cyst, nope' }).about as unknown as { cause: { name: string }[] };
    expect(about.cause.map((c) => c.name)).to.deep.equal(
      en.causes.items.filter((c) => ['bakers-cyst', 'clot-or-tumor'].includes(c.id)).map((c) => c.title),
    );
  });

  it('states the page’s language, keeping a region, and the content’s language otherwise', () => {
    expect(medicalWebPage({ lang: 'en-GB' }).inLanguage).to.equal('en-GB');
    expect(medicalWebPage({ lang: 'EN-us' }).inLanguage).to.equal('en-US');
    // A language the widgets do not have: they show English, so the data says English.
    expect(medicalWebPage({ lang: 'fr' }).inLanguage).to.equal('en');
    expect(medicalWebPage({ lang: 'not a tag!' }).inLanguage).to.equal('en');
  });

  it('cannot be ended early: </script> and <!-- in a clinic name stay inside the block', () => {
    const name = 'Clinic </script><script>alert(1)</script> <!-- <script> & \u2028';
    const block = jsonLdScript({ clinicName: name, reviewedBy: '</SCRIPT >', bookingUrl: 'https://x.example/?q=</script>' });
    expect(block.startsWith('<script type="application/ld+json">')).to.equal(true);
    expect(block.endsWith('</script>')).to.equal(true);
    const inner = block.slice('<script type="application/ld+json">'.length, -'</script>'.length);
    expect(inner).not.to.match(/[<>&\u2028\u2029]/);

    const { doc, scripts, json } = parse(block);
    expect(scripts, 'one script element, nothing injected').to.have.length(1);
    expect(scripts[0].type).to.equal('application/ld+json');
    expect(doc.getElementById('after')!.textContent).to.equal('after');
    const publisher = json[0].publisher as { name: string; potentialAction: { target: string } };
    expect(publisher.name).to.equal(name.replace(/\s+/g, ' ').trim());
    expect((json[0].reviewedBy as { name: string }).name).to.equal('</SCRIPT >');
    expect(publisher.potentialAction.target).to.equal('https://x.example/?q=%3C/script%3E');
  });

  it('jsonForScript round-trips any text', () => {
    const value = { s: '<!-- --> </script> & \u2028\u2029 "quotes" \\ ünï 🦵' };
    expect(JSON.parse(jsonForScript(value))).to.deep.equal(value);
  });
});
