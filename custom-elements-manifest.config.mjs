// Custom Elements Manifest: `npx cem analyze` writes custom-elements.json at the
// repository root from the components' JSDoc (@summary, @fires, @slot,
// @csspart, @cssprop).
export default {
  globs: ['components/**/*.ts'],
  exclude: ['components/**/*.test.ts', 'components/**/*.d.ts'],
  outdir: '.',
  litelement: true,
  // Do not rewrite package.json: its "customElements" field is kept by hand.
  packagejson: false,
};
