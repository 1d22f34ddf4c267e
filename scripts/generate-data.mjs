#!/usr/bin/env node
// Writes a valid contract document of any size, for tests and benchmarks:
//   npm run generate-data -- --programs 10000 [--seed 1] [--members 500] [--out file.json]
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { importTs } from './import-ts.mjs';

const { values } = parseArgs({
  options: {
    programs: { type: 'string', default: '1000' },
    members: { type: 'string', default: '0' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string' },
  },
});
const { generateDocument } = await importTs('src/sample/generate.ts');
const doc = generateDocument({ programs: Number(values.programs), members: Number(values.members), seed: Number(values.seed) });
const json = JSON.stringify(doc);
if (values.out) {
  writeFileSync(values.out, json);
  console.error(`wrote ${values.out}: ${doc.programs.length} programs, ${(json.length / 1e6).toFixed(1)} MB`);
} else {
  process.stdout.write(json);
}
