// Two builds: the unbundled ESM tree for developers (dependencies stay
// external, one output module per source module) and the one-file CDN build
// for a script tag (everything inlined and minified).
import { readFileSync, readdirSync } from 'node:fs';
import nodeResolve from '@rollup/plugin-node-resolve';
import replace from '@rollup/plugin-replace';
import esbuild from 'rollup-plugin-esbuild';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const external = [...Object.keys(pkg.dependencies), 'node:fs', 'node:path', 'node:process', 'node:url'];
const isExternal = (id) => external.some((dep) => id === dep || id.startsWith(`${dep}/`));

const defineEntries = readdirSync('components/define')
  .filter((f) => f.endsWith('.ts'))
  .map((f) => `components/define/${f}`);

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

/** Warnings about dependencies' own code are theirs, not ours. */
function onwarn(warning, warn) {
  const where = warning.id ?? warning.ids?.join(' ') ?? '';
  if (/node_modules/.test(where) && ['INVALID_ANNOTATION', 'CIRCULAR_DEPENDENCY', 'THIS_IS_UNDEFINED'].includes(warning.code)) return;
  warn(warning);
}

export default [
  {
    onwarn,
    input: ['src/index.ts', 'src/report/index.ts', 'src/cli/main.ts', 'src/schema/json-schema.ts', 'components/index.ts', ...defineEntries],
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
    input: 'components/cdn.ts',
    output: { file: 'dist/cdn/mechnet.js', format: 'esm', sourcemap: true },
    plugins: [
      nodeResolve({ browser: true }),
      version,
      replace({ preventAssignment: true, values: { 'process.env.NODE_ENV': JSON.stringify('production') } }),
      zodLocalScope,
      esbuild({ target: 'es2022', minify: true, sourceMap: true, tsconfig: 'tsconfig.json' }),
    ],
  },
];
