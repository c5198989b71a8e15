import type { Decorator, Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { styleMap } from 'lit/directives/style-map.js';
import { fn } from 'storybook/test';
import type { CtaClickEvent } from '../src/index.ts';
import { commonArgTypes, cssProperties, inColumn, onDarkPage, type CommonArgs } from './story-helpers.ts';

type Args = CommonArgs & {
  'clinic-name'?: string;
  phone?: string;
  'booking-url'?: string;
  'button-label'?: string;
  'data-layer'?: boolean;
  /** Receives each `kp-cta-click` event's detail (an Event itself would show up empty in the Actions panel). */
  onKpCtaClick?: (detail: CtaClickEvent['detail']) => void;
};

/** The element with every attribute taken from args; `children` go inside the tag. */
function renderCta(args: Args, children?: TemplateResult): TemplateResult {
  return html`<pt-cta
    heading-level=${ifDefined(args['heading-level'])}
    theme=${ifDefined(args.theme)}
    lang=${ifDefined(args.lang)}
    ?language-switch=${args['language-switch'] ?? false}
    clinic-name=${ifDefined(args['clinic-name'])}
    phone=${ifDefined(args.phone)}
    booking-url=${ifDefined(args['booking-url'])}
    button-label=${ifDefined(args['button-label'])}
    ?data-layer=${args['data-layer'] ?? false}
    style=${ifDefined(cssProperties(args))}
    @kp-cta-click=${(event: CtaClickEvent) => args.onKpCtaClick?.(event.detail)}
  >${children ?? nothing}</pt-cta>`;
}

/**
 * Keeps the canvas in place when the Book or Call link is clicked. On a real page the links
 * navigate as usual; here that would replace the story with an example.com page or a dialler. The
 * widget has already reported the click by the time the event bubbles up to this wrapper.
 */
const stayOnPage: Decorator = (story) => html`
  <div @click=${cancelLinkNavigation} @auxclick=${cancelLinkNavigation}>${story()}</div>
`;

function cancelLinkNavigation(event: MouseEvent): void {
  if (event.composedPath().some((node) => node instanceof HTMLAnchorElement)) event.preventDefault();
}

/** Shows the newest `window.dataLayer` entries under the widget after each click. */
const showDataLayer: Decorator = (story) => html`
  <div @kp-cta-click=${refreshDataLayerView}>
    ${story()}
    <pre data-layer-view style=${styleMap(dataLayerViewStyle)}>${DATA_LAYER_HINT}</pre>
  </div>
`;

const DATA_LAYER_HINT = 'window.dataLayer: click Book or Call to see what Google Tag Manager would receive.';
const dataLayerViewStyle = {
  marginTop: '16px',
  padding: '12px',
  background: '#f3f5f8',
  color: '#1b2330',
  borderRadius: '6px',
  whiteSpace: 'pre-wrap',
};

function refreshDataLayerView(event: Event): void {
  const view = (event.currentTarget as HTMLElement).querySelector('pre[data-layer-view]');
  // The widget dispatches the event first and pushes to dataLayer right after; read it then.
  setTimeout(() => {
    const layer = (window as { dataLayer?: unknown[] }).dataLayer ?? [];
    if (view) view.textContent = `window.dataLayer (newest last):\n${JSON.stringify(layer.slice(-3), null, 2)}`;
  });
}

const meta: Meta<Args> = {
  title: 'Widgets/pt-cta',
  component: 'pt-cta',
  tags: ['autodocs'],
  render: (args) => renderCta(args),
  decorators: [stayOnPage],
  argTypes: {
    ...commonArgTypes,
    'clinic-name': { control: { type: 'text' } },
    phone: { control: { type: 'text' } },
    'booking-url': { control: { type: 'text' } },
    'button-label': { control: { type: 'text' } },
    'data-layer': { control: { type: 'boolean' } },
    onKpCtaClick: { table: { disable: true } },
  },
  args: {
    phone: '617-555-0123',
    'booking-url': 'https://example.com/book',
    // Logged in the Actions panel, with the event's detail, on every Book or Call click.
    onKpCtaClick: fn(),
  },
};

export default meta;
type Story = StoryObj<Args>;

const describe = (text: string) => ({ docs: { description: { story: text } } });

export const Default: Story = {
  parameters: describe(
    'With a booking page and a phone number the widget offers a Book button and a Call link. ' +
      'Clicking either logs a `kp-cta-click` event in the Actions panel (in Storybook the link ' +
      'itself is stopped from leaving the page).',
  ),
};

export const OwnClinic: Story = {
  name: 'Your clinic name and button text',
  args: {
    'clinic-name': 'Riverside Physical Therapy',
    'button-label': 'Book a knee assessment',
    phone: '+44 20 7946 0958',
  },
  parameters: describe(
    '`clinic-name` appears in the message and `button-label` on the Book button. An international ' +
      'number keeps the grouping it was written with.',
  ),
};

export const BookOnly: Story = {
  name: 'Booking link only',
  args: { phone: undefined },
  parameters: describe('Without a `phone` there is no Call link; the Book button stays.'),
};

export const CallOnly: Story = {
  name: 'Phone only',
  args: { 'booking-url': undefined },
  parameters: describe('Without a `booking-url` only the Call link is shown.'),
};

export const MessageOnly: Story = {
  name: 'No contact details',
  args: { phone: undefined, 'booking-url': undefined },
  parameters: describe('With neither attribute the widget shows its message with no action row.'),
};

export const DataLayer: Story = {
  name: 'Click tracking (data-layer)',
  args: { 'data-layer': true },
  decorators: [showDataLayer],
  parameters: describe(
    'With `data-layer`, each click is also pushed onto `window.dataLayer` as ' +
      '`{ event: "kp_cta_click", action, href, clinicName }`, ready for a Google Tag Manager ' +
      'trigger. The box below the widget shows the newest entries; the Actions panel shows the ' +
      '`kp-cta-click` event, which is sent whether or not `data-layer` is set.',
  ),
};

export const Dark: Story = {
  args: { theme: 'dark' },
  decorators: [onDarkPage],
  parameters: describe('`theme="dark"` on a dark page: the Book button swaps to a light fill.'),
};

export const BrandColours: Story = {
  name: 'Clinic brand (custom properties)',
  args: {
    '--kp-color-brand': '#b3261e',
    '--kp-color-on-brand': '#ffffff',
    '--kp-radius': '999px',
  },
  parameters: describe(
    'A red brand colour and pill-shaped buttons through `--kp-color-brand`, `--kp-color-on-brand` ' +
      'and `--kp-radius`. Keep enough contrast between the two brand colours for the button text.',
  ),
};

export const NarrowColumn: Story = {
  name: 'Narrow column (280px)',
  decorators: [inColumn('280px')],
  parameters: describe('In a narrow column the Book and Call links stack, each full width.'),
};

export const WideColumn: Story = {
  name: 'Wide column (960px)',
  decorators: [inColumn('960px')],
  parameters: describe('In a wide column the two links sit side by side.'),
};

export const FallbackAndSlots: Story = {
  name: 'Fallback content and slots',
  render: (args) =>
    renderCta(
      args,
      html`
        <p>Call us on 617-555-0123 to book an evaluation.</p>
        <h3 slot="heading">Still sore behind the knee?</h3>
        <div slot="message">
          <p>A short assessment tells you what is going on and what to do about it.</p>
          <p>Most patients are seen within the week.</p>
        </div>
      `,
    ),
  parameters: describe(
    'The plain paragraph inside the tag is a no-script fallback with the phone number, replaced ' +
      'by the widget once it loads. The `slot="heading"` and `slot="message"` children replace ' +
      'the built-in heading and message; the Book and Call links are still added from the ' +
      'attributes.',
  ),
};

export const BadInput: Story = {
  name: 'Bad input falls back safely',
  args: {
    'heading-level': '9',
    theme: 'neon',
    'booking-url': 'javascript:alert(1)',
    phone: '12',
  },
  argTypes: {
    'heading-level': { control: { type: 'text' } },
    theme: { control: { type: 'text' } },
  },
  parameters: describe(
    'A `javascript:` booking URL and a two-digit phone number are refused, so neither link is ' +
      'shown and nothing unsafe reaches the page. The heading level is clamped to 6 and the ' +
      'theme falls back to `light`. The browser console lists each rejected value once, with what ' +
      'the attribute accepts.',
  ),
};
