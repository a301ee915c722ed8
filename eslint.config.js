import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

/** logger.warn(…), log.error(…), deps.logger.info(…): not console.* (the admin CLI talks to its operator). */
const LOG_CALL = "CallExpression[callee.property.name=/^(trace|debug|info|warn|error|fatal)$/]:not([callee.object.name='console'])";

export default tseslint.config(
  { ignores: ['node_modules/', 'data/', 'dist/', 'db/migrations/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { arguments: false } }],
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-empty': ['error', { allowEmptyCatch: false }],
      // Errors reach the log only through safeError (core/kernel/safe-error.ts): a message can carry user text or a token.
      'no-restricted-syntax': [
        'error',
        {
          selector: `${LOG_CALL} MemberExpression[property.name='message']`,
          message: 'No raw error message in a log call: log { err: safeError(err) }.',
        },
        {
          selector: `${LOG_CALL} > ObjectExpression > Property[key.name=/^(err|error|cause)$/][value.type='Identifier']`,
          message: 'A raw error in a log call is serialised with its message and stack: log { err: safeError(err) }.',
        },
      ],
    },
  },
  {
    files: ['**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { sourceType: 'commonjs', globals: { module: 'writable', require: 'readonly' } },
  },
);
