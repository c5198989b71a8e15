import { html, type TemplateResult } from 'lit';

/**
 * A native heading at `level` 2–6 (the host page decides the outline), with a `part` for styling.
 * One template per level keeps real `<h2>`…`<h6>` elements without the larger static-template
 * machinery.
 */
export function heading(level: number, content: unknown, part: string): TemplateResult {
  switch (level) {
    case 2:
      return html`<h2 part=${part}>${content}</h2>`;
    case 3:
      return html`<h3 part=${part}>${content}</h3>`;
    case 4:
      return html`<h4 part=${part}>${content}</h4>`;
    case 5:
      return html`<h5 part=${part}>${content}</h5>`;
    default:
      return html`<h6 part=${part}>${content}</h6>`;
  }
}
