// Writes schema/phase7-answers.schema.json and src/catalogue/answer-types.generated.ts from the catalogue
// (npm run schema). Tests keep both current.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ANSWER_TYPES_PATH, answerTypesSource } from '../src/catalogue/answer-types-source.js';
import { loadCatalogue, packageRoot } from '../src/catalogue/load.js';
import { answersJsonSchema } from '../src/engine/answers-json-schema.js';

const cat = loadCatalogue();
const path = join(packageRoot(), 'schema', 'phase7-answers.schema.json');
writeFileSync(path, `${JSON.stringify(answersJsonSchema(cat), null, 2)}\n`);
console.log(`wrote ${path}`);
const types = join(packageRoot(), ANSWER_TYPES_PATH);
writeFileSync(types, answerTypesSource(cat));
console.log(`wrote ${types}`);
