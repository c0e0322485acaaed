import { defineConfig } from 'tsup';

export default defineConfig({
  // One entry per area beside the whole: with code splitting each area is its own module, so a
  // consumer's bundler (the package has no side effects) keeps only the areas an app imports, and
  // `@gorod/sdk/client` alone loads no schema at all.
  entry: {
    index: 'src/index.ts',
    client: 'src/client/index.ts',
    people: 'src/people.ts',
    program: 'src/program.ts',
    courses: 'src/courses.ts',
  },
  tsconfig: 'tsconfig.build.json',
  format: ['esm'],
  splitting: true,
  platform: 'neutral',
  target: 'es2022',
  outDir: 'dist',
  clean: true,
  sourcemap: true,
  // The private workspace packages are bundled in; `dependencies` stay external.
  noExternal: [/^@gorod\//],
  dts: true,
});
