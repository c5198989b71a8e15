// Test harness shared by the examples (not part of any recipe): mounts the framework's app into
// #app, and the page's Unmount and Mount buttons take it down and put it back, so the tests can
// check that a remount upgrades fresh elements with no registration error.
export type Unmount = () => void;

const byId = (id: string) => document.getElementById(id) as HTMLElement;

export function harness(mount: (host: HTMLElement) => Unmount | Promise<Unmount>): void {
  const host = byId('app');
  let mounted: Promise<Unmount> | undefined = Promise.resolve(mount(host));
  byId('unmount').addEventListener('click', async () => {
    const unmount = await mounted;
    mounted = undefined;
    unmount?.();
  });
  byId('mount').addEventListener('click', () => {
    mounted ??= Promise.resolve(mount(host));
  });
}
