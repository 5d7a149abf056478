import type { ProjectScan } from '../scan.js';
import { blank, type EcosystemRead } from './ecosystem.js';
import type { Fact, FrameworkId, LanguageId } from './types.js';
import { codeFiles, fact, factFrom, findHealth, findInFiles, join, lineOf } from './util.js';

/** The project's own coordinates in a pom: the parent block and dependencies removed first. */
export function pomCoordinates(text: string): { artifactId?: string; version?: string } {
  const own = text.replace(/<parent>[\s\S]*?<\/parent>/, '').replace(/<dependencies>[\s\S]*?<\/dependencies>/g, '').replace(/<build>[\s\S]*?<\/build>/g, '').replace(/<dependencyManagement>[\s\S]*?<\/dependencyManagement>/g, '');
  return { artifactId: /<artifactId>\s*([^<\s]+)\s*<\/artifactId>/.exec(own)?.[1], version: /<version>\s*([^<\s]+)\s*<\/version>/.exec(own)?.[1] };
}

/** `rootProject.name = "orders"` in settings.gradle(.kts). */
export function gradleRootName(text: string): string | undefined {
  return /rootProject\.name\s*=\s*["']([^"']+)["']/.exec(text)?.[1];
}

const DB: [RegExp, string][] = [[/postgresql|r2dbc-postgresql/, 'postgres'], [/mysql-connector|mariadb-java-client/, 'mysql'], [/mongodb/, 'mongodb'], [/\bh2\b|com\.h2database/, 'h2']];

/** Spring's `server.port` from application.properties / application.yml. */
function springPort(scan: ProjectScan, dir: string): Fact<number> | undefined {
  for (const f of ['src/main/resources/application.properties', 'src/main/resources/application.yml', 'src/main/resources/application.yaml'].map((x) => join(dir, x))) {
    const t = scan.read(f);
    if (!t) continue;
    const p = factFrom<number>(t, f, /^server\.port\s*[=:]\s*(?:\$\{[A-Z_]+:)?(\d{2,5})/m, (m) => Number(m[1]));
    if (p) return p;
    const y = /^server:\s*\n(?:[ \t]+.*\n)*?[ \t]+port:\s*["']?(?:\$\{[A-Z_]+:)?(\d{2,5})/m.exec(t);
    if (y) return fact(Number(y[1]), f, lineOf(t, /^[ \t]+port:/m));
  }
  return undefined;
}

/** The modules a multi-module build names: Maven's `<module>` entries, Gradle's `include(...)` in settings. */
export function buildModules(rootText: string, settingsText: string | undefined): string[] {
  const maven = [...rootText.matchAll(/<module>\s*([^<\s]+)\s*<\/module>/g)].map((m) => m[1]!);
  if (maven.length) return maven;
  const out: string[] = [];
  for (const inc of (settingsText ?? '').matchAll(/^\s*include\s*\(?([^)\n]*)\)?/gm)) {
    for (const m of inc[1]!.matchAll(/["']:?([\w./-]+)["']/g)) out.push(m[1]!.replace(/:/g, '/'));
  }
  return out;
}

/** A module that builds a runnable application (Spring Boot's plugin, the `application` plugin, a server framework). */
const APP_MODULE = /spring-boot-maven-plugin|id\s*\(?\s*["']org\.springframework\.boot["']|kotlin\(\s*"plugin\.spring"\s*\)|\bapplication\b\s*(?:\{|$)|id\s*\(?\s*["']application["']|spring-boot-starter-web|quarkus-maven-plugin|io\.quarkus|io\.ktor\.plugin|micronaut-maven-plugin|io\.micronaut\.application/m;

const KOTLIN = /kotlin\(\s*"jvm"\s*\)|org\.jetbrains\.kotlin|kotlin-maven-plugin|kotlin\("plugin\.spring"\)/;

/** The JVM version a Maven or Gradle build file asks for (java.version, release, toolchain, compatibility). */
function jvmVersion(text: string, file: string, maven: boolean): Fact<string> | undefined {
  return maven
    ? factFrom(text, file, /<(?:java\.version|maven\.compiler\.release|maven\.compiler\.target|maven\.compiler\.source)>\s*(?:1\.)?(\d+)/)
    : factFrom(text, file, /JavaLanguageVersion\.of\(\s*(\d+)\s*\)|jvmToolchain\(\s*(\d+)\s*\)|(?:source|target)Compatibility\s*=\s*(?:JavaVersion\.VERSION_)?['"]?(?:1[._])?(\d+)/, (m) => m[1] ?? m[2] ?? m[3]);
}

/** A Gradle build's `version = "…"`, also inside a block (`allprojects { version = "2.1.0" }`). */
const gradleVersion = (text: string): string | undefined => /(?:^|[\s{;])version\s*=\s*["']([^"']+)["']/m.exec(text)?.[1];

/** The artifactId of a pom as its name, with the line of its own (not the parent's) `<artifactId>`. */
const pomName = (artifactId: string, text: string, file: string): Fact<string> =>
  fact(artifactId, file, lineOf(text.replace(/<parent>[\s\S]*?<\/parent>/, (m) => m.replace(/[^\n]/g, ' ')), `<artifactId>${artifactId}`));

export function readJvm(scan: ProjectScan, dir: string): EcosystemRead | undefined {
  const pom = join(dir, 'pom.xml');
  const gradle = ['build.gradle.kts', 'build.gradle'].map((f) => join(dir, f)).find((f) => scan.files.includes(f));
  const pomText = scan.read(pom);
  const file = pomText !== undefined ? pom : gradle;
  const text = file && scan.read(file);
  if (!file || text === undefined) return undefined;
  const out = blank();
  const maven = file === pom;
  const settingsFile = ['settings.gradle.kts', 'settings.gradle'].map((f) => join(dir, f)).find((f) => scan.files.includes(f));
  // A multi-module build: the module that builds the application is the service; its build file is read with the root's
  const moduleDirs = buildModules(text, maven ? undefined : settingsFile && scan.read(settingsFile));
  const modules = moduleDirs.flatMap((m) => {
    const f = [join(dir, `${m}/pom.xml`), join(dir, `${m}/build.gradle.kts`), join(dir, `${m}/build.gradle`)].find((x) => scan.files.includes(x));
    return f ? [{ dir: m, file: f, text: scan.read(f) ?? '' }] : [];
  });
  const app = modules.find((m) => APP_MODULE.test(m.text));
  // Kotlin where the root build says so, else where the application module does
  const kotlinRoot = lineOf(text, KOTLIN);
  const kotlinApp = app && lineOf(app.text, KOTLIN);
  out.language = kotlinRoot !== undefined ? fact<LanguageId>('kotlin', file, kotlinRoot)
    : app && kotlinApp !== undefined ? fact<LanguageId>('kotlin', app.file, kotlinApp) : fact<LanguageId>('java', file, 1);
  // where a dependency or plugin is declared: the application module's build file first, then the root's
  const where = (re: RegExp): { file: string; line: number } | undefined => {
    const inApp = app && lineOf(app.text, re);
    if (app && inApp !== undefined) return { file: app.file, line: inApp };
    const inRoot = lineOf(text, re);
    return inRoot === undefined ? undefined : { file, line: inRoot };
  };
  const has = (re: RegExp) => where(re)?.line;
  const at = <T>(re: RegExp, value: T): Fact<T> | undefined => {
    const w = where(re);
    return w ? fact(value, w.file, w.line) : undefined;
  };

  // name and version
  let artifactName: string | undefined;
  let artifactVersion: string | undefined;
  if (maven) {
    const c = pomCoordinates(text);
    artifactName = c.artifactId;
    artifactVersion = c.version;
    if (c.artifactId) out.name = pomName(c.artifactId, text, file);
  } else {
    const settings = ['settings.gradle.kts', 'settings.gradle'].map((f) => join(dir, f)).find((f) => scan.files.includes(f));
    const st = settings ? scan.read(settings) : undefined;
    const rn = st ? gradleRootName(st) : undefined;
    if (rn) out.name = fact(rn, settings!, lineOf(st!, 'rootProject.name'));
    artifactName = rn ?? dir.split('/').pop();
    artifactVersion = gradleVersion(text);
  }
  out.languageVersion = jvmVersion(text, file, maven);
  const wrapper = maven ? (scan.files.includes(join(dir, 'mvnw')) ? './mvnw' : 'mvn') : scan.files.includes(join(dir, 'gradlew')) ? './gradlew' : 'gradle';
  if (wrapper === 'mvn' || wrapper === 'gradle') out.unknowns.push(`No ${maven ? 'Maven' : 'Gradle'} wrapper (${maven ? 'mvnw' : 'gradlew'}): the build uses the ${wrapper} on the PATH.`);
  out.packageManager = fact(maven ? 'maven' : 'gradle', file);
  const lock = maven ? undefined : scan.files.find((f) => f === join(dir, 'gradle.lockfile'));
  if (lock) out.lockfile = fact('gradle.lockfile', lock);

  // framework
  const fws: [RegExp, FrameworkId][] = [[/org\.springframework\.boot|spring-boot/, 'spring-boot'], [/io\.quarkus|quarkus-/, 'quarkus'], [/io\.micronaut/, 'micronaut'], [/io\.ktor/, 'ktor']];
  const fw = fws.find(([re]) => has(re) !== undefined);
  if (fw) out.framework = at(fw[0], fw[1]);
  const spring = fw?.[1] === 'spring-boot';

  // commands
  if (maven) {
    out.commands.install = fact(`${wrapper} -B dependency:go-offline`, file);
    out.commands.build = fact(`${wrapper} -B package -DskipTests`, file);
    out.commands.test = fact(`${wrapper} -B test`, file);
  } else {
    out.commands.install = fact(`${wrapper} dependencies --no-daemon`, file);
    out.commands.build = fact(`${wrapper} ${spring ? 'bootJar' : 'build -x test'} --no-daemon`, file);
    out.commands.test = fact(`${wrapper} test --no-daemon`, file);
    if (has(/ktlint|detekt/) !== undefined) out.commands.lint = fact(`${wrapper} ${has(/detekt/) !== undefined ? 'detekt' : 'ktlintCheck'} --no-daemon`, file, has(/ktlint|detekt/));
  }
  if (app) {
    // the service is the application module: its jar, its name; the build runs from the root
    if (maven) {
      const c = pomCoordinates(app.text);
      artifactName = c.artifactId ?? app.dir;
      artifactVersion = c.version ?? artifactVersion;
      if (c.artifactId) out.name = pomName(c.artifactId, app.text, app.file);
    } else {
      artifactName = app.dir.split('/').pop();
      // the module's own version, else the root's (often set for every project: `allprojects { version = "2.1.0" }`)
      artifactVersion = gradleVersion(app.text) ?? artifactVersion;
    }
    out.languageVersion ??= jvmVersion(app.text, app.file, maven);
  }
  if (app && maven) out.commands.build = fact(`${wrapper} -B -pl ${app.dir} -am package -DskipTests`, app.file);
  if (app && !maven) out.commands.build = fact(`${wrapper} :${app.dir.replace(/\//g, ':')}:${spring ? 'bootJar' : 'build -x test'} --no-daemon`, app.file);
  if (artifactName) {
    const prefix = app ? `${app.dir}/` : '';
    const jar = maven ? `${prefix}target/${artifactName}${artifactVersion ? `-${artifactVersion}` : ''}.jar` : `${prefix}build/libs/${artifactName}${artifactVersion ? `-${artifactVersion}` : ''}.jar`;
    out.artifact = fact(jar, app?.file ?? file);
    out.commands.start = fact(`java -jar ${jar}`, app?.file ?? file);
    if (!artifactVersion && !maven) out.unknowns.push(`${file} sets no version: the jar name ${jar} is a guess.`);
  }

  const code = codeFiles(scan, dir, /\.(java|kt)$/);
  const main = findInFiles(code, /@SpringBootApplication|fun\s+main\s*\(|public\s+static\s+void\s+main\s*\(/g);
  if (main) out.entryPoint = fact(main.file, main.file, main.line);
  const port = (app && springPort(scan, join(dir, app.dir))) ?? springPort(scan, dir);
  if (port) out.port = port;
  const actuator = at(/spring-boot-starter-actuator/, '/actuator/health');
  out.healthPath = findHealth(code);
  if (!out.healthPath && actuator) out.healthPath = actuator;

  // persistence
  const orm = at(/spring-boot-starter-data-jpa|hibernate-core|jakarta\.persistence/, 'jpa/hibernate') ?? at(/exposed-core/, 'exposed');
  if (orm) out.orm = orm;
  const flyway = at(/flyway-core|org\.flywaydb/, 'flyway' as const);
  const liquibase = at(/liquibase-core|org\.liquibase/, 'liquibase' as const);
  if (flyway) {
    out.migrationTool = flyway;
    const plugin = has(/flyway-maven-plugin|id\s*\(?\s*["']org\.flywaydb\.flyway["']/) !== undefined;
    if (plugin) out.commands.migrate = fact(maven ? `${wrapper} -B flyway:migrate` : `${wrapper} flywayMigrate`, flyway.evidence.file, flyway.evidence.line);
    if (spring) out.unknowns.push(`Spring Boot runs the Flyway migrations when the application starts (flyway-core is a dependency)${plugin ? '' : '; no Flyway build plugin, so there is no separate migrate command'}.`);
  } else if (liquibase) {
    out.migrationTool = liquibase;
    const plugin = has(/liquibase-maven-plugin|id\s*\(?\s*["']org\.liquibase\.gradle["']/) !== undefined;
    if (plugin) out.commands.migrate = fact(maven ? `${wrapper} -B liquibase:update` : `${wrapper} update`, liquibase.evidence.file, liquibase.evidence.line);
    if (spring) out.unknowns.push(`Spring Boot runs the Liquibase changelog when the application starts (liquibase-core is a dependency)${plugin ? '' : '; no Liquibase build plugin, so there is no separate migrate command'}.`);
  }
  if (modules.length > 1 || (modules.length && !app)) {
    out.unknowns.push(app
      ? `A multi-module build (${modules.map((m) => m.dir).join(', ')}): the service is the \`${app.dir}\` module, built from the root with the modules it needs.`
      : `A multi-module build (${modules.map((m) => m.dir).join(', ')}) with no module recognisably the application: the root's build is described.`);
  }
  const db = DB.find(([re]) => has(re) !== undefined);
  if (db) out.database = at(db[0], db[1]);
  const defaultPort = spring || fw?.[1] === 'quarkus' || fw?.[1] === 'micronaut' || fw?.[1] === 'ktor' ? fact(8080, file, out.framework?.evidence.line) : undefined;
  return { stack: out, defaultPort, server: !!fw };
}
