/** Layering and cycles (issue 10): `npm run lint` runs `depcruise` with these rules. */
module.exports = {
  forbidden: [
    { name: 'no-cycles', severity: 'error', from: {}, to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } } },
    {
      name: 'kernel-imports-no-feature',
      comment: 'core/kernel is the shared kernel: it imports only itself (and packages)',
      severity: 'error',
      from: { path: '^core/kernel/' },
      to: { path: '^(core/(?!kernel/)|bot/|workers/|db/|scripts/|bench/|testkit/|tests/)' },
    },
    { name: 'core-not-bot-or-workers', severity: 'error', from: { path: '^core/' }, to: { path: '^(bot|workers|scripts|bench|testkit|tests)/' } },
    {
      name: 'production-not-test-code',
      comment: 'what runs in production never loads a fake, a seed or a bench',
      severity: 'error',
      from: { path: '^(bot|workers|db|scripts)/' },
      to: { path: '^(bench|testkit|tests)/' },
    },
    {
      name: 'flows-import-no-db',
      comment: 'flows are pure: effects do the I/O',
      severity: 'error',
      from: { path: '^bot/features/[^/]+/flows' },
      to: { path: '^db/' },
    },
    {
      name: 'bench-not-tests',
      comment: 'what benches share with tests (fakes, seeds, services) lives in testkit/',
      severity: 'error',
      from: { path: '^bench/' },
      to: { path: '^tests/' },
    },
    {
      name: 'testkit-standalone',
      comment: 'testkit/ is shared by tests and benches: it imports neither (and no vitest)',
      severity: 'error',
      from: { path: '^testkit/' },
      to: { path: '^(tests|bench)/|node_modules/vitest/' },
    },
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
