import { defineConfig } from 'tsup';

// franc (and its small helpers) are ESM-only: bundle them so the CommonJS
// build works with a plain require() on every supported Node version.
const bundled = [/^franc/, 'trigram-utils', 'n-gram', 'collapse-white-space'];

// Library (ESM + CJS + .d.ts) and the CLI (ESM, with a shebang).
export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'node20',
    noExternal: bundled,
  },
  {
    entry: { cli: 'src/cli.ts' },
    format: ['esm'],
    dts: false,
    sourcemap: true,
    clean: false,
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
  },
]);
