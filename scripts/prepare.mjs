// npm's `prepare` (npm ci / npm install in a clone, npm pack, npm publish): builds dist/.
// AI_FLOW_PACK_NO_BUILD=1 skips it (test/package/pack.test.ts packs the dist/ it built already).
if (process.env.AI_FLOW_PACK_NO_BUILD !== '1') await import('./build.mjs');
