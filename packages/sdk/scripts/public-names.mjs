// The public surface of the built SDK as a reviewable list: for each entry (the root and its subpaths),
// the runtime exports of dist/<entry>.js and the names dist/<entry>.d.ts declares, read with the
// TypeScript compiler (the bundled declarations rename and re-export through chunks). `--write` updates
// api/public-names.txt (commit it with the change that made it differ); without it, the list goes to
// stdout for test/public-names.test.ts to compare.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const at = (path) => fileURLToPath(new URL(`../${path}`, import.meta.url));
const entries = Object.keys(JSON.parse(readFileSync(at('package.json'), 'utf8')).exports)
  .filter((subpath) => subpath !== './package.json')
  .map((subpath) => ({ subpath, file: subpath === '.' ? 'index' : subpath.slice(2) }));

const program = ts.createProgram(
  entries.map(({ file }) => at(`dist/${file}.d.ts`)),
  { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, skipLibCheck: true, noEmit: true },
);
const checker = program.getTypeChecker();

function declaredNames(file) {
  const source = program.getSourceFile(at(`dist/${file}.d.ts`));
  const names = { values: [], types: [] };
  for (const symbol of checker.getExportsOfModule(checker.getSymbolAtLocation(source))) {
    const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
    (target.flags & ts.SymbolFlags.Value ? names.values : names.types).push(symbol.name);
  }
  return { values: names.values.sort(), types: names.types.sort() };
}

const root = Object.keys(await import(at('dist/index.js')));
let report = `# The public surface of @gorod/sdk, from the built package. A test compares it with dist; after a
# deliberate change run \`npm run build -w @gorod/sdk && npm run api:update -w @gorod/sdk\` and commit.
`;
for (const { subpath, file } of entries) {
  const runtime = Object.keys(await import(at(`dist/${file}.js`))).sort();
  const { values, types } = declaredNames(file);
  // A value declared without a runtime export (or the reverse) would break a consumer either way.
  if (values.join() !== runtime.join()) {
    console.error(`dist/${file}.js exports [${runtime}] but dist/${file}.d.ts declares values [${values}]`);
    process.exit(1);
  }
  // Every subpath is a slice of the root, never a second home for a name.
  const missing = runtime.filter((name) => !root.includes(name));
  if (missing.length > 0) {
    console.error(`${subpath} exports [${missing}], which the root does not`);
    process.exit(1);
  }
  const name = subpath === '.' ? '@gorod/sdk' : `@gorod/sdk/${file}`;
  report += `
## ${name}: values (runtime exports of dist/${file}.js, each also declared in dist/${file}.d.ts)
${runtime.join('\n')}

## ${name}: types (declared in dist/${file}.d.ts, no runtime value)
${types.join('\n')}
`;
}

if (process.argv.includes('--write')) writeFileSync(at('api/public-names.txt'), report);
else process.stdout.write(report);
