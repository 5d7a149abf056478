// Code sketches in the stack's language (health endpoints, graceful shutdown, circuit breaker, log masking).
export { breakerCode, type BreakerInput } from './breaker.js';
export { healthCode, type HealthInput } from './health.js';
export { maskingCode } from './masking.js';
export { shutdownCode, type ShutdownInput } from './shutdown.js';
export type { Snippet } from './types.js';
