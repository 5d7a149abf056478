import type { Database, DatabaseConfig } from './decisions/index.js';

/** Diagnosis commands for the database engine (run from a host that can reach it). */
export interface DbCommands { ping: string; connections: string; longRunning: string; kill: string; limit: string }

/**
 * Where the commands find the database: `$DATABASE_URL` when the service is configured with one; a URL with
 * placeholders when the framework configures the database its own way (Spring's JDBC URL, Laravel's DB_*,
 * ASP.NET's connection string), which psql and mongosh cannot read.
 */
export function dbCommands({ engine, config }: Pick<Database, 'engine' | 'config'>): DbCommands {
  const url = config === 'url' ? '"$DATABASE_URL"' : engine === 'mongodb' ? '"mongodb://<user>:<password>@<db-host>:27017/<database>"' : '"postgresql://<user>:<password>@<db-host>:5432/<database>"';
  switch (engine) {
    case 'mysql':
      return {
        ping: 'mysqladmin ping --host=<db-host> --user=<user> --password',
        connections: 'mysql --host=<db-host> --user=<user> --password --execute "SHOW STATUS LIKE \'Threads_connected\'"',
        longRunning: 'mysql --host=<db-host> --user=<user> --password --execute "SELECT id, time, state, info FROM information_schema.processlist WHERE command <> \'Sleep\' ORDER BY time DESC LIMIT 10"',
        kill: 'mysql --host=<db-host> --user=<user> --password --execute "KILL <id>"',
        limit: 'mysql --host=<db-host> --user=<user> --password --execute "SHOW VARIABLES LIKE \'max_connections\'"',
      };
    case 'mongodb':
      return {
        ping: `mongosh ${url} --quiet --eval "db.adminCommand('ping')"`,
        connections: `mongosh ${url} --quiet --eval "db.serverStatus().connections"`,
        longRunning: `mongosh ${url} --quiet --eval "db.currentOp({ secs_running: { \\$gte: 30 } })"`,
        kill: `mongosh ${url} --quiet --eval "db.killOp(<opid>)"`,
        limit: `mongosh ${url} --quiet --eval "db.serverStatus().connections.available"`,
      };
    default:
      return {
        ping: `pg_isready --dbname=${url}`,
        connections: `psql ${url} --command "SELECT state, count(*) FROM pg_stat_activity GROUP BY state"`,
        longRunning: `psql ${url} --command "SELECT pid, now() - xact_start AS age, state, left(query, 80) FROM pg_stat_activity WHERE state <> 'idle' ORDER BY age DESC LIMIT 10"`,
        kill: `psql ${url} --command "SELECT pg_terminate_backend(<pid>)"`,
        limit: `psql ${url} --command "SHOW max_connections"`,
      };
  }
}

/** The setting that points the service at its database (the database decision's `config`), as the guide names it in prose. */
export function databaseSetting(config: DatabaseConfig): string {
  if (config === 'url') return '`DATABASE_URL`';
  if (config === 'spring') return '`SPRING_DATASOURCE_URL`';
  if (config === 'laravel') return '`DB_HOST` and `DB_DATABASE`';
  return '`ConnectionStrings__Default`';
}
