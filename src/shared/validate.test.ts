import { expect } from '@open-wc/testing';
import { clampHeadingLevel, contrastRatio, oneOf, parseEmergencyNumber, parseIdList, parsePhone, THEMES, toSafeHttpUrl } from './validate.js';

describe('validate', () => {
  it('accepts only absolute http(s) URLs, as the browser parses them', () => {
    expect(toSafeHttpUrl(' https://clinic.example/book ')).to.equal('https://clinic.example/book');
    expect(toSafeHttpUrl('HTTP://Clinic.Example')).to.equal('http://clinic.example/');
    for (const bad of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'java\nscript:alert(1)',
      '\u0000javascript:alert(1)',
      '&#106;avascript:alert(1)',
      'data:text/html,x',
      'vbscript:x',
      '//clinic.example',
      '/book',
      'https://',
      '',
      42,
      null,
    ]) {
      expect(toSafeHttpUrl(bad), String(bad).slice(0, 40)).to.equal(undefined);
    }
  });

  it('accepts hosts every URL parser reads alike: DNS names, IPv4, IPv6 in brackets', () => {
    expect(toSafeHttpUrl('https://clínica.example/cita')).to.equal('https://xn--clnica-4va.example/cita');
    expect(toSafeHttpUrl('https://book.clinic.example.:8443/a?b=c#d')).to.equal('https://book.clinic.example.:8443/a?b=c#d');
    expect(toSafeHttpUrl('http://192.0.2.7/book')).to.equal('http://192.0.2.7/book');
    expect(toSafeHttpUrl('http://[2001:db8::1]/book')).to.equal('http://[2001:db8::1]/book');
    // Hosts that some parsers accept and others refuse: none, so a server's pre-rendered Book link
    // is the one every browser's bundle shows.
    for (const exotic of ['http://msgbox("x")', "https://a'b.example/", 'https://a..b/', 'http://ex$ample.com/', 'https://a!b.example/']) {
      expect(toSafeHttpUrl(exotic), exotic).to.equal(undefined);
    }
  });

  it('parses phone numbers with 7 to 15 digits and formats North American ones', () => {
    expect(parsePhone('(617) 555-0123')).to.deep.equal({ href: 'tel:6175550123', display: '(617) 555-0123' });
    expect(parsePhone('617.555.0123')!.display).to.equal('(617) 555-0123');
    expect(parsePhone('+1 617 555 0123')).to.deep.equal({ href: 'tel:+16175550123', display: '+1 617 555 0123' });
    expect(parsePhone('555-0123')).to.deep.equal({ href: 'tel:5550123', display: '555-0123' });
    for (const bad of ['555-012', '1234567890123456', 'call 555 0123', '555-0123;ext=1', 'tel:5550123', undefined]) {
      expect(parsePhone(bad), String(bad)).to.equal(undefined);
    }
  });

  it('reads emergency numbers as 1 to 6 digits', () => {
    expect(parseEmergencyNumber('112')).to.equal('112');
    expect(parseEmergencyNumber(' 0 0 0 ')).to.equal('000');
    expect(parseEmergencyNumber('none')).to.equal(undefined);
    expect(parseEmergencyNumber('1234567')).to.equal(undefined);
  });

  it('parses id lists in order, without blanks or repeats', () => {
    expect(parseIdList(' RICE, stretch,,rice ')).to.deep.equal(['rice', 'stretch']);
    expect(parseIdList(undefined)).to.deep.equal([]);
  });

  it('clamps heading levels and rejects non-numbers', () => {
    expect([clampHeadingLevel('1'), clampHeadingLevel(4), clampHeadingLevel('9'), clampHeadingLevel('3.4')]).to.deep.equal([2, 4, 6, 3]);
    expect(clampHeadingLevel('h3')).to.equal(undefined);
    expect(clampHeadingLevel('')).to.equal(undefined);
  });

  it('matches keywords case-insensitively', () => {
    expect(oneOf(THEMES, ' Dark ')).to.equal('dark');
    expect(oneOf(THEMES, 'neon')).to.equal(undefined);
  });

  it('computes WCAG contrast ratios', () => {
    expect(contrastRatio('#000', '#fff')).to.equal(21);
    expect(contrastRatio('#0a5ca8', '#ffffff')!).to.be.greaterThan(4.5);
    expect(contrastRatio('#ffcc00', '#ffffff')!).to.be.lessThan(4.5);
    expect(contrastRatio('red', '#fff')).to.equal(undefined);
  });
});
