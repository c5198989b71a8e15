import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { fn } from 'storybook/test';
import type { CauseToggleEvent } from '../src/index.ts';
import { CAUSE_IDS } from '../src/content/index.ts';
import { commonArgTypes, cssProperties, idList, inColumn, onDarkPage, type CommonArgs } from './story-helpers.ts';

type Args = CommonArgs & {
  causes?: string[] | string;
  open?: boolean;
  'emergency-number'?: string;
  /** Receives each `kp-cause-toggle` event's detail (an Event itself would show up empty in the Actions panel). */
  onKpCauseToggle?: (detail: CauseToggleEvent['detail']) => void;
};

/** The element with every attribute taken from args; `children` go inside the tag. */
function renderCauses(args: Args, children?: TemplateResult): TemplateResult {
  return html`<knee-pain-causes
    heading-level=${ifDefined(args['heading-level'])}
    theme=${ifDefined(args.theme)}
    lang=${ifDefined(args.lang)}
    ?language-switch=${args['language-switch'] ?? false}
    causes=${ifDefined(idList(args.causes))}
    ?open=${args.open ?? false}
    emergency-number=${ifDefined(args['emergency-number'])}
    style=${ifDefined(cssProperties(args))}
    @kp-cause-toggle=${(event: CauseToggleEvent) => args.onKpCauseToggle?.(event.detail)}
  >${children ?? nothing}</knee-pain-causes>`;
}

const meta: Meta<Args> = {
  title: 'Widgets/knee-pain-causes',
  component: 'knee-pain-causes',
  tags: ['autodocs'],
  render: (args) => renderCauses(args),
  argTypes: {
    ...commonArgTypes,
    causes: { control: { type: 'check' }, options: [...CAUSE_IDS] },
    open: { control: { type: 'boolean' } },
    'emergency-number': { control: { type: 'text' } },
    onKpCauseToggle: { table: { disable: true } },
  },
  args: {
    // Logged in the Actions panel, with the event's detail, each time a reader opens or closes a cause.
    onKpCauseToggle: fn(),
  },
};

export default meta;
type Story = StoryObj<Args>;

const describe = (text: string) => ({ docs: { description: { story: text } } });

export const Default: Story = {
  parameters: describe(
    'The widget as it looks with no attributes: the introduction, the urgent-care block (always ' +
      'visible), and all four causes closed. Open or close a cause and the `kp-cause-toggle` ' +
      'event appears in the Actions panel.',
  ),
};

export const Spanish: Story = {
  name: 'In Spanish, with the language switch',
  args: { lang: 'es', 'language-switch': true },
  parameters: describe(
    '`lang="es"` shows the Spanish text (on a real page, `<html lang="es">` is enough). ' +
      '`language-switch` adds a button naming the other language in its own words ("English"); ' +
      'choosing it switches every widget on the page and announces the change to screen readers.',
  ),
};

export const AllCausesOpen: Story = {
  name: 'All causes open',
  args: { open: true },
  parameters: describe(
    'With the `open` attribute every cause starts expanded, which suits a page that is mostly ' +
      'read top to bottom or printed. Readers can still collapse each one.',
  ),
};

export const SomeCauses: Story = {
  name: 'Some causes, in a chosen order',
  args: { causes: ['clot-or-tumor', 'bakers-cyst'] },
  parameters: describe(
    '`causes="clot-or-tumor,bakers-cyst"` shows only those two, in that order. The urgent-care ' +
      'block stays whatever the selection. In the control, ticking boxes appends ids in the order ' +
      'you tick them.',
  ),
};

export const OtherEmergencyNumber: Story = {
  name: 'Another emergency number',
  args: { 'emergency-number': '112' },
  parameters: describe(
    'Outside North America, set `emergency-number` to the local number (112, 999, 000 …). It ' +
      'is used in the text and in the `tel:` link of the urgent-care block.',
  ),
};

export const Dark: Story = {
  args: { theme: 'dark' },
  decorators: [onDarkPage],
  parameters: describe(
    '`theme="dark"` on a dark page. `theme="auto"` would follow the reader\'s system setting ' +
      'instead.',
  ),
};

export const BrandColours: Story = {
  name: 'Clinic brand (custom properties)',
  args: {
    '--kp-color-brand': '#2e6b3a',
    '--kp-color-urgent': '#9b1c1c',
    '--kp-radius': '16px',
    '--kp-font-family': 'Georgia, serif',
  },
  parameters: describe(
    'Colours, corner radius and font follow the clinic\'s site through `--kp-*` custom ' +
      'properties, set here in a `style` attribute; a site\'s own stylesheet works the same way.',
  ),
};

export const NarrowColumn: Story = {
  name: 'Narrow column (280px)',
  decorators: [inColumn('280px')],
  parameters: describe(
    'In a 280px sidebar the text wraps and nothing overflows sideways. The dashed outline marks ' +
      'the column.',
  ),
};

export const WideColumn: Story = {
  name: 'Wide column (960px)',
  decorators: [inColumn('960px')],
  parameters: describe('In a wide content column the widget simply takes the full width.'),
};

export const FallbackAndSlots: Story = {
  name: 'Fallback content and slots',
  render: (args) =>
    renderCauses(
      args,
      html`
        <p>Pain behind the knee has several causes. Read our full article on the clinic blog.</p>
        <h3 slot="heading">Why does the back of my knee hurt?</h3>
        <p slot="intro">
          Our therapists see this every week. Here is what usually causes it, and when not to wait.
        </p>
        <span slot="disclaimer">Reviewed by our clinical team. Not a substitute for an examination.</span>
      `,
    ),
  parameters: describe(
    'Everything inside the tag is plain HTML that shows before the script loads (or if it never ' +
      'does). Once the element upgrades, the unslotted paragraph is no longer shown, while children ' +
      'with `slot="heading"`, `slot="intro"` or `slot="disclaimer"` replace those parts of the ' +
      'widget. The slotted heading keeps the level you give it; `heading-level` only affects the ' +
      'built-in heading.',
  ),
};

export const BadInput: Story = {
  name: 'Bad input falls back safely',
  args: { 'heading-level': '9', theme: 'neon', causes: 'nope', 'emergency-number': 'call us' },
  argTypes: {
    'heading-level': { control: { type: 'text' } },
    theme: { control: { type: 'text' } },
    causes: { control: { type: 'text' } },
  },
  parameters: describe(
    'Typos in attributes never break the page. Here `heading-level="9"` is clamped to 6, ' +
      '`theme="neon"` becomes `light`, `causes="nope"` shows all four causes, and an ' +
      'emergency number without digits falls back to 911. The browser console shows one warning ' +
      'per bad value, naming the attribute, what it accepts and what was used instead.',
  ),
};
