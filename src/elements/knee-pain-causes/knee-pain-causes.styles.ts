import { css } from 'lit';

export const styles = css`
  /* Urgent care: always visible; told apart by words and shape, not by colour alone. */
  .urgent {
    margin-bottom: var(--_space);
    padding: var(--_space);
    border: 3px solid var(--_urgent);
    border-radius: var(--_radius);
  }
  /* In the block and on the links to it, what would take the brand colour (links, focus rings)
     takes the urgent colour, whose defaults meet AA in both themes: a site's brand colour never
     decides whether the number to call can be read. */
  .urgent,
  .to-urgent {
    --_brand: var(--_urgent);
  }
  .urgent [part='subheading'] {
    color: var(--_urgent);
  }
  .badge {
    margin-inline-end: 0.25em;
    padding: 0 0.4em;
    border: 2px solid var(--_urgent);
    border-radius: 4px;
    color: var(--_urgent);
  }
  .emergency .badge {
    color: var(--_surface);
    background: var(--_urgent);
  }
  .signs {
    padding-inline-start: 1.25em;
    list-style: disc;
  }
  .box {
    margin-bottom: 0.5em;
  }
  summary {
    padding: 0.75em;
    cursor: pointer;
  }
  summary > span {
    display: block;
    color: var(--_muted);
  }
  .body {
    padding: 0 0.75em;
  }
  @media print {
    ::details-content {
      content-visibility: visible;
      display: contents;
    }
  }
`;
