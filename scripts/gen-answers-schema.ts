// Writes schema/phase7-answers.schema.json from the catalogue (npm run schema). A test keeps it current.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCatalogue, packageRoot } from '../src/catalogue/load.js';
import { answersJsonSchema } from '../src/engine/answers-json-schema.js';

const path = join(packageRoot(), 'schema', 'phase7-answers.schema.json');
writeFileSync(path, `${JSON.stringify(answersJsonSchema(loadCatalogue()), null, 2)}\n`);
console.log(`wrote ${path}`);
