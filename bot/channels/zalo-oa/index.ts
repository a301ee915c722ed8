/** Public surface of the Zalo OA channel (wiring: from-config.ts; admin CLI: setZaloTokens). */
export { createZaloOaAdapter, zaloOaLimits, type ZaloOaAdapterOptions } from './adapter.js';
export { createZaloOaClient, type ZaloOaClient, type ZaloButton, type ZaloProfile, type ZaloFollowerPage } from './client.js';
export * from './constants.js';
export * from './errors.js';
export { createZaloOaChannel, ZaloConfigError, type ZaloOaChannel } from './from-config.js';
export { parseZaloEvent } from './parse.js';
export { renderZaloOa, type ZaloOaOp } from './render.js';
export { toSendError as toZaloSendError } from './send-errors.js';
export { verifyZaloSignature, zaloSignature } from './signature.js';
export { createZaloTokenManager, type ZaloTokenManager, type ZaloTokenManagerOptions } from './token-manager.js';
export { readZaloTokenStatus, seedZaloTokens, setZaloTokens, type ZaloTokenPair, type ZaloTokenStatus } from './token-store.js';
export { createZaloWebhookRoute, type ZaloWebhookOptions } from './webhook-route.js';
