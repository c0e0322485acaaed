// The public surface of the built SDK as a reviewable list: the runtime exports of dist/index.js and the
// names dist/index.d.ts declares. `--write` updates api/public-names.txt (commit it with the change that
// made it differ); without it, the list goes to stdout for test/public-names.test.ts to compare.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const at = (path) => fileURLToPath(new URL(`../${path}`, import.meta.url));

const runtime = Object.keys(await import(at('dist/index.js'))).sort();
const declarations = readFileSync(at('dist/index.d.ts'), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
const declared = [...declarations.matchAll(/^export (?:type )?\{([^}]*)\}/gm)]
  .flatMap(([, list]) => list.split(','))
  .map((entry) => entry.trim())
  .filter(Boolean)
  .map((entry) => ({ name: entry.replace(/^type\s+/, '').split(/\s+as\s+/).pop(), typeOnly: entry.startsWith('type ') }));
const typesOnly = declared.filter((d) => d.typeOnly).map((d) => d.name).sort();

// A value declared without a runtime export (or the reverse) would break a consumer either way.
const declaredValues = declared.filter((d) => !d.typeOnly).map((d) => d.name).sort();
if (declaredValues.join() !== runtime.join()) {
  console.error(`dist/index.js exports [${runtime}] but dist/index.d.ts declares values [${declaredValues}]`);
  process.exit(1);
}

const report = `# The public surface of @gorod/sdk, from the built package. A test compares it with dist; after a
# deliberate change run \`npm run build -w @gorod/sdk && npm run api:update -w @gorod/sdk\` and commit.

## Values (runtime exports of dist/index.js, each also declared in dist/index.d.ts)
${runtime.join('\n')}

## Types (declared in dist/index.d.ts, no runtime value)
${typesOnly.join('\n')}
`;

if (process.argv.includes('--write')) writeFileSync(at('api/public-names.txt'), report);
else process.stdout.write(report);
