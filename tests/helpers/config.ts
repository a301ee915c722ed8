import { loadConfig, type Config } from '../../core/platform/config.js';

/** The one test config: the real loader over test defaults, plus what a test asks for. */
export function testConfig(overrides: Record<string, string> = {}): Config {
  return loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', ...overrides });
}
