import { runAdapterContract } from './adapter-contract.js';
import { createZaloOaHarness } from '../helpers/fake-zalo-harness.js';

// Webhook route, signature and failure cases beyond the contract: tests/integration/zalo-webhook.test.ts.
runAdapterContract('zalo OA (signed webhook)', createZaloOaHarness, { supportsOutOfWindow: true });
