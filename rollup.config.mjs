// Two builds: the unbundled ESM tree for developers (dependencies stay
// external, one output module per source module) and the CDN folder for a
// script tag: `mechnet.js` (the loader), one file per element
// (`mechnet-enrolment-form.js`...) and the code they share in `chunks/`,
// everything bundled and minified.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import nodeResolve from '@rollup/plugin-node-resolve';
import replace from '@rollup/plugin-replace';
import esbuild from 'rollup-plugin-esbuild';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const external = [...Object.keys(pkg.dependencies), ...Object.keys(pkg.peerDependencies ?? {})];
const isExternal = (id) => id.startsWith('node:') || external.some((dep) => id === dep || id.startsWith(`${dep}/`));

const defineEntries = readdirSync('components/define')
  .filter((f) => f.endsWith('.ts'))
  .map((f) => `components/define/${f}`);

/**
 * Elements for the Chamber's reserved area: built as files of their own in
 * the CDN folder (their own copy of lit inside), so that they never change
 * the chunks, nor the weight, of the public pages.
 */
const RESERVED = ['components/define/mechnet-officer-desk.ts'];

const version = replace({
  preventAssignment: true,
  values: { __MECHNET_VERSION__: JSON.stringify(pkg.version) },
});

/**
 * zod keeps its settings and registry on `globalThis`. In the CDN file they
 * become module-local, so the page's own zod and ours never share (or write)
 * a global.
 */
const zodLocalScope = {
  name: 'zod-local-scope',
  transform(code, id) {
    if (!/zod[\\/]v4[\\/]core[\\/](core|registries)\.js$/.test(id)) return null;
    return { code: `const __mechnetZodScope = {};\n${code.replaceAll('globalThis', '__mechnetZodScope')}`, map: null };
  },
};

/**
 * In the CDN folder a language's texts are loaded when a page first asks for
 * it, and a preset's definition when a record first names it:
 * `src/i18n/languages.ts` and `src/programme/presets.ts` (everything, for the
 * npm package) are swapped for `components/cdn/languages.ts` and
 * `components/cdn/presets.ts` (one chunk each).
 */
const ON_DEMAND = {
  [fileURLToPath(new URL('./src/i18n/languages.ts', import.meta.url))]: fileURLToPath(new URL('./components/cdn/languages.ts', import.meta.url)),
  [fileURLToPath(new URL('./src/programme/presets.ts', import.meta.url))]: fileURLToPath(new URL('./components/cdn/presets.ts', import.meta.url)),
};
const languagesOnDemand = {
  name: 'languages-and-presets-on-demand',
  async resolveId(source, importer, options) {
    if (!importer || !/(languages|presets)(\.js)?$/.test(source)) return null;
    const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
    return resolved && ON_DEMAND[resolved.id] ? ON_DEMAND[resolved.id] : resolved;
  },
};

/** Warnings about dependencies' own code are theirs, not ours. */
function onwarn(warning, warn) {
  const where = warning.id ?? warning.ids?.join(' ') ?? '';
  if (/node_modules/.test(where) && ['INVALID_ANNOTATION', 'CIRCULAR_DEPENDENCY', 'THIS_IS_UNDEFINED'].includes(warning.code)) return;
  warn(warning);
}

export default [
  {
    onwarn,
    input: ['src/index.ts', 'src/report/index.ts', 'src/server/index.ts', 'src/cli/main.ts', 'src/schema/json-schema.ts', 'components/index.ts', ...defineEntries],
    external: isExternal,
    output: {
      dir: 'dist',
      format: 'esm',
      preserveModules: true,
      preserveModulesRoot: '.',
      sourcemap: true,
    },
    plugins: [version, esbuild({ target: 'es2022', sourceMap: true, tsconfig: 'tsconfig.json' })],
    treeshake: { moduleSideEffects: (id) => /[\\/]define[\\/]/.test(id) || /cli[\\/]main/.test(id) },
  },
  {
    onwarn,
    input: {
      mechnet: 'components/cdn/loader.ts',
      ...Object.fromEntries(defineEntries.filter((f) => !f.endsWith('/index.ts') && !RESERVED.includes(f)).map((f) => [f.slice(f.lastIndexOf('/') + 1, -3), f])),
    },
    output: {
      dir: 'dist/cdn',
      format: 'esm',
      sourcemap: true,
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      // Fewer, larger chunks: a chunk under 4 KB is merged into one it goes with.
      experimentalMinChunkSize: 4096,
    },
    plugins: [
      languagesOnDemand,
      nodeResolve({ browser: true }),
      version,
      replace({ preventAssignment: true, values: { 'process.env.NODE_ENV': JSON.stringify('production') } }),
      zodLocalScope,
      esbuild({ target: 'es2022', minify: true, sourceMap: true, tsconfig: 'tsconfig.json' }),
    ],
    // Our modules only define things, except the element files and the
    // loader: a module an element does not call is left out of its chunks
    // (as package.json "sideEffects" says to bundlers of the npm package).
    treeshake: { moduleSideEffects: (id) => /node_modules/.test(id) || /[\\/]components[\\/](define|cdn)[\\/]/.test(id) },
  },
  ...RESERVED.map((entry) => ({
    onwarn,
    input: { [entry.slice(entry.lastIndexOf('/') + 1, -3)]: entry },
    output: { dir: 'dist/cdn', format: 'esm', sourcemap: true, entryFileNames: '[name].js', inlineDynamicImports: true },
    plugins: [
      languagesOnDemand,
      nodeResolve({ browser: true }),
      version,
      replace({ preventAssignment: true, values: { 'process.env.NODE_ENV': JSON.stringify('production') } }),
      esbuild({ target: 'es2022', minify: true, sourceMap: true, tsconfig: 'tsconfig.json' }),
    ],
    treeshake: { moduleSideEffects: (id) => /node_modules/.test(id) || /[\\/]components[\\/](define|cdn)[\\/]/.test(id) },
  })),
];
