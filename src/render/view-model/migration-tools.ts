import type { MigrationToolId } from '../../detect/stack/types.js';

/** The commands of one migration tool: apply, status and the one-step rollback (or why there is none). */
export interface MigrationCommands {
  label: string;
  apply: string;
  status: string;
  /** One step back, as the operator types it; a comment line when the tool has no down migrations. */
  rollback: string;
  /** How rollback works with this tool, in one sentence. */
  rollbackNote: string;
  /** How a CI runner gets the tool's CLI when the migration does not run inside the app's image. */
  install?: string;
}

const CLI_INSTALL: Partial<Record<MigrationToolId, string>> = {
  'golang-migrate': 'go install -tags postgres,mysql github.com/golang-migrate/migrate/v4/cmd/migrate@latest && export PATH="$PATH:$(go env GOPATH)/bin"',
  goose: 'go install github.com/pressly/goose/v3/cmd/goose@latest && export PATH="$PATH:$(go env GOPATH)/bin"',
  atlas: 'curl -sSf https://atlasgo.sh | sh -s -- --yes',
  'ef-core': 'dotnet tool install --global dotnet-ef && export PATH="$PATH:$HOME/.dotnet/tools"',
  sqlx: 'cargo install sqlx-cli --locked --no-default-features --features rustls,postgres,mysql',
  diesel: 'cargo install diesel_cli --locked --no-default-features --features postgres',
  'sea-orm': 'cargo install sea-orm-cli --locked',
};

/** The CLI install line for a tool, when a runner needs one. */
export const migrationCliInstall = (tool: MigrationToolId): string | undefined => CLI_INSTALL[tool];

/** The commands for a migration tool; `run` prefixes the language's runner (`npx`, `uv run`, `bundle exec` …). */
export function migrationCommands(tool: MigrationToolId, run: { node: string; python: string }): MigrationCommands {
  const nx = run.node;
  const py = run.python;
  switch (tool) {
    case 'prisma':
      return { label: 'Prisma Migrate', apply: `${nx} prisma migrate deploy`, status: `${nx} prisma migrate status`,
        rollback: `${nx} prisma migrate resolve --rolled-back <migration_name>`,
        rollbackNote: 'Prisma Migrate has no down migrations: a failed migration is marked rolled back with `migrate resolve --rolled-back`, and a bad applied one is undone by a new forward migration (generate its SQL with `prisma migrate diff`).' };
    case 'knex':
      return { label: 'Knex', apply: `${nx} knex migrate:latest`, status: `${nx} knex migrate:status`, rollback: `${nx} knex migrate:down`, rollbackNote: '`knex migrate:down` undoes the last migration; `migrate:rollback` undoes the whole last batch.' };
    case 'typeorm':
      return { label: 'TypeORM', apply: `${nx} typeorm migration:run -d dist/data-source.js`, status: `${nx} typeorm migration:show -d dist/data-source.js`, rollback: `${nx} typeorm migration:revert -d dist/data-source.js`, rollbackNote: '`migration:revert` runs the `down` of the last migration (point `-d` at your data source file).' };
    case 'sequelize':
      return { label: 'Sequelize', apply: `${nx} sequelize-cli db:migrate`, status: `${nx} sequelize-cli db:migrate:status`, rollback: `${nx} sequelize-cli db:migrate:undo`, rollbackNote: '`db:migrate:undo` runs the `down` of the last migration.' };
    case 'drizzle':
      return { label: 'Drizzle Kit', apply: `${nx} drizzle-kit migrate`, status: `${nx} drizzle-kit check`, rollback: '# drizzle-kit has no down migrations: write a new forward migration that undoes the change', rollbackNote: 'Drizzle Kit has no down migrations: roll back with a forward fix (a new migration) or restore the backup.' };
    case 'node-pg-migrate':
      return { label: 'node-pg-migrate', apply: `${nx} node-pg-migrate up`, status: `${nx} node-pg-migrate up --dry-run`, rollback: `${nx} node-pg-migrate down 1`, rollbackNote: '`node-pg-migrate down 1` runs the `down` of the last migration.' };
    case 'alembic':
      return { label: 'Alembic', apply: `${py}alembic upgrade head`, status: `${py}alembic current`, rollback: `${py}alembic downgrade -1`, rollbackNote: '`alembic downgrade -1` runs the `downgrade()` of the last revision; check it exists and is tested before relying on it.' };
    case 'flask-migrate':
      return { label: 'Flask-Migrate (Alembic)', apply: `${py}flask db upgrade`, status: `${py}flask db current`, rollback: `${py}flask db downgrade`, rollbackNote: '`flask db downgrade` runs the `downgrade()` of the last Alembic revision; `flask` finds the app through `FLASK_APP` (or app.py / wsgi.py).' };
    case 'django':
      return { label: 'Django migrations', apply: `${py}python manage.py migrate --noinput`, status: `${py}python manage.py showmigrations`, rollback: `${py}python manage.py migrate <app_label> <previous_migration>  # e.g. orders 0007`, rollbackNote: 'Django rolls an app back by migrating it to the previous migration\'s number (`manage.py migrate orders 0007` undoes 0008).' };
    case 'golang-migrate':
      return { label: 'golang-migrate', apply: 'migrate -path migrations -database "$DATABASE_URL" up', status: 'migrate -path migrations -database "$DATABASE_URL" version', rollback: 'migrate -path migrations -database "$DATABASE_URL" down 1', rollbackNote: '`migrate … down 1` runs the last `.down.sql`; after a failed run, `migrate force <version>` clears the dirty flag first.' };
    case 'goose':
      return { label: 'goose', apply: 'goose -dir migrations postgres "$DATABASE_URL" up', status: 'goose -dir migrations postgres "$DATABASE_URL" status', rollback: 'goose -dir migrations postgres "$DATABASE_URL" down', rollbackNote: '`goose down` runs the `-- +goose Down` part of the last migration (use your driver name instead of `postgres` if it differs).' };
    case 'atlas':
      return { label: 'Atlas', apply: 'atlas migrate apply --dir file://migrations --url "$DATABASE_URL"', status: 'atlas migrate status --dir file://migrations --url "$DATABASE_URL"', rollback: 'atlas migrate down --dir file://migrations --url "$DATABASE_URL"', rollbackNote: '`atlas migrate down` computes and applies the reverse of the last migration (Atlas Pro/Cloud feature in recent versions; otherwise a forward fix).' };
    case 'flyway':
      return { label: 'Flyway', apply: 'flyway migrate', status: 'flyway info', rollback: '# flyway undo needs Flyway Teams/Enterprise; otherwise add a new V<next>__revert_<change>.sql and run flyway migrate', rollbackNote: 'Flyway Community has no undo: roll back with a new versioned migration that reverses the change (a forward fix); `flyway undo` exists only in the paid editions and needs matching U-files.' };
    case 'liquibase':
      return { label: 'Liquibase', apply: 'liquibase update', status: 'liquibase status --verbose', rollback: 'liquibase rollback-count 1', rollbackNote: '`liquibase rollback-count 1` (`rollbackCount 1` in older versions and the Maven/Gradle plugins) undoes the last changeset using its rollback block.' };
    case 'rails':
      return { label: 'Active Record migrations', apply: 'bin/rails db:migrate', status: 'bin/rails db:migrate:status', rollback: 'bin/rails db:rollback STEP=1', rollbackNote: '`bin/rails db:rollback STEP=1` runs the `down` (or the reverse of `change`) of the last migration.' };
    case 'laravel':
      return { label: 'Laravel migrations', apply: 'php artisan migrate --force', status: 'php artisan migrate:status', rollback: 'php artisan migrate:rollback --step=1 --force', rollbackNote: '`php artisan migrate:rollback --step=1` runs the `down()` of the last migration (`--force` is needed in production).' };
    case 'doctrine':
      return { label: 'Doctrine Migrations', apply: 'php bin/console doctrine:migrations:migrate --no-interaction', status: 'php bin/console doctrine:migrations:status', rollback: 'php bin/console doctrine:migrations:migrate prev --no-interaction', rollbackNote: '`doctrine:migrations:migrate prev` runs the `down()` of the last migration.' };
    case 'ef-core':
      return { label: 'Entity Framework Core migrations', apply: 'dotnet ef database update', status: 'dotnet ef migrations list', rollback: 'dotnet ef database update <PreviousMigration>', rollbackNote: '`dotnet ef database update <PreviousMigration>` runs the `Down` of every migration after it; in production prefer an idempotent script (`dotnet ef migrations script --idempotent`) or a migration bundle.' };
    case 'sqlx':
      return { label: 'SQLx migrations', apply: 'sqlx migrate run', status: 'sqlx migrate info', rollback: 'sqlx migrate revert', rollbackNote: '`sqlx migrate revert` runs the last `.down.sql` (only for reversible migrations, created with `sqlx migrate add -r`).' };
    case 'diesel':
      return { label: 'Diesel migrations', apply: 'diesel migration run', status: 'diesel migration list', rollback: 'diesel migration revert', rollbackNote: '`diesel migration revert` runs the `down.sql` of the last migration.' };
    case 'sea-orm':
      return { label: 'SeaORM migrations', apply: 'sea-orm-cli migrate up', status: 'sea-orm-cli migrate status', rollback: 'sea-orm-cli migrate down -n 1', rollbackNote: '`sea-orm-cli migrate down -n 1` runs the `down` of the last migration.' };
  }
}
