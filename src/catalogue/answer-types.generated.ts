// Generated from phases/phase7.yaml by `npm run schema` (src/catalogue/answer-types-source.ts). Do not edit:
// test/catalogue/answer-types.test.ts fails when this file differs from what the generator writes now.

/** 7.1 choice: the option ids of "Where will you deploy?". */
export type Choice71 = 'cloud' | 'paas' | 'on-premises' | 'container-orchestration';
/** 7.1 cloudProvider: the option ids of "Which cloud?". */
export type CloudProvider71 = 'aws' | 'gcp' | 'azure';
/** 7.1 paasProvider: the option ids of "Which PaaS?". */
export type PaasProvider71 = 'heroku' | 'railway' | 'render' | 'fly-io' | 'vercel';
/** 7.1 onPremType: the option ids of "Which kind of on-premises hosting?". */
export type OnPremType71 = 'company-servers' | 'private-cloud';
/** 7.1 orchestrator: the option ids of "Which orchestrator?". */
export type Orchestrator71 = 'kubernetes' | 'docker-swarm' | 'nomad';
/** 7.1 kubernetesHost: the option ids of "Where does the Kubernetes cluster run?". */
export type KubernetesHost71 = 'eks' | 'gke' | 'aks' | 'self-managed';
/** 7.1 Deployment Environment: the fields present whatever choice says. */
export interface Answers71Common {
  /** Where does the Kubernetes cluster run? (present only when orchestrator is 'kubernetes') */
  kubernetesHost?: KubernetesHost71;
  /** Why? */
  why: string;
}
/** 7.1 Deployment Environment: the effective answers (every visible field, its default filled in); the option of choice tells which follow-ups are present. */
export type Answers71 = Answers71Common & (
  | {
      choice: 'cloud';
      cloudProvider: CloudProvider71;
      paasProvider?: undefined;
      onPremType?: undefined;
      orchestrator?: undefined;
    }
  | {
      choice: 'paas';
      cloudProvider?: undefined;
      paasProvider: PaasProvider71;
      onPremType?: undefined;
      orchestrator?: undefined;
    }
  | {
      choice: 'on-premises';
      cloudProvider?: undefined;
      paasProvider?: undefined;
      onPremType: OnPremType71;
      orchestrator?: undefined;
    }
  | {
      choice: 'container-orchestration';
      cloudProvider?: undefined;
      paasProvider?: undefined;
      onPremType?: undefined;
      orchestrator: Orchestrator71;
    }
);

/** 7.2 docker: the option ids of "Will you use Docker?". */
export type Docker72 = 'yes' | 'no';
/** 7.2 composeServices: the option ids of "Services in the local Docker Compose stack". */
export type ComposeServices72 = 'app' | 'postgres' | 'redis' | 'mysql' | 'mongodb' | 'rabbitmq';
/** 7.2 Containerization: the effective answers (every visible field, its default filled in); the option of docker tells which follow-ups are present. */
export type Answers72 = (
  | {
      docker: 'yes';
      baseImage: string;
      imageSize: number;
      composeServices: ComposeServices72[];
    }
  | {
      docker: 'no';
      baseImage?: undefined;
      imageSize?: undefined;
      composeServices?: undefined;
    }
);

/** 7.3 count: the option ids of "How many environments will you have?". */
export type Count73 = 'three' | 'four-plus' | 'two';
/** 7.3 config: the option ids of "Environment configuration". */
export type Config73 = 'env-vars' | 'config-service' | 'feature-flags';
/** 7.3 secretsService: the option ids of "Which config/secrets service?". */
export type SecretsService73 = 'aws-secrets-manager' | 'vault' | 'gcp-secret-manager' | 'azure-key-vault';
/** 7.3 featureFlagTool: the option ids of "Which feature flag tool?". */
export type FeatureFlagTool73 = 'launchdarkly' | 'unleash' | 'config-based';
/** 7.3 Environment Strategy: the effective answers (every visible field, its default filled in). */
export interface Answers73 {
  /** How many environments will you have? */
  count: Count73;
  /** Environment configuration */
  config: Config73[];
  /** Which config/secrets service? (present only when config includes 'config-service') */
  secretsService?: SecretsService73;
  /** Which feature flag tool? (present only when config includes 'feature-flags') */
  featureFlagTool?: FeatureFlagTool73;
}

/** 7.4 platform: the option ids of "CI/CD platform". */
export type Platform74 = 'github-actions' | 'gitlab-ci' | 'jenkins' | 'circleci' | 'travis-ci' | 'aws-codepipeline' | 'azure-devops';
/** 7.4 stages: the option ids of "Pipeline stages". */
export type Stages74 = 'checkout' | 'install' | 'lint' | 'test' | 'build' | 'security-scan' | 'deploy-staging' | 'manual-approval' | 'deploy-production';
/** 7.4 autoDeploy: the option ids of "Auto-deploy strategy". */
export type AutoDeploy74 = 'staging-auto-production-manual' | 'auto-production' | 'manual-all';
/** 7.4 CI/CD Pipeline: the effective answers (every visible field, its default filled in). */
export interface Answers74 {
  /** CI/CD platform */
  platform: Platform74;
  /** Pipeline stages */
  stages: Stages74[];
  /** Auto-deploy strategy */
  autoDeploy: AutoDeploy74;
}

/** 7.4.1 strategy: the option ids of "What deployment strategy will you use for production?". */
export type Strategy741 = 'rolling' | 'blue-green' | 'canary' | 'feature-flags';
/** 7.4.1 rollbackWho: the option ids of "Who can trigger rollback?". */
export type RollbackWho741 = 'devops' | 'tech-lead' | 'any-developer';
/** 7.4.1 rollbackCriteria: the option ids of "Rollback trigger criteria". */
export type RollbackCriteria741 = 'error-rate' | 'latency' | 'manual';
/** 7.4.1 trafficSwitching: the option ids of "Blue-Green: traffic switching". */
export type TrafficSwitching741 = 'load-balancer' | 'dns' | 'service-mesh';
/** 7.4.1 blueGreenMigrations: the option ids of "Blue-Green: database migrations". */
export type BlueGreenMigrations741 = 'expand-contract' | 'migrate-before-switch';
/** 7.4.1 Deployment Strategy: the fields present whatever strategy says. */
export interface Answers741Common {
  /** How quickly must rollback complete? */
  rollbackMinutes: number;
  /** Who can trigger rollback? */
  rollbackWho: RollbackWho741;
  /** Rollback trigger criteria */
  rollbackCriteria: RollbackCriteria741[];
  /** Roll back when the error rate exceeds (present only when rollbackCriteria includes 'error-rate') */
  rollbackErrorRate?: number;
  /** Roll back when p95 latency exceeds (present only when rollbackCriteria includes 'latency') */
  rollbackLatency?: number;
}
/** 7.4.1 Deployment Strategy: the effective answers (every visible field, its default filled in); the option of strategy tells which follow-ups are present. */
export type Answers741 = Answers741Common & (
  | {
      strategy: 'rolling' | 'feature-flags';
      trafficSwitching?: undefined;
      blueGreenMigrations?: undefined;
      canaryInitial?: undefined;
      canaryStep?: undefined;
      canaryInterval?: undefined;
      canarySuccess?: undefined;
    }
  | {
      strategy: 'blue-green';
      trafficSwitching: TrafficSwitching741;
      blueGreenMigrations: BlueGreenMigrations741;
      canaryInitial?: undefined;
      canaryStep?: undefined;
      canaryInterval?: undefined;
      canarySuccess?: undefined;
    }
  | {
      strategy: 'canary';
      trafficSwitching?: undefined;
      blueGreenMigrations?: undefined;
      canaryInitial: number;
      canaryStep: number;
      canaryInterval: number;
      canarySuccess: string;
    }
);

/** 7.5 apm: the option ids of "Application Performance Monitoring (APM)". */
export type Apm75 = 'datadog' | 'new-relic' | 'sentry' | 'opentelemetry-grafana' | 'cloudwatch' | 'none';
/** 7.5 logging: the option ids of "Your logging strategy". */
export type Logging75 = 'centralized' | 'console' | 'structured-json';
/** 7.5 logDestination: the option ids of "Where are logs centralized?". */
export type LogDestination75 = 'cloudwatch' | 'datadog' | 'elk' | 'loki';
/** 7.5 metrics: the option ids of "Metrics to track". */
export type Metrics75 = 'request-rate' | 'error-rate' | 'response-time' | 'db-query-time' | 'cache-hit-rate' | 'cpu-memory';
/** 7.5 Monitoring & Logging: the effective answers (every visible field, its default filled in). */
export interface Answers75 {
  /** Application Performance Monitoring (APM) */
  apm: Apm75;
  /** Your logging strategy */
  logging: Logging75[];
  /** Where are logs centralized? (present only when logging includes 'centralized') */
  logDestination?: LogDestination75;
  /** Metrics to track */
  metrics: Metrics75[];
  /** Custom business metrics */
  businessMetrics: string;
}

/** 7.6 conditions: the option ids of "When should you be alerted?". */
export type Conditions76 = 'error-rate' | 'response-time' | 'server-errors' | 'service-down' | 'db-connection' | 'disk-space' | 'memory';
/** 7.6 channels: the option ids of "Alert channels". */
export type Channels76 = 'email' | 'slack' | 'pagerduty' | 'sms';
/** 7.6 onCall: the option ids of "On-call rotation". */
export type OnCall76 = 'yes' | 'no';
/** 7.6 onCallTool: the option ids of "Which on-call tool?". */
export type OnCallTool76 = 'pagerduty' | 'opsgenie';
/** 7.6 Alerts: the fields present whatever onCall says. */
export interface Answers76Common {
  /** When should you be alerted? */
  conditions: Conditions76[];
  /** Alert when the error rate exceeds (present only when conditions includes 'error-rate') */
  errorRateThreshold?: number;
  /** Alert when response time exceeds (present only when conditions includes 'response-time') */
  responseTimeThreshold?: number;
  /** Alert when disk usage exceeds (present only when conditions includes 'disk-space') */
  diskThreshold?: number;
  /** Alert when memory usage exceeds (present only when conditions includes 'memory') */
  memoryThreshold?: number;
  /** Alert channels */
  channels: Channels76[];
}
/** 7.6 Alerts: the effective answers (every visible field, its default filled in); the option of onCall tells which follow-ups are present. */
export type Answers76 = Answers76Common & (
  | {
      onCall: 'yes';
      onCallTool: OnCallTool76;
    }
  | {
      onCall: 'no';
      onCallTool?: undefined;
    }
);

/** 7.7 strategy: the option ids of "Database backups". */
export type Strategy77 = 'daily' | 'continuous' | 'weekly-manual';
/** 7.7 Backup & Disaster Recovery: the effective answers (every visible field, its default filled in). */
export interface Answers77 {
  /** Database backups */
  strategy: Strategy77;
  /** Retention period */
  retentionDays: number;
  /** Recovery Time Objective (RTO) */
  rtoMinutes: number;
  /** Recovery Point Objective (RPO) */
  rpoMinutes: number;
}

/** 7.7.1 zeroDowntime: the option ids of "Zero-downtime migrations?". */
export type ZeroDowntime771 = 'yes' | 'no';
/** 7.7.1 strategy: the option ids of "Zero-downtime strategy". */
export type Strategy771 = 'expand-contract' | 'blue-green';
/** 7.7.1 testing: the option ids of "Migration testing". */
export type Testing771 = 'staging' | 'dry-run';
/** 7.7.1 Database Migrations in Production: the effective answers (every visible field, its default filled in); the option of zeroDowntime tells which follow-ups are present. */
export type Answers771 = (
  | {
      zeroDowntime: 'yes';
      strategy: Strategy771;
      rollbackPlan: string;
      testing: Testing771[];
      windowTime?: undefined;
      windowDuration?: undefined;
      windowNotification?: undefined;
    }
  | {
      zeroDowntime: 'no';
      strategy?: undefined;
      rollbackPlan?: undefined;
      testing?: undefined;
      windowTime: string;
      windowDuration: number;
      windowNotification: string;
    }
);

/** 7.7.2 tool: the option ids of "Pool tool". */
export type Tool772 = 'orm' | 'pgbouncer' | 'hikaricp' | 'driver';
/** 7.7.2 Database Connection Pooling: the effective answers (every visible field, its default filled in). */
export interface Answers772 {
  /** Pool tool */
  tool: Tool772;
  /** Min connections */
  min: number;
  /** Max connections */
  max: number;
  /** Connection timeout */
  connectionTimeout: number;
  /** Idle timeout */
  idleTimeout: number;
  /** Max lifetime */
  maxLifetime: number;
  /** Track active/idle connections? */
  trackConnections: boolean;
  /** Alert on pool exhaustion? */
  alertExhaustion: boolean;
}

/** 7.8 strategy: the option ids of "How will you handle growth?". */
export type Strategy78 = 'horizontal' | 'vertical' | 'auto-scaling';
/** 7.8 database: the option ids of "Database scaling". */
export type Database78 = 'read-replicas' | 'sharding' | 'vertical' | 'not-needed';
/** 7.8 Scaling Strategy: the fields present whatever strategy says. */
export interface Answers78Common {
  /** Expected load: initial */
  initialLoad: number;
  /** Expected load: year 1 */
  year1Load: number;
  /** Peak traffic */
  peakMultiplier: number;
  /** Database scaling */
  database: Database78;
}
/** 7.8 Scaling Strategy: the effective answers (every visible field, its default filled in); the option of strategy tells which follow-ups are present. */
export type Answers78 = Answers78Common & (
  | {
      strategy: 'horizontal';
      minInstances: number;
      maxInstances?: undefined;
      scaleCpu?: undefined;
    }
  | {
      strategy: 'vertical';
      minInstances?: undefined;
      maxInstances?: undefined;
      scaleCpu?: undefined;
    }
  | {
      strategy: 'auto-scaling';
      minInstances: number;
      maxInstances: number;
      scaleCpu: number;
    }
);

/** 7.9 endpoints: the option ids of "Health check endpoints". */
export type Endpoints79 = 'health' | 'ready' | 'live';
/** 7.9 checks: the option ids of "Checks performed by the readiness endpoint". */
export type Checks79 = 'database' | 'redis' | 'disk-space' | 'queue' | 'external-apis';
/** 7.9 Health Checks: the effective answers (every visible field, its default filled in). */
export interface Answers79 {
  /** Health check endpoints */
  endpoints: Endpoints79[];
  /** Checks performed by the readiness endpoint (present only when endpoints includes 'ready') */
  checks?: Checks79[];
}

/** 7.9.1 enabled: the option ids of "Will you implement graceful shutdown?". */
export type Enabled791 = 'yes' | 'no';
/** 7.9.1 signals: the option ids of "Signal handling". */
export type Signals791 = 'sigterm' | 'sigint';
/** 7.9.1 Graceful Shutdown: the effective answers (every visible field, its default filled in); the option of enabled tells which follow-ups are present. */
export type Answers791 = (
  | {
      enabled: 'yes';
      stopAccepting: number;
      finishRequests: number;
      closeDatabase: number;
      totalTimeout: number;
      signals: Signals791[];
      healthGrace: number;
      drainTimeout: number;
    }
  | {
      enabled: 'no';
      stopAccepting?: undefined;
      finishRequests?: undefined;
      closeDatabase?: undefined;
      totalTimeout?: undefined;
      signals?: undefined;
      healthGrace?: undefined;
      drainTimeout?: undefined;
    }
);

/** 7.9.2 enabled: the option ids of "Will you implement circuit breakers?". */
export type Enabled792 = 'yes' | 'no';
/** 7.9.2 tool: the option ids of "Circuit breaker tool". */
export type Tool792 = 'resilience4j' | 'hystrix' | 'polly' | 'opossum' | 'pybreaker' | 'cockatiel' | 'gobreaker' | 'stoplight' | 'ganesha' | 'failsafe-rs' | 'custom';
/** 7.9.2 fallback: the option ids of "Fallback strategy". */
export type Fallback792 = 'cached' | 'default-response' | 'alternative-service' | 'error';
/** 7.9.2 services: one row of "Services to protect". */
export interface ServicesRow792 {
  service: string;
  threshold: number;
  fallback: 'cached' | 'default-response' | 'alternative-service' | 'error';
}
/** 7.9.2 Circuit Breakers & Resilience: the effective answers (every visible field, its default filled in); the option of enabled tells which follow-ups are present. */
export type Answers792 = (
  | {
      enabled: 'yes';
      tool: Tool792;
      failureThreshold: number;
      successThreshold: number;
      timeout: number;
      halfOpenRetries: number;
      resetTimeout: number;
      fallback: Fallback792;
      services: ServicesRow792[];
    }
  | {
      enabled: 'no';
      tool?: undefined;
      failureThreshold?: undefined;
      successThreshold?: undefined;
      timeout?: undefined;
      halfOpenRetries?: undefined;
      resetTimeout?: undefined;
      fallback?: undefined;
      services?: undefined;
    }
);

/** 7.9.3 policies: one row of "Retry and timeout policies per dependency". */
export interface PoliciesRow793 {
  service: string;
  timeout: number;
  retries: number;
  backoff: string;
  notes: string;
}
/** 7.9.3 defaultBackoff: the option ids of "Default backoff". */
export type DefaultBackoff793 = 'none' | 'fixed' | 'exponential';
/** 7.9.3 nonRetryable: the option ids of "Non-retryable errors". */
export type NonRetryable793 = '400' | '401-403' | '404' | '409' | '422';
/** 7.9.3 Retry & Timeout Policies: the effective answers (every visible field, its default filled in). */
export interface Answers793 {
  /** Retry and timeout policies per dependency */
  policies: PoliciesRow793[];
  /** Default HTTP timeout */
  defaultTimeout: number;
  /** Default retries */
  defaultRetries: number;
  /** Default backoff */
  defaultBackoff: DefaultBackoff793;
  /** Non-retryable errors */
  nonRetryable: NonRetryable793[];
  /** Your additions */
  extraNonRetryable: string;
}

/** 7.9.4 levels: one row of "Log levels by environment". */
export interface LevelsRow794 {
  environment: string;
  level: 'debug' | 'info' | 'warn' | 'error';
  body: 'Full' | 'Truncated' | 'Minimal' | 'None';
  performance: 'Yes' | 'No';
}
/** 7.9.4 requestFields: the option ids of "Request logging". */
export type RequestFields794 = 'method-url' | 'request-id' | 'user-id' | 'ip' | 'duration' | 'body' | 'query';
/** 7.9.4 responseFields: the option ids of "Response logging". */
export type ResponseFields794 = 'status' | 'duration' | 'body';
/** 7.9.4 masking: one row of "Sensitive data masking (CRITICAL)". */
export interface MaskingRow794 {
  pattern: string;
  strategy: string;
}
/** 7.9.4 format: the option ids of "Log format". */
export type Format794 = 'structured-json' | 'plain-text' | 'framework-default';
/** 7.9.4 aggregation: the option ids of "Log aggregation". */
export type Aggregation794 = 'centralized' | 'file-rotation' | 'console-only';
/** 7.9.4 Request/Response Logging & Masking: the effective answers (every visible field, its default filled in). */
export interface Answers794 {
  /** Log levels by environment */
  levels: LevelsRow794[];
  /** Request logging */
  requestFields: RequestFields794[];
  /** Response logging */
  responseFields: ResponseFields794[];
  /** Sensitive data masking (CRITICAL) */
  masking: MaskingRow794[];
  /** Log format */
  format: Format794;
  /** Log aggregation */
  aggregation: Aggregation794;
}

/** 7.10 create: the option ids of "Will you create these?". */
export type Create710 = 'all' | 'critical' | 'later';
/** 7.10 artifacts: the option ids of "Operational documentation". */
export type Artifacts710 = 'deployment-guide' | 'runbooks' | 'architecture-diagrams' | 'api-docs';
/** 7.10 apiStrategy: the option ids of "API documentation strategy". */
export type ApiStrategy710 = 'code-first' | 'design-first' | 'manual';
/** 7.10 Documentation & Runbooks: the fields present whatever create says. */
export interface Answers710Common {
  /** API documentation strategy */
  apiStrategy: ApiStrategy710;
}
/** 7.10 Documentation & Runbooks: the effective answers (every visible field, its default filled in); the option of create tells which follow-ups are present. */
export type Answers710 = Answers710Common & (
  | {
      create: 'all' | 'critical';
      artifacts: Artifacts710[];
    }
  | {
      create: 'later';
      artifacts?: undefined;
    }
);

/** The effective answers of every question, by question id. */
export interface QuestionAnswerTypes {
  '7.1': Answers71;
  '7.2': Answers72;
  '7.3': Answers73;
  '7.4': Answers74;
  '7.4.1': Answers741;
  '7.5': Answers75;
  '7.6': Answers76;
  '7.7': Answers77;
  '7.7.1': Answers771;
  '7.7.2': Answers772;
  '7.8': Answers78;
  '7.9': Answers79;
  '7.9.1': Answers791;
  '7.9.2': Answers792;
  '7.9.3': Answers793;
  '7.9.4': Answers794;
  '7.10': Answers710;
}
