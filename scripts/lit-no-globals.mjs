// A rollup plugin for the drop-in bundle: keeps Lit from writing to `window`.
//
// Site owners are promised that the widgets add no global (only `window.dataLayer`, and only when
// asked). Lit's production build writes four: `litPropertyMetadata` (a registry shared between Lit
// copies for decorators; this bundle uses none and is self-contained, so a module-local WeakMap
// does the same job), the `reactiveElementVersions`, `litHtmlVersions` and `litElementVersions`
// arrays (only read by Lit's development build to warn about duplicate copies), and a
// `Symbol.metadata` polyfill on the built-in Symbol. This rewrites those statements in Lit's
// published files. Each rewrite must match exactly once, so a Lit upgrade that changes them fails
// the build instead of silently shipping globals again. The npm build (dist/lib) is untouched: apps
// that bundle Lit themselves keep Lit as it is.
const REWRITES = [
  {
    file: /@lit[/\\]reactive-element[/\\]reactive-element\.js$/,
    find: /Symbol\.metadata\?\?=Symbol\("metadata"\),\w+\.litPropertyMetadata\?\?=new WeakMap;/g,
    replace: 'const litPropertyMetadata=new WeakMap;',
  },
  {
    file: /@lit[/\\]reactive-element[/\\]reactive-element\.js$/,
    find: /\(\w+\.reactiveElementVersions\?\?=\[\]\)\.push\("[^"]*"\)/g,
    replace: '0',
  },
  {
    file: /lit-html[/\\]lit-html\.js$/,
    find: /\(\w+\.litHtmlVersions\?\?=\[\]\)\.push\("[^"]*"\)/g,
    replace: '0',
  },
  {
    file: /lit-element[/\\]lit-element\.js$/,
    find: /\(\w+\.litElementVersions\?\?=\[\]\)\.push\("[^"]*"\)/g,
    replace: '0',
  },
];

export function litNoGlobals() {
  const seen = new Map(REWRITES.map((rewrite) => [rewrite, 0]));
  return {
    name: 'lit-no-globals',
    transform(code, id) {
      let out = code;
      for (const rewrite of REWRITES) {
        if (!rewrite.file.test(id)) continue;
        const matches = out.match(rewrite.find)?.length ?? 0;
        if (matches !== 1) {
          this.error(`lit-no-globals: expected one match of ${rewrite.find} in ${id}, found ${matches}.`);
        }
        out = out.replace(rewrite.find, rewrite.replace);
        seen.set(rewrite, seen.get(rewrite) + 1);
      }
      return out === code ? null : { code: out, map: null };
    },
    buildEnd(error) {
      if (error) return;
      for (const [rewrite, count] of seen) {
        if (count === 0) this.error(`lit-no-globals: no module matched ${rewrite.file}; did Lit's layout change?`);
      }
    },
  };
}
