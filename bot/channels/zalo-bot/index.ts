/** Public surface of the Zalo Bot platform channel (wiring: from-config.ts). */
export { createZaloBotAdapter, zaloBotLimits, type ZaloBotAdapter, type ZaloBotAdapterOptions } from './adapter.js';
export { createZaloBotClient, ZaloBotApiError, ZaloBotTransportError, type ZaloBotClient } from './client.js';
export { createZaloBotChannel, type ZaloBotChannel } from './from-config.js';
export { parseZaloBotUpdate, unwrapZaloBotUpdate } from './parse.js';
export { createZaloBotWebhookRoute } from './webhook-route.js';
