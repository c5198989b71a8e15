// Not part of the app: `tsc -p preact` must reject each line marked @ts-expect-error, which proves
// that knee-pain-widgets/preact types the tags (a tag without types would accept anything).
import type {} from 'knee-pain-widgets/preact';

export const wrong = (
  <>
    {/* @ts-expect-error theme is 'light', 'dark' or 'auto' */}
    <pt-cta theme="purple" />
    {/* @ts-expect-error data-layer is a boolean */}
    <pt-cta data-layer={42} />
    {/* @ts-expect-error open is a boolean */}
    <knee-pain-causes open={42} />
    {/* @ts-expect-error heading-level is a number */}
    <knee-pain-causes heading-level="three" />
    {/* @ts-expect-error the kp-cta-click detail has no such field */}
    <pt-cta onkp-cta-click={(e) => e.detail.nope} />
    {/* @ts-expect-error a kp-cause-toggle listener does not get a kp-cta-click */}
    <knee-pain-causes onkp-cause-toggle={(e: CustomEvent<{ action: string }>) => e.detail.action} />
    {/* @ts-expect-error no such attribute */}
    <relief-tips colour="red" />
  </>
);
