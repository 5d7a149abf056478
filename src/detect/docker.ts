import { parse as parseYaml } from 'yaml';
import { lastStageImage } from './dockerfile.js';
import { baseName, depthOf, type ProjectScan } from './scan.js';
import type { Finding } from './types.js';

const DOCKERFILE = /^(Dockerfile(\..+)?|.+\.Dockerfile|Containerfile)$/;
const COMPOSE = /^(docker-)?compose(\.[\w-]+)?\.ya?ml$/;

/** Image names → 7.2 composeServices option ids (the image's last path segment, before the tag). */
const SERVICE_IMAGES: [RegExp, string][] = [
  [/^(postgres|postgis|postgresql)/, 'postgres'],
  [/^(mysql|mariadb)/, 'mysql'],
  [/^mongo/, 'mongodb'],
  [/^(redis|valkey)/, 'redis'],
  [/^rabbitmq/, 'rabbitmq'],
];

const imageName = (image: string) => (image.split('/').pop() ?? '').split(/[:@]/)[0]!.toLowerCase();

/** Shallowest first, then by path: the root Dockerfile wins. */
const byDepth = (a: string, b: string) => depthOf(a) - depthOf(b) || (a < b ? -1 : a > b ? 1 : 0);

function detectDockerfile(scan: ProjectScan): Finding[] {
  const file = scan.files.filter((f) => DOCKERFILE.test(baseName(f))).sort(byDepth)[0];
  if (!file) return [];
  const findings: Finding[] = [{ questionId: '7.2', fieldId: 'docker', value: 'yes', evidence: `detected: ${file}`, rank: 1 }];
  const image = lastStageImage(scan.read(file) ?? '');
  if (image) findings.push({ questionId: '7.2', fieldId: 'baseImage', value: image, evidence: `detected: FROM ${image} in ${file}`, rank: 1 });
  return findings;
}

interface ComposeService {
  name: string;
  image?: string;
  build: boolean;
  file: string;
}

function composeServices(scan: ProjectScan, file: string): ComposeService[] {
  let doc: unknown;
  try {
    doc = parseYaml(scan.read(file) ?? '');
  } catch {
    return [];
  }
  const defs = (doc as { services?: unknown } | null)?.services;
  if (typeof defs !== 'object' || defs === null) return [];
  return Object.entries(defs as Record<string, unknown>).map(([name, def]) => {
    const { image, build } = (typeof def === 'object' && def !== null ? def : {}) as { image?: unknown; build?: unknown };
    return { name, image: typeof image === 'string' ? image : undefined, build: build !== undefined, file };
  });
}

function detectCompose(scan: ProjectScan): Finding[] {
  const all = scan.files.filter((f) => COMPOSE.test(baseName(f))).sort(byDepth).flatMap((f) => composeServices(scan, f));
  const chosen = new Map<string, ComposeService>();
  for (const svc of all) {
    const id = svc.build ? 'app' : SERVICE_IMAGES.find(([re]) => re.test(imageName(svc.image ?? '')))?.[1];
    if (id && !chosen.has(id)) chosen.set(id, svc);
  }
  const findings: Finding[] = [];
  if (chosen.size) {
    const used = [...chosen.values()];
    const what = used.map((s) => `${s.name} (${s.build ? 'build' : s.image})`).join(', ');
    const where = [...new Set(used.map((s) => s.file))].join(', ');
    findings.push({ questionId: '7.2', fieldId: 'composeServices', value: [...chosen.keys()], evidence: `detected: services ${what} in ${where}`, rank: 1 });
  }
  const app = chosen.get('app');
  if (app) findings.push({ questionId: '7.2', fieldId: 'docker', value: 'yes', evidence: `detected: service ${app.name} builds an image in ${app.file}`, rank: 2 });
  const bouncer = all.find((s) => imageName(s.image ?? '').includes('pgbouncer'));
  if (bouncer) findings.push({ questionId: '7.7.2', fieldId: 'tool', value: 'pgbouncer', evidence: `detected: service ${bouncer.name} (${bouncer.image}) in ${bouncer.file}`, rank: 1 });
  return findings;
}

/** 7.2 from the Dockerfile and compose files (and 7.7.2 pgBouncer from compose). */
export function detectDocker(scan: ProjectScan): { findings: Finding[] } {
  return { findings: [...detectDockerfile(scan), ...detectCompose(scan)] };
}
