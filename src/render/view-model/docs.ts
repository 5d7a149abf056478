import type { ViewModel } from '../types.js';
import type { Ctx } from './context.js';
import type { Decisions } from './decisions/index.js';
import { notAnswered, type SectionKeys, type SectionValues } from './section-keys.js';
import { section } from './util.js';

export interface Written {
  runbooks: boolean; diagrams: boolean; deployGuide: boolean; apiDocs: boolean; runbooksNote: string; diagramsNote: string;
  /** The runbooks note without Markdown, for single values. */
  runbooksPlain: string;
}

const API_TOOLS: Record<string, string> = {
  node: 'for example @nestjs/swagger or swagger-jsdoc',
  python: 'for example FastAPI\'s built-in OpenAPI document',
  java: 'for example springdoc-openapi',
  go: 'for example swaggo/swag',
  kotlin: 'for example springdoc-openapi',
  ruby: 'for example rswag',
  php: 'for example Scramble or L5-Swagger for Laravel',
  dotnet: 'for example Swashbuckle or the built-in Microsoft.AspNetCore.OpenApi',
  rust: 'for example utoipa',
  generic: 'your framework\'s OpenAPI generator',
};

/** Which parts of the operations guide 7.10 asks for. */
export function written(ctx: Ctx): Written {
  const a = ctx.answers('7.10');
  if (!a) return { runbooks: false, diagrams: false, deployGuide: false, apiDocs: false, runbooksNote: ctx.note('7.10'), diagramsNote: ctx.note('7.10'), runbooksPlain: ctx.tbd('7.10') };
  const later = a.create === 'later';
  const artifacts = later ? [] : (a.artifacts ?? []);
  const missing = (what: string) =>
    later
      ? `**Not written**: 7.10 chose *Later - Start without docs*. To add the ${what} here, run \`ai-flow phase7 --edit 7.10\`.`
      : `**Not written**: 7.10 leaves out *${what}*. To add them here, run \`ai-flow phase7 --edit 7.10\`.`;
  return {
    runbooks: artifacts.includes('runbooks'),
    diagrams: artifacts.includes('architecture-diagrams'),
    deployGuide: artifacts.includes('deployment-guide'),
    apiDocs: artifacts.includes('api-docs'),
    runbooksNote: missing(later ? 'runbooks' : 'Runbooks'),
    runbooksPlain: 'Not written: 7.10 leaves the runbooks out (ai-flow phase7 --edit 7.10 adds them)',
    diagramsNote: missing(later ? 'architecture diagrams' : 'Architecture diagrams'),
  };
}

/** The keys of the section, declared once: the "not answered" values are built from this list. */
const KEYS = { text: ['DOCS_CREATE', 'API_DOC_STRATEGY'], lists: ['DOC_ARTIFACT', 'API_DOC_PRACTICE'] } as const satisfies SectionKeys;

/** 7.10: what operational documentation exists and how the API documentation stays in sync. */
export function docsValues(ctx: Ctx, f: Decisions, w: Written): ViewModel {
  const a = ctx.answers('7.10');
  if (!a) {
    return { ...section(ctx, 'DOCS', '7.10'), ...notAnswered(KEYS, ctx.tbd('7.10'), {}) };
  }
  const strategy = a.apiStrategy;
  const where = (yes: boolean, place: string) => (yes ? place : 'Not planned (7.10)');
  const practices: Record<string, string[]> = {
    'code-first': [
      `Generate the OpenAPI document from the code (${API_TOOLS[f.stack.id]})`,
      'Produce it in the pipeline and publish it with each release, so the docs always match the deployed version',
      'Review the generated document\'s diff in pull requests that change endpoints',
    ],
    'design-first': [
      '`openapi.yaml` in the repository is the contract; change it first, in its own pull request',
      'Lint it in the pipeline (for example with Spectral) and generate server stubs and clients from it',
      'Contract tests fail the pipeline when the implementation drifts from the document',
    ],
    manual: [
      'Markdown API docs are updated in the same pull request as the endpoint change',
      'Reviewers check the docs for every changed endpoint; manual docs drift, so plan a move to code-first',
    ],
  };
  return {
    ...section(ctx, 'DOCS', '7.10'),
    DOCS_CREATE: ctx.label('7.10', 'create', a.create, true),
    DOC_ARTIFACT: [
      { ARTIFACT: 'Deployment guide', STATUS: w.deployGuide ? 'Included' : 'Not planned', WHERE: where(w.deployGuide, 'This document: CI/CD Pipeline and Deployment Strategy & Rollback') },
      { ARTIFACT: 'Runbooks', STATUS: w.runbooks ? 'Included' : 'Not planned', WHERE: where(w.runbooks, 'This document: Runbooks and Troubleshooting') },
      { ARTIFACT: 'Architecture diagrams (Mermaid)', STATUS: w.diagrams ? 'Included' : 'Not planned', WHERE: where(w.diagrams, 'This document: Architecture Diagrams') },
      { ARTIFACT: 'API documentation', STATUS: w.apiDocs ? 'Planned' : 'Not planned', WHERE: where(w.apiDocs, `Generated and published as described below (${ctx.label('7.10', 'apiStrategy', strategy)})`) },
    ],
    API_DOC_STRATEGY: ctx.label('7.10', 'apiStrategy', strategy),
    API_DOC_PRACTICE: (practices[strategy] ?? []).map((p) => ({ PRACTICE: p })),
  } satisfies SectionValues<typeof KEYS>;
}
