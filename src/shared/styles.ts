import { css, unsafeCSS } from 'lit';
import { tokenDeclarations, tokenValue } from './tokens.js';

/**
 * What every widget shares: the host box, the private variables behind the public `--kp-*`
 * custom properties (declared in tokens.ts), the light/dark/auto themes, and resets that keep a hostile host page from
 * garbling the text. Sizes are in `em` and `px`, never `rem`, so `html { font-size: 62.5% }` on the
 * host page cannot shrink the widget. Every default colour meets WCAG 2.2 AA on its surface.
 *
 * Forced-colors mode (Windows High Contrast) needs no rules of its own: every box has a real
 * border and every focus ring is a real outline, which the browser repaints in system colours.
 */
export const baseStyles = css`
  :host {
    display: block;
    container: kp / inline-size;
  }
  :host([hidden]) {
    display: none !important;
  }
  .root {
    /* The --kp-* tokens and their light/dark defaults, from tokens.ts (one home). */
    ${unsafeCSS(tokenDeclarations())}
    color-scheme: light;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    color: var(--_text);
    background: var(--_surface);
    font-family: ${unsafeCSS(tokenValue('--kp-font-family'))};
    font-style: normal;
    font-weight: 400;
    line-height: 1.5;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    letter-spacing: normal;
    word-spacing: normal;
    white-space: normal;
    overflow-wrap: break-word;
  }
  .dark {
    color-scheme: dark;
  }
  .auto {
    color-scheme: light dark;
  }
  h2,
  h3,
  h4,
  h5,
  h6 {
    margin: 0 0 0.5em;
    font: inherit;
    font-size: 1.2em;
    font-weight: 700;
    line-height: 1.25;
  }
  [part='heading'] {
    font-size: 1.5em;
  }
  p,
  ul {
    margin: 0 0 0.75em;
    padding: 0;
    list-style: none;
  }
  a {
    color: var(--_brand);
  }
  :focus-visible {
    outline: 3px solid var(--_brand);
    outline-offset: 2px;
  }
  .switch {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: 0.5em;
    margin-bottom: 0.5em;
  }
  button {
    min-height: 44px;
    padding: 0.25em 0.9em;
    border: 2px solid var(--_brand);
    border-radius: var(--_radius);
    color: var(--_brand);
    background: var(--_surface);
    font: inherit;
    cursor: pointer;
  }
  button:hover {
    text-decoration: underline;
  }
  .sr {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .fine {
    margin: 0;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .box {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  @media print {
    .root {
      border: 0;
      padding: 0;
    }
    a[href]::after {
      content: ' (' attr(href) ')';
    }
  }
`;
