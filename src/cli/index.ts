import { main } from './main.js';

// Not `await` at the top level: the bundle runs as a script (bin/ai-flow.js, scripts/build.mjs).
void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
