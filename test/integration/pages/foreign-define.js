// Some other script on the page already owns the name <pt-cta> (not this library).
'use strict';
customElements.define(
  'pt-cta',
  class extends HTMLElement {
    connectedCallback() {
      this.dataset.foreign = 'yes';
    }
  },
);
