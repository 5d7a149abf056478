import { describe, expect, it } from 'vitest';
import { KEY, press, renderField, type } from './helpers.js';

describe('single choice', () => {
  it('shows letters, badges, icons and sub-points with the recommended option selected', async () => {
    const r = await renderField('7.1', 'choice');
    const f = r.screen();
    expect(f).toContain('› A) ⭐ Cloud Platform');
    expect(f).toContain('  B) 🔥 Platform-as-a-Service (PaaS)');
    expect(f).toContain('  C) 🏢 On-Premises');
    expect(f).toContain('- Kubernetes (GKE, EKS, AKS)');
    await press(r, KEY.down, KEY.down, KEY.up, KEY.down, KEY.down);
    expect(r.screen()).toContain('› D) 🐳 Container Orchestration');
    await press(r, KEY.enter);
    expect(r.out.submitted).toEqual(['container-orchestration']);
  });

  it('starts on the cached answer; a letter jumps; several keys in one chunk act in order', async () => {
    const r = await renderField('7.4', 'platform', { initial: 'jenkins' });
    expect(r.screen()).toContain('› C) Jenkins - Self-hosted');
    await type(r, `${KEY.down}${KEY.down}${KEY.up}`);
    expect(r.screen()).toContain('› D) CircleCI');
    await press(r, 'g', KEY.enter);
    expect(r.out.submitted).toEqual(['azure-devops']);
  });

  it('marks a recommended option without a badge; Esc and ← go back, ? asks for help', async () => {
    const r = await renderField('7.6', 'onCall');
    expect(r.screen()).toContain('› B) No - Monitor during business hours (recommended)');
    await press(r, KEY.esc, KEY.left, '?');
    expect(r.out.backs).toBe(2);
    expect(r.out.helps).toBe(1);
    expect(r.out.submitted).toEqual([]);
  });
});

describe('multi-select', () => {
  it('checks the ✅ defaults; Space toggles; Enter submits in option order', async () => {
    const r = await renderField('7.4', 'stages');
    expect(r.screen()).toContain('› A) [✅] Checkout code');
    expect(r.screen()).toContain('  H) [  ] ⏸️ Manual approval (optional)');
    expect(r.screen()).toContain('8 of 9 checked');
    await press(r, '8', ' ', '3', ' ', KEY.enter);
    expect(r.out.submitted).toEqual([['checkout', 'install', 'test', 'build', 'security-scan', 'deploy-staging', 'manual-approval', 'deploy-production']]);
  });

  it('an option\'s letter toggles it (either case), as the labels A)–I) promise', async () => {
    const r = await renderField('7.4', 'stages');
    expect(r.screen()).toContain('  H) [  ] ⏸️ Manual approval (optional)');
    await press(r, 'h');
    expect(r.screen()).toContain('› H) [✅] ⏸️ Manual approval (optional)');
    await press(r, 'A');
    expect(r.screen()).toContain('› A) [  ] Checkout code');
    expect(r.screen()).toContain('8 of 9 checked');
    await press(r, 'z', KEY.enter); // no option Z: nothing changes
    expect(r.out.submitted[0]).toContain('manual-approval');
    expect(r.out.submitted[0]).not.toContain('checkout');
  });

  it('`*` checks all, then none', async () => {
    const r = await renderField('7.6', 'channels');
    await press(r, '*');
    expect(r.screen()).toContain('4 of 4 checked');
    await press(r, '*');
    expect(r.screen()).toContain('0 of 4 checked (at least 1)');
    await press(r, KEY.enter);
    expect(r.out.submitted).toEqual([[]]);
  });

  it('shows the validation message it is given until the checks satisfy it', async () => {
    const r = await renderField('7.6', 'channels', { initial: [], error: 'Choose at least 1: A) Email, B) Slack' });
    expect(r.screen()).toContain('✖ Choose at least 1: A) Email, B) Slack');
    await press(r, 'b');
    expect(r.screen()).not.toContain('Choose at least');
  });
});

describe('text', () => {
  it('starts from the default, edits at the cursor, submits trimmed', async () => {
    const r = await renderField('7.2', 'baseImage');
    expect(r.screen()).toContain('› node:20-alpine');
    await press(r, KEY.backspace, KEY.backspace, KEY.backspace, KEY.backspace, KEY.backspace, KEY.backspace);
    await type(r, 'slim ');
    expect(r.screen()).toContain('node:20-slim');
    expect(r.screen()).toContain('default: node:20-alpine');
    await press(r, KEY.left, KEY.left, KEY.left, KEY.left, KEY.left, KEY.left, KEY.backspace, '2', KEY.enter);
    expect(r.out.submitted).toEqual(['node:22-slim']);
  });

  it('shows the placeholder when empty; ? on an empty line is help, elsewhere a character', async () => {
    const r = await renderField('7.1', 'why');
    expect(r.screen()).toContain('e.g. the team already runs other services there');
    await press(r, '?');
    expect(r.out.helps).toBe(1);
    await type(r, 'why not?');
    await press(r, KEY.enter);
    expect(r.out.helps).toBe(1);
    expect(r.out.submitted).toEqual(['why not?']);
  });

  it('Ctrl-U clears the line; Esc goes back (← moves the cursor instead)', async () => {
    const r = await renderField('7.7.1', 'windowTime');
    await press(r, KEY.ctrlU, KEY.left);
    expect(r.out.backs).toBe(0);
    await press(r, KEY.esc);
    expect(r.out.backs).toBe(1);
  });
});

describe('number', () => {
  it('shows unit, range and recommendation; submits the parsed number', async () => {
    const r = await renderField('7.2', 'imageSize');
    expect(r.screen()).toContain('› 200 MB  (1 MB to 20000 MB, whole number; recommended 200 MB)');
    await press(r, KEY.ctrlU);
    await type(r, '1,500');
    await press(r, KEY.enter);
    expect(r.out.submitted).toEqual([1500]);
  });

  it('refuses letters as they are typed; an empty value goes on as NaN, so the schema refuses it', async () => {
    const r = await renderField('7.4.1', 'rollbackMinutes');
    await press(r, KEY.ctrlU);
    await type(r, 's1o0on');
    expect(r.screen()).toContain('› 10 minutes');
    await press(r, KEY.ctrlU, KEY.enter);
    expect(r.out.submitted[0]).toBeNaN();
  });

  it('says the unit in the singular for 1 ("1 minute", not "1 minutes")', async () => {
    const r = await renderField('7.4.1', 'rollbackMinutes');
    await press(r, KEY.ctrlU);
    await type(r, '1');
    expect(r.screen()).toContain('› 1 minute ');
    expect(r.screen()).not.toContain('1 minutes');
  });

  it('keeps the typed value on screen under the error', async () => {
    const r = await renderField('7.2', 'imageSize', { initial: 0, error: 'must be a number from 1 MB to 20000 MB' });
    expect(r.screen()).toContain('› 0 MB');
    expect(r.screen()).toContain('✖ must be a number from 1 MB to 20000 MB');
  });
});

describe('yes/no', () => {
  it('starts on the recommended answer; y and n answer at once', async () => {
    const r = await renderField('7.7.2', 'trackConnections');
    expect(r.screen()).toContain('› Yes (recommended)');
    await press(r, 'n');
    await press(r, KEY.down, KEY.enter);
    await press(r, 'Y');
    expect(r.out.submitted).toEqual([false, false, true]);
  });
});

describe('editable table', () => {
  it('shows the prefilled rows; edits a cell; adds and deletes rows; Done submits', async () => {
    const r = await renderField('7.9.3', 'policies');
    const f = r.screen();
    expect(f).toContain('Service/Dependency');
    expect(f).toContain('Payment API');
    expect(f).toContain('30000 ms');
    expect(f).toContain('› ✔ Done: keep these 6 rows');
    // edit row 3 (Payment API): timeout 30000 → 20000
    await press(r, KEY.up, KEY.up, KEY.up, KEY.up, KEY.enter);
    expect(r.screen()).toContain('Row 3');
    expect(r.screen()).toContain('Esc cancel row');
    await press(r, KEY.down, KEY.ctrlU);
    await type(r, '20000');
    await press(r, KEY.enter);
    expect(r.screen()).toContain('20000 ms');
    // delete row 1, add a row
    await press(r, KEY.up, KEY.up, 'd', 'a');
    await type(r, 'Search API');
    await press(r, KEY.tab);
    await type(r, '800');
    await press(r, KEY.tab);
    await type(r, '1');
    await press(r, KEY.enter);
    await press(r, KEY.down, KEY.enter);
    const rows = r.out.submitted[0] as Record<string, unknown>[];
    expect(rows.map((x) => x.service)).toEqual(['Redis cache', 'Payment API', 'Email service', 'External REST APIs', 'File storage (S3)', 'Search API']);
    expect(rows[1]).toMatchObject({ timeout: 20000 });
    expect(rows[5]).toEqual({ service: 'Search API', timeout: 800, retries: 1, backoff: '', notes: '' });
  });

  it('refuses a bad cell inline and Esc cancels the row edit, not the question', async () => {
    const r = await renderField('7.9.2', 'services');
    await press(r, KEY.up, KEY.enter, KEY.down, KEY.ctrlU);
    await type(r, '150');
    await press(r, KEY.enter);
    expect(r.screen()).toContain('✖ Failure threshold: must be a number from 1% to 100%');
    await press(r, KEY.down, KEY.right, KEY.esc);
    expect(r.out.backs).toBe(0);
    expect(r.screen()).not.toContain('✖');
    await press(r, KEY.down, KEY.enter);
    expect(r.out.submitted).toEqual([[
      { service: 'Payment API', threshold: 50, fallback: 'error' },
      { service: 'External REST APIs', threshold: 50, fallback: 'cached' },
    ]]);
  });

  it('shows choice cells by their labels (Cached data, not cached), in the table and the row form; saves the ids', async () => {
    const r = await renderField('7.9.2', 'services');
    expect(r.screen()).toContain('Cached data');
    expect(r.screen()).not.toMatch(/\bcached\b/);
    await press(r, KEY.up, KEY.up, KEY.enter, KEY.down, KEY.down); // row 1 opens; to its Fallback cell
    expect(r.screen()).toContain('←→ Cached data / Default response / Alternative service / Error');
  });

  it('cycles choice cells (log levels) with ← →', async () => {
    const r = await renderField('7.9.4', 'levels');
    await press(r, KEY.up, KEY.enter, KEY.down, KEY.right, KEY.down, KEY.left, KEY.enter, KEY.down, KEY.enter);
    const rows = r.out.submitted[0] as Record<string, unknown>[];
    expect(rows[2]).toEqual({ environment: 'Production', level: 'warn', body: 'Truncated', performance: 'Yes' });
  });
});

describe('keys arriving in one chunk (paste, fast typing)', () => {
  it('a number input takes Ctrl-U, digits and Enter from a single chunk', async () => {
    const r = await renderField('7.2', 'imageSize');
    await type(r, `${KEY.ctrlU}42${KEY.enter}`);
    expect(r.out.submitted).toEqual([42]);
  });

  it('a table row form takes Tab between cells and Enter from a single chunk', async () => {
    const r = await renderField('7.9.4', 'masking');
    await press(r, 'a');
    await type(r, `iban${KEY.tab}Show country code only${KEY.enter}`);
    expect(r.screen()).toContain('Show country code only');
    await press(r, KEY.down, KEY.enter);
    expect((r.out.submitted[0] as unknown[]).at(-1)).toEqual({ pattern: 'iban', strategy: 'Show country code only' });
  });
});
