import { renderDocuments } from '../../src/render/render-documents.js';
import { answersFor, catalogue } from '../../test/render/answer-sets.js';
import { STACKS } from '../../test/render/stacks.js';
const [name, scope = 'production', section = 'Containerization'] = process.argv.slice(2);
const outs = renderDocuments({ catalogue, scope: scope as any, answers: answersFor(scope as any, { '7.2': { docker: 'yes', baseImage: 'node:20-alpine', imageSize: 200, composeServices: ['app', 'postgres', 'redis'] } } as any), context: { name: 'Demo', projectType: 'backend', date: '2025-06-30' }, stack: STACKS[name!] });
const ops = outs.find((o) => o.id === 'operations')!.text;
if (section === 'ALL') { for (const o of outs) console.log(o.text); } else {
const i = ops.indexOf('## ' + section); const j = ops.indexOf('\n## ', i + 5);
console.log(ops.slice(i, j));
}
