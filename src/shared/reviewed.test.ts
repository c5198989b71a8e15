import { expect } from '@open-wc/testing';
import { dateLocale, formatCalendarDate, reviewedText } from './reviewed.js';
import { isFutureDate, parseIsoDate } from './validate.js';

const TEMPLATES = { byOn: 'Reviewed by {name} on {date}.', by: 'Reviewed by {name}.', on: 'Reviewed on {date}.' };

describe('reviewed line', () => {
  it('parses real YYYY-MM-DD dates only', () => {
    expect(parseIsoDate('2026-03-03')).to.deep.equal({ year: 2026, month: 3, day: 3 });
    expect(parseIsoDate(' 2024-02-29 ')).to.deep.equal({ year: 2024, month: 2, day: 29 });
    expect(parseIsoDate('2000-02-29')).to.deep.equal({ year: 2000, month: 2, day: 29 });
    for (const bad of [
      '2026-02-29',
      '1900-02-29',
      '2026-02-30',
      '2026-04-31',
      '2026-13-01',
      '2026-00-10',
      '2026-01-00',
      '2026-3-3',
      '0999-12-31',
      '03/03/2026',
      'March 3, 2026',
      '2026-03-03T10:00',
      '２０２６-03-03',
      '',
      null,
      20260303,
    ]) {
      expect(parseIsoDate(bad), String(bad)).to.equal(undefined);
    }
  });

  it('calls a date future only once it has not begun anywhere on Earth', () => {
    const now = Date.UTC(2026, 11, 2, 12); // 2026-12-02 12:00 UTC: 2026-12-03 02:00 at UTC+14
    expect(isFutureDate({ year: 2026, month: 12, day: 2 }, now)).to.equal(false);
    expect(isFutureDate({ year: 2026, month: 12, day: 3 }, now)).to.equal(false);
    expect(isFutureDate({ year: 2026, month: 12, day: 4 }, now)).to.equal(true);
    expect(isFutureDate({ year: 2027, month: 1, day: 1 }, now)).to.equal(true);
    expect(isFutureDate({ year: 2025, month: 12, day: 31 }, now)).to.equal(false);
    expect(isFutureDate({ year: 2026, month: 11, day: 30 }, now)).to.equal(false);
  });

  it('formats the date in the long form of the locale, whatever the reader’s time zone', () => {
    const date = { year: 2026, month: 3, day: 3 };
    expect(formatCalendarDate(date, 'en')).to.equal('March 3, 2026');
    expect(formatCalendarDate(date, 'en-US')).to.equal('March 3, 2026');
    expect(formatCalendarDate(date, 'en-GB')).to.equal('3 March 2026');
    expect(formatCalendarDate(date, 'es')).to.equal('3 de marzo de 2026');
    expect(formatCalendarDate({ year: 2026, month: 1, day: 1 }, 'en')).to.equal('January 1, 2026');
    // A malformed tag falls back instead of throwing.
    expect(formatCalendarDate(date, 'not a tag!', 'en')).to.equal('March 3, 2026');
  });

  it('picks the element’s regional tag when it is the content’s language', () => {
    expect(dateLocale('en-GB', 'en')).to.equal('en-GB');
    expect(dateLocale('EN-au', 'en')).to.equal('en-AU');
    expect(dateLocale('fr', 'en')).to.equal('en');
    expect(dateLocale('', 'en')).to.equal('en');
    expect(dateLocale(undefined, 'en')).to.equal('en');
    expect(dateLocale('%%', 'en')).to.equal('en');
  });

  it('words the line for a name, a date, both or neither, with the name as typed', () => {
    expect(reviewedText(TEMPLATES, 'Dana Ruiz, PT, DPT', 'March 3, 2026')).to.equal(
      'Reviewed by Dana Ruiz, PT, DPT on March 3, 2026.',
    );
    expect(reviewedText(TEMPLATES, '  Dana\n Ruiz ', '')).to.equal('Reviewed by Dana Ruiz.');
    expect(reviewedText(TEMPLATES, '', 'March 3, 2026')).to.equal('Reviewed on March 3, 2026.');
    expect(reviewedText(TEMPLATES, '   ', '')).to.equal(undefined);
    expect(reviewedText(TEMPLATES, 'A {date} B', 'March 3, 2026')).to.equal('Reviewed by A {date} B on March 3, 2026.');
    expect(reviewedText(TEMPLATES, '$& $1', '')).to.equal('Reviewed by $& $1.');
  });
});
