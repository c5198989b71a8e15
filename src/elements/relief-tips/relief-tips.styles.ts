import { css } from 'lit';

export const styles = css`
  [role='list'] {
    display: grid;
    gap: var(--_space);
  }
  .box {
    padding: var(--_space);
  }
  .box > :last-child {
    margin: 0;
  }
  svg {
    display: block;
    width: 1.75em;
    height: 1.75em;
    margin-bottom: 0.5em;
    fill: none;
    stroke: var(--_brand);
    stroke-width: 2;
    stroke-linecap: round;
  }
  .caution,
  .safety {
    padding-inline-start: 0.75em;
    border-inline-start: 4px solid var(--_urgent);
  }
  /* The opening caution's link and focus ring take the urgent colour, not the site's brand. */
  .safety {
    --_brand: var(--_urgent);
  }
  /* Columns follow the width of the column the widget sits in, not the viewport. */
  @container kp (min-width: 36em) {
    .grid {
      grid-template-columns: 1fr 1fr;
    }
  }
  @container kp (min-width: 56em) {
    .grid {
      grid-template-columns: 1fr 1fr 1fr;
    }
  }
`;
