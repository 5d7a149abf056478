import type { FieldValue, QuestionId } from '../catalogue/schema.js';

type Pattern = string | RegExp;

/** A library whose presence pre-fills a field (`set`) or is only reported (`note`). */
export interface LibraryRule {
  /** Lower-case dependency names (npm, PyPI normalised, Go module paths, Maven artifacts, NuGet ids). */
  names: Pattern[];
  questionId: QuestionId;
  set?: { fieldId: string; value: FieldValue; withDefaults?: boolean }[];
  note?: string;
  /** Among rules for the same field, the lower rank wins. */
  rank: number;
  /** Only dependencies of these manifests (a name two ecosystems share, e.g. Rust's and Java's `failsafe`). */
  files?: RegExp;
}

const apm = (value: string, rank: number, names: Pattern[]): LibraryRule => ({ names, questionId: '7.5', rank, set: [{ fieldId: 'apm', value }] });
const breaker = (value: string, names: Pattern[]): LibraryRule => ({
  names,
  questionId: '7.9.2',
  rank: 1,
  set: [
    { fieldId: 'enabled', value: 'yes' },
    { fieldId: 'tool', value },
  ],
});
const migrations = (label: string, names: Pattern[]): LibraryRule => ({ names, questionId: '7.7.1', rank: 1, note: `migrations with ${label}` });

export const LIBRARY_RULES: LibraryRule[] = [
  // 7.5 APM: a full APM wins over error tracking
  apm('datadog', 1, ['dd-trace', 'ddtrace', 'dd-java-agent', /^dd-trace-/, /^gopkg\.in\/datadog\/dd-trace-go/, /^github\.com\/datadog\/dd-trace-go/]),
  apm('new-relic', 2, ['newrelic', /^newrelic-/, /^github\.com\/newrelic\/go-agent/]),
  apm('opentelemetry-grafana', 3, [/^@opentelemetry\//, /^opentelemetry-/, /^go\.opentelemetry\.io\/otel/]),
  apm('sentry', 4, [/^@sentry\//, 'sentry-sdk', 'sentry', /^sentry-/, /^sentry\/sentry/, /^github\.com\/getsentry\/sentry-go/]),
  // 7.5 logging: a structured logger means JSON logs
  {
    names: ['pino', 'winston', 'bunyan', 'structlog', 'python-json-logger', 'go.uber.org/zap', 'github.com/rs/zerolog', 'logstash-logback-encoder'],
    questionId: '7.5',
    rank: 1,
    set: [{ fieldId: 'logging', value: ['structured-json'], withDefaults: true }],
  },
  // 7.9.2 circuit breakers
  breaker('opossum', ['opossum']),
  breaker('pybreaker', ['pybreaker']),
  breaker('resilience4j', [/^resilience4j-/]),
  breaker('hystrix', [/hystrix/]),
  breaker('polly', ['polly', /^polly\./, 'microsoft.extensions.http.resilience', 'microsoft.extensions.resilience']),
  breaker('cockatiel', ['cockatiel']),
  breaker('gobreaker', [/^github\.com\/sony\/gobreaker/]),
  breaker('stoplight', ['stoplight']),
  breaker('ganesha', ['ackintosh/ganesha']),
  { ...breaker('failsafe-rs', ['failsafe']), files: /(^|\/)Cargo\.toml$/ },
  { names: ['circuitbreaker', 'aiobreaker'], questionId: '7.9.2', rank: 1, note: 'a circuit breaker library in use' },
  // 7.7.2 connection pool
  { names: ['hikaricp'], questionId: '7.7.2', rank: 2, set: [{ fieldId: 'tool', value: 'hikaricp' }] },
  // 7.7.1 migration tools: nothing in 7.7.1 names the tool, so they are reported only
  migrations('Prisma', ['prisma', '@prisma/client']),
  migrations('Knex', ['knex']),
  migrations('TypeORM', ['typeorm']),
  migrations('Sequelize', ['sequelize-cli', 'umzug']),
  migrations('node-pg-migrate', ['node-pg-migrate', 'db-migrate']),
  migrations('Drizzle', ['drizzle-kit']),
  migrations('Alembic', ['alembic']),
  migrations('Django migrations', ['django']),
  migrations('yoyo', ['yoyo-migrations']),
  migrations('golang-migrate', [/^github\.com\/golang-migrate\/migrate/]),
  migrations('goose', [/^github\.com\/pressly\/goose/]),
  migrations('Flyway', [/^flyway-/]),
  migrations('Liquibase', [/^liquibase-/]),
];

export const matches = (name: string, patterns: Pattern[]): boolean =>
  patterns.some((p) => (typeof p === 'string' ? p === name : p.test(name)));
