import { expect } from '@open-wc/testing';
import { LitElement } from 'lit';
import { spyOnWarn } from '../test/helpers.js';
import { defineElement } from './define.js';
import { VERSION } from './version.js';

class First extends LitElement {
  static kpVersion = VERSION;
}
class SameVersion extends LitElement {
  static kpVersion = VERSION;
}
class OtherVersion extends LitElement {
  static kpVersion = '9.9.9';
}

describe('defineElement', () => {
  it('registers once; a second copy of the same version is silent; another version warns once and loses', () => {
    const warn = spyOnWarn();
    try {
      defineElement('kp-define-test', First);
      expect(customElements.get('kp-define-test') === First).to.equal(true);
      defineElement('kp-define-test', First);
      defineElement('kp-define-test', SameVersion);
      expect(warn.messages).to.have.length(0);
      defineElement('kp-define-test', OtherVersion);
      expect(customElements.get('kp-define-test') === First).to.equal(true);
      expect(warn.messages).to.have.length(1);
      expect(warn.messages[0]).to.contain('<kp-define-test>').and.contain(VERSION).and.contain('9.9.9');
    } finally {
      warn.restore();
    }
  });

  it('never throws, even when the registry refuses the name', () => {
    const warn = spyOnWarn();
    try {
      expect(() => defineElement('not a valid name', class extends LitElement {})).not.to.throw();
      expect(warn.messages).to.have.length(1);
    } finally {
      warn.restore();
    }
  });
});
