import type { DbEngine } from './platforms/index.js';

/** Diagnosis commands for the database engine (run from a host that can reach it). */
export interface DbCommands { ping: string; connections: string; longRunning: string; kill: string; limit: string }

export function dbCommands(engine: DbEngine): DbCommands {
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
        ping: 'mongosh "$DATABASE_URL" --quiet --eval "db.adminCommand(\'ping\')"',
        connections: 'mongosh "$DATABASE_URL" --quiet --eval "db.serverStatus().connections"',
        longRunning: 'mongosh "$DATABASE_URL" --quiet --eval "db.currentOp({ secs_running: { \\$gte: 30 } })"',
        kill: 'mongosh "$DATABASE_URL" --quiet --eval "db.killOp(<opid>)"',
        limit: 'mongosh "$DATABASE_URL" --quiet --eval "db.serverStatus().connections.available"',
      };
    default:
      return {
        ping: 'pg_isready --dbname="$DATABASE_URL"',
        connections: 'psql "$DATABASE_URL" --command "SELECT state, count(*) FROM pg_stat_activity GROUP BY state"',
        longRunning: 'psql "$DATABASE_URL" --command "SELECT pid, now() - xact_start AS age, state, left(query, 80) FROM pg_stat_activity WHERE state <> \'idle\' ORDER BY age DESC LIMIT 10"',
        kill: 'psql "$DATABASE_URL" --command "SELECT pg_terminate_backend(<pid>)"',
        limit: 'psql "$DATABASE_URL" --command "SHOW max_connections"',
      };
  }
}
