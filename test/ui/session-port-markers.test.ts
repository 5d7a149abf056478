import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { Session } from '../../src/app/session.js';
import { loadCatalogue } from '../../src/catalogue/load.js';
import { fillDefaults } from '../../src/engine/defaults.js';
import { completionLines } from '../../src/engine/wizard/text.js';
import { sessionPort } from '../../src/app/session-port.js';
import { tempDir } from '../helpers.js';

const OPS = 'docs/operations.md';

describe('the wizard re-run over a document with conflict markers', () => {
  test('the document is reported as still holding conflict markers, and the end is not "Phase 7 Complete!"', async () => {
    const root = tempDir();
    const cat = loadCatalogue();
    const session = new Session(root, cat, { SOURCE_DATE_EPOCH: '1767225600' }, { aiFlowVersion: 'test' });
    session.setScope('mvp');
    session.setAnswers(fillDefaults(cat, 'mvp', {}));
    const port = sessionPort(session);
    const ask = async () => 'mine' as const;
    expect((await port.generate('mvp', ask)).map((f) => f.status)).toEqual(['created', 'created', 'created']);
    writeFileSync(join(root, OPS), `${readFileSync(join(root, OPS), 'utf8')}<<<<<<< yours\nmine\n=======\ntheirs\n>>>>>>> new from ai-flow\n`);
    const files = await port.generate('mvp', ask);
    expect(files.find((f) => f.path === OPS)!.status).toBe('has markers');
    const end = completionLines(files).join('\n');
    expect(end).not.toContain('Phase 7 Complete!');
    expect(end).toContain(`${OPS}: still has conflict markers`);
  });
});
