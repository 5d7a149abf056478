import { SCAN_IMAGE, sizeCheck, smokeTest, type PipelinePlan } from './plan.js';

const credentialId = (name: string) => name.toLowerCase().replace(/_/g, '-');

function sh(lines: string[], indent: string): string[] {
  if (lines.length === 1 && !lines[0]!.includes("'")) return [`${indent}sh '${lines[0]}'`];
  return [`${indent}sh '''`, ...lines.map((l) => `${indent}  ${l.replace(/\\/g, '\\\\')}`), `${indent}'''`];
}

/** A declarative Jenkinsfile: one stage per 7.4 stage, `input` as the approval gate, credentials from the Jenkins store. */
export function jenkins(p: PipelinePlan): string {
  const out: string[] = ['pipeline {', '  agent any', '', '  environment {', '    VERSION = "${env.GIT_COMMIT}"'];
  if (p.image) {
    const repo = p.image.repo ?? `$REGISTRY/${p.slug}`;
    out.push(`    IMAGE = "${repo.replace('$REGISTRY', '${env.REGISTRY}')}:\${env.GIT_COMMIT}"`);
  }
  out.push('  }', '', '  stages {', "    stage('Checkout') {", '      steps {', '        checkout scm', '      }', '    }');
  if (p.ci.length > 0 && p.prelude.length > 0) out.push("    stage('Build tools') {", '      steps {', ...sh(p.prelude, '        '), '      }', '    }');
  for (const s of p.ci) out.push(`    stage('${s.title}') {`, '      steps {', ...sh([s.run], '        '), '      }', '    }');
  if (p.image) {
    const img = p.image;
    const lines = ['docker build -t "$IMAGE" .', ...(img.sizeBudgetMb !== undefined ? sizeCheck(img.sizeBudgetMb) : []), ...(img.scan ? [SCAN_IMAGE] : [])];
    out.push("    stage('Docker image') {", '      steps {', ...sh(lines, '        '), '      }', '    }');
    if (img.push) {
      out.push("    stage('Push image') {", `      when { branch '${p.branch}' }`, '      environment {');
      for (const v of img.vars) out.push(v.secret ? `        ${v.name} = credentials('${credentialId(v.name)}')` : `        ${v.name} = "\${env.${v.name}}"`);
      out.push('      }', '      steps {', ...sh([...img.login, 'docker push "$IMAGE"'], '        '), '      }', '    }');
    }
  }
  for (const d of p.deploys) {
    if (d.gate) {
      out.push(`    stage('Approve ${d.env}') {`, `      when { branch '${p.branch}' }`, '      steps {', `        input message: 'Deploy ${p.slug} to ${d.env}?', ok: 'Deploy'`, '      }', '    }');
    }
    out.push(`    stage('${d.title}') {`, `      when { branch '${p.branch}' }`);
    if (p.deployVars.length > 0) {
      out.push('      environment {');
      for (const v of p.deployVars) {
        out.push(v.secret ? `        ${v.name} = credentials('${credentialId(v.name)}-${d.env}')` : `        ${v.name} = "\${env.${v.name}_${d.env.toUpperCase()}}"`);
      }
      out.push('      }');
    }
    const lines = [...p.deploySetup, ...p.deployAuth, ...d.lines, ...(p.smokePath ? [smokeTest(p.smokePath)] : [])];
    out.push('      steps {', ...sh(lines, '        '), '      }', '    }');
  }
  out.push('  }', '}');
  return out.join('\n');
}
