import { css } from 'lit';

export const styles = css`
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
    margin: 0;
  }
  .actions a {
    display: grid;
    place-content: center;
    flex: 1 1 12em;
    min-height: 44px;
    padding: 0.6em 1.25em;
    border: 2px solid var(--_brand);
    border-radius: var(--_radius);
    font-weight: 700;
    text-align: center;
    text-decoration: none;
  }
  .book {
    color: var(--_on-brand);
    background: var(--_brand);
  }
  .actions a:hover {
    text-decoration: underline;
  }
  span {
    white-space: nowrap;
  }
`;
