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
/** 7.1 Deployment Environment: the effective answers (every visible field, its default filled in). */
export interface Answers71 {
  /** Where will you deploy? */
  choice: Choice71;
  /** Which cloud? (present only when choice is 'cloud') */
  cloudProvider?: CloudProvider71;
  /** Which PaaS? (present only when choice is 'paas') */
  paasProvider?: PaasProvider71;
  /** Which kind of on-premises hosting? (present only when choice is 'on-premises') */
  onPremType?: OnPremType71;
  /** Which orchestrator? (present only when choice is 'container-orchestration') */
  orchestrator?: Orchestrator71;
  /** Where does the Kubernetes cluster run? (present only when orchestrator is 'kubernetes') */
  kubernetesHost?: KubernetesHost71;
  /** Why? */
  why: string;
}

/** 7.2 docker: the option ids of "Will you use Docker?". */
export type Docker72 = 'yes' | 'no';
/** 7.2 composeServices: the option ids of "Services in the local Docker Compose stack". */
export type ComposeServices72 = 'app' | 'postgres' | 'redis' | 'mysql' | 'mongodb' | 'rabbitmq';
/** 7.2 Containerization: the effective answers (every visible field, its default filled in). */
export interface Answers72 {
  /** Will you use Docker? */
  docker: Docker72;
  /** Base image (present only when docker is 'yes') */
  baseImage?: string;
  /** Estimated image size (present only when docker is 'yes') */
  imageSize?: number;
  /** Services in the local Docker Compose stack (present only when docker is 'yes') */
  composeServices?: ComposeServices72[];
}

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
/** 7.4.1 Deployment Strategy: the effective answers (every visible field, its default filled in). */
export interface Answers741 {
  /** What deployment strategy will you use for production? */
  strategy: Strategy741;
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
  /** Blue-Green: traffic switching (present only when strategy is 'blue-green') */
  trafficSwitching?: TrafficSwitching741;
  /** Blue-Green: database migrations (present only when strategy is 'blue-green') */
  blueGreenMigrations?: BlueGreenMigrations741;
  /** Canary: initial traffic (present only when strategy is 'canary') */
  canaryInitial?: number;
  /** Canary: gradual increase per step (present only when strategy is 'canary') */
  canaryStep?: number;
  /** Canary: minutes between steps (present only when strategy is 'canary') */
  canaryInterval?: number;
  /** Canary: success criteria (present only when strategy is 'canary') */
  canarySuccess?: string;
}

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
/** 7.6 Alerts: the effective answers (every visible field, its default filled in). */
export interface Answers76 {
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
  /** On-call rotation */
  onCall: OnCall76;
  /** Which on-call tool? (present only when onCall is 'yes') */
  onCallTool?: OnCallTool76;
}

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
/** 7.7.1 Database Migrations in Production: the effective answers (every visible field, its default filled in). */
export interface Answers771 {
  /** Zero-downtime migrations? */
  zeroDowntime: ZeroDowntime771;
  /** Zero-downtime strategy (present only when zeroDowntime is 'yes') */
  strategy?: Strategy771;
  /** Migration rollback plan (present only when zeroDowntime is 'yes') */
  rollbackPlan?: string;
  /** Migration testing (present only when zeroDowntime is 'yes') */
  testing?: Testing771[];
  /** Preferred maintenance window (present only when zeroDowntime is 'no') */
  windowTime?: string;
  /** Maintenance window duration (present only when zeroDowntime is 'no') */
  windowDuration?: number;
  /** How users are notified (present only when zeroDowntime is 'no') */
  windowNotification?: string;
}

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
/** 7.8 Scaling Strategy: the effective answers (every visible field, its default filled in). */
export interface Answers78 {
  /** How will you handle growth? */
  strategy: Strategy78;
  /** Instances (minimum) (present only when strategy is 'horizontal' or 'auto-scaling') */
  minInstances?: number;
  /** Instances (maximum) (present only when strategy is 'auto-scaling') */
  maxInstances?: number;
  /** Scale up when CPU exceeds (present only when strategy is 'auto-scaling') */
  scaleCpu?: number;
  /** Expected load: initial */
  initialLoad: number;
  /** Expected load: year 1 */
  year1Load: number;
  /** Peak traffic */
  peakMultiplier: number;
  /** Database scaling */
  database: Database78;
}

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
/** 7.9.1 Graceful Shutdown: the effective answers (every visible field, its default filled in). */
export interface Answers791 {
  /** Will you implement graceful shutdown? */
  enabled: Enabled791;
  /** 1. Stop accepting new requests (timeout) (present only when enabled is 'yes') */
  stopAccepting?: number;
  /** 2. Finish processing current requests (timeout) (present only when enabled is 'yes') */
  finishRequests?: number;
  /** 3. Close database connections (timeout) (present only when enabled is 'yes') */
  closeDatabase?: number;
  /** Total shutdown timeout (present only when enabled is 'yes') */
  totalTimeout?: number;
  /** Signal handling (present only when enabled is 'yes') */
  signals?: Signals791[];
  /** Health check grace period (present only when enabled is 'yes') */
  healthGrace?: number;
  /** Connection drain timeout (present only when enabled is 'yes') */
  drainTimeout?: number;
}

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
/** 7.9.2 Circuit Breakers & Resilience: the effective answers (every visible field, its default filled in). */
export interface Answers792 {
  /** Will you implement circuit breakers? */
  enabled: Enabled792;
  /** Circuit breaker tool (present only when enabled is 'yes') */
  tool?: Tool792;
  /** Failure threshold (present only when enabled is 'yes') */
  failureThreshold?: number;
  /** Success threshold (present only when enabled is 'yes') */
  successThreshold?: number;
  /** Call timeout (present only when enabled is 'yes') */
  timeout?: number;
  /** Half-open retries (present only when enabled is 'yes') */
  halfOpenRetries?: number;
  /** Reset timeout (present only when enabled is 'yes') */
  resetTimeout?: number;
  /** Fallback strategy (present only when enabled is 'yes') */
  fallback?: Fallback792;
  /** Services to protect (present only when enabled is 'yes') */
  services?: ServicesRow792[];
}

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
/** 7.10 Documentation & Runbooks: the effective answers (every visible field, its default filled in). */
export interface Answers710 {
  /** Will you create these? */
  create: Create710;
  /** Operational documentation (present only when create is 'all' or 'critical') */
  artifacts?: Artifacts710[];
  /** API documentation strategy */
  apiStrategy: ApiStrategy710;
}

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
