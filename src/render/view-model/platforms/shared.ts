import type { CiVar, DbEngine, Registry, Rollout } from './types.js';

export const ENGINE_LABEL: Record<DbEngine, string> = {
  postgres: 'PostgreSQL',
  mysql: 'MySQL',
  mongodb: 'MongoDB',
  unknown: 'the database',
};

export const v = (name: string, purpose: string, secret = false): CiVar => ({ name, purpose, secret });

/** A registry the CI logs in to with a user and password (used by self-hosted platforms). */
export function genericRegistry(slug: string): Registry {
  return {
    name: 'your container registry',
    image: `$REGISTRY/${slug}`,
    login: ['echo "$REGISTRY_PASSWORD" | docker login "$REGISTRY" --username "$REGISTRY_USER" --password-stdin'],
    vars: [
      v('REGISTRY', 'Container registry host the images are pushed to'),
      v('REGISTRY_USER', 'Registry user allowed to push'),
      v('REGISTRY_PASSWORD', 'Registry password or access token', true),
    ],
    generic: true,
  };
}

export const NOT_BUILT_IN = 'not built in: use feature flags to expose the change gradually';

/** Canary and blue-green need more than a rolling update. */
export const progressive = (r?: Rollout): boolean => r?.progressive ?? false;
