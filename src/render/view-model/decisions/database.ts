import type { Ctx } from '../context.js';
import type { DbEngine } from '../platforms/types.js';
import { fromEvidence, type EnvStyle } from '../stack.js';
import type { Images } from './images.js';

/**
 * Which setting points the service at its database: `DATABASE_URL`, or the framework's own (Spring's JDBC URL,
 * Laravel's DB_*, ASP.NET's connection string). MongoDB is always a URL.
 */
export type DatabaseConfig = 'url' | 'spring' | 'laravel' | 'aspnet';

export interface Database {
  engine: DbEngine;
  /** "PostgreSQL", or "the database" when no answer or file names it. */
  label: string;
  /** Where the engine comes from, for the documents' honesty notes. */
  source: string;
  /** The one place that decides "the framework configures its own database". */
  config: DatabaseConfig;
}

const LABELS: Record<DbEngine, string> = { postgres: 'PostgreSQL', mysql: 'MySQL', mongodb: 'MongoDB', unknown: 'the database' };
const OWN: Record<string, DbEngine> = { postgres: 'postgres', postgresql: 'postgres', mysql: 'mysql', mariadb: 'mysql', mongodb: 'mongodb', mongo: 'mongodb' };

function configOf(envStyle: EnvStyle, engine: DbEngine): DatabaseConfig {
  if (engine === 'mongodb') return 'url';
  if (envStyle === 'spring' || envStyle === 'laravel' || envStyle === 'aspnet') return envStyle;
  return 'url';
}

/** The engine from the project's own driver first, then 7.2's Compose services, then 7.7.2's pgBouncer. */
export function decideDatabase(ctx: Ctx, images: Images, envStyle: EnvStyle): Database {
  const own = ctx.projectStack?.database;
  const ownEngine = own ? OWN[own.value.toLowerCase()] : undefined;
  const fromCompose = (['postgres', 'mysql', 'mongodb'] as const).find((e) => images.composeServices.includes(e));
  const of = (engine: DbEngine, source: string): Database => ({ engine, label: LABELS[engine], source, config: configOf(envStyle, engine) });
  if (own && ownEngine) return of(ownEngine, `${fromEvidence(own.evidence)} (the project's own driver or configuration)`);
  if (fromCompose) return of(fromCompose, 'from the Docker Compose services of 7.2');
  if (ctx.answers('7.7.2')?.tool === 'pgbouncer') return of('postgres', 'from the pgBouncer pool of 7.7.2');
  return of('unknown', 'not named by any answer');
}
