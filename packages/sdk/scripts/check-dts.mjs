// Fails the build when the bundled declarations would not stand alone in a user's project: an import of
// a workspace package, of a package that is not a dependency, or of a relative file missing from dist.
// (A grep for "@gorod/" alone misses the dangling relative imports tsup's dts.resolve leaves behind.)
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dependencies = Object.keys(JSON.parse(readFileSync('package.json', 'utf8')).dependencies ?? {});
const packageName = (spec) => spec.split('/').slice(0, spec.startsWith('@') ? 2 : 1).join('/');
const problems = [];
for (const file of readdirSync('dist').filter((f) => /\.d\.[cm]?ts$/.test(f))) {
  // Doc comments may show imports from '@gorod/sdk' as examples; only code counts.
  const text = readFileSync(join('dist', file), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
  for (const [, spec] of text.matchAll(/(?:from|import\()\s*['"]([^'"]+)['"]/g)) {
    if (spec.startsWith('.')) {
      const base = join('dist', spec.replace(/\.[cm]?js$/, ''));
      if (!['.d.ts', '.d.mts', '.d.cts'].some((ext) => existsSync(base + ext))) problems.push(`${file}: dangling import ${spec}`);
    } else if (!spec.startsWith('node:') && !dependencies.includes(packageName(spec))) {
      problems.push(`${file}: imports ${spec}, which is not in dependencies`);
    }
  }
  if (/@gorod\//.test(text)) problems.push(`${file}: mentions a @gorod/ workspace package`);
}
if (problems.length > 0) {
  console.error(`The SDK's declarations would break in a user's project:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log('check-dts: the declarations stand alone');
