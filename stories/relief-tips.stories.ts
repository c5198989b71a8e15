import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { TIP_IDS } from '../src/content/index.ts';
import { commonArgTypes, cssProperties, idList, inColumn, onDarkPage, type CommonArgs } from './story-helpers.ts';

type Args = CommonArgs & {
  tips?: string[] | string;
  layout?: string;
};

/** The element with every attribute taken from args; `children` go inside the tag. */
function renderTips(args: Args, children?: TemplateResult): TemplateResult {
  return html`<relief-tips
    heading-level=${ifDefined(args['heading-level'])}
    theme=${ifDefined(args.theme)}
    lang=${ifDefined(args.lang)}
    ?language-switch=${args['language-switch'] ?? false}
    tips=${ifDefined(idList(args.tips))}
    layout=${ifDefined(args.layout)}
    style=${ifDefined(cssProperties(args))}
  >${children ?? nothing}</relief-tips>`;
}

const meta: Meta<Args> = {
  title: 'Widgets/relief-tips',
  component: 'relief-tips',
  tags: ['autodocs'],
  render: (args) => renderTips(args),
  argTypes: {
    ...commonArgTypes,
    tips: { control: { type: 'check' }, options: [...TIP_IDS] },
    layout: { control: { type: 'inline-radio' }, options: ['grid', 'list'] },
  },
};

export default meta;
type Story = StoryObj<Args>;

const describe = (text: string) => ({ docs: { description: { story: text } } });

export const Default: Story = {
  parameters: describe(
    'All six self-care tips as cards, with the treatment overview above them. How many cards sit ' +
      'side by side depends on the width of the column the widget is in; see the column stories.',
  ),
};

export const SomeTips: Story = {
  name: 'Some tips, in a chosen order',
  args: { tips: ['rice', 'stretch'] },
  parameters: describe(
    '`tips="rice,stretch"` shows just those two tips, in that order, for example on a page ' +
      'about a sports injury.',
  ),
};

export const ListLayout: Story = {
  name: 'List layout',
  args: { layout: 'list' },
  parameters: describe('`layout="list"` keeps one tip under another however wide the column is.'),
};

export const Dark: Story = {
  args: { theme: 'dark' },
  decorators: [onDarkPage],
  parameters: describe('`theme="dark"` on a dark page: icons, borders and the caution adapt.'),
};

export const BrandColours: Story = {
  name: 'Clinic brand (custom properties)',
  args: {
    '--kp-color-brand': '#6b2e8f',
    '--kp-color-surface': '#fbf8f3',
    '--kp-color-border': '#b9a98f',
    '--kp-radius': '2px',
    '--kp-space': '1.25em',
  },
  parameters: describe(
    'The same widget restyled with `--kp-*` custom properties: brand colour for the icons, a warm ' +
      'background, square corners and more room between cards.',
  ),
};

export const NarrowColumn: Story = {
  name: 'Narrow column (280px)',
  decorators: [inColumn('280px')],
  parameters: describe(
    'In a 280px column the cards stack in a single column, even when the browser window is wide: ' +
      'the layout follows the container, not the viewport.',
  ),
};

export const MediumColumn: Story = {
  name: 'Medium column (640px)',
  decorators: [inColumn('640px')],
  parameters: describe('From about 36em of width the cards sit two to a row.'),
};

export const WideColumn: Story = {
  name: 'Wide column (960px)',
  decorators: [inColumn('960px')],
  parameters: describe('From about 56em of width the cards sit three to a row.'),
};

export const FallbackAndSlots: Story = {
  name: 'Fallback content and slots',
  render: (args) =>
    renderTips(
      args,
      html`
        <p>Rest, ice, gentle stretching and guided exercise help most people. Ask us for a plan.</p>
        <h3 slot="heading">Easing knee pain at home</h3>
        <p slot="intro">Try these between visits, and tell your therapist what helped.</p>
        <span slot="disclaimer">Stop any exercise that makes the pain sharper and call us.</span>
      `,
    ),
  parameters: describe(
    'The unslotted paragraph inside the tag is what a visitor sees if the script never loads; ' +
      'after the upgrade it is hidden. The children with `slot="heading"`, `slot="intro"` and ' +
      '`slot="disclaimer"` take the place of the built-in heading, overview and closing line.',
  ),
};

export const BadInput: Story = {
  name: 'Bad input falls back safely',
  args: { 'heading-level': '9', theme: 'neon', tips: 'nope', layout: 'masonry' },
  argTypes: {
    'heading-level': { control: { type: 'text' } },
    theme: { control: { type: 'text' } },
    tips: { control: { type: 'text' } },
    layout: { control: { type: 'text' } },
  },
  parameters: describe(
    'Unknown values are ignored rather than breaking the widget: the heading level is clamped to 6, ' +
      'the theme falls back to `light`, an unknown tip id leaves all six tips showing, and the ' +
      'layout falls back to `grid`. Each bad value produces one warning in the browser console.',
  ),
};
