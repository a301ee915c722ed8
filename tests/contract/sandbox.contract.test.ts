import { runAdapterContract } from './adapter-contract.js';
import { createSandboxHarness } from './sandbox-harness.js';

runAdapterContract('sandbox (web chat over HTTP, real database)', createSandboxHarness);
