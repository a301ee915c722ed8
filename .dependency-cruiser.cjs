/** Layering and cycles (issue 10): `npm run lint` runs `depcruise` with these rules. */
module.exports = {
  forbidden: [
    { name: 'no-cycles', severity: 'error', from: {}, to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } } },
    {
      name: 'kernel-imports-no-feature',
      comment: 'core/kernel is the shared kernel: it imports only itself (and packages)',
      severity: 'error',
      from: { path: '^core/kernel/' },
      to: { path: '^(core/(?!kernel/)|bot/|workers/|db/|scripts/|bench/|tests/)' },
    },
    { name: 'core-not-bot-or-workers', severity: 'error', from: { path: '^core/' }, to: { path: '^(bot|workers|scripts|bench|tests)/' } },
    {
      name: 'flows-import-no-db',
      comment: 'flows are pure: effects do the I/O',
      severity: 'error',
      from: { path: '^bot/features/[^/]+/flows' },
      to: { path: '^db/' },
    },
    { name: 'bench-not-tests', severity: 'error', from: { path: '^bench/' }, to: { path: '^tests/' } },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|dist|data|coverage)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.js', '.mjs', '.json'],
    },
  },
};
