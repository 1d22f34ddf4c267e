import { expect } from '@open-wc/testing';
import consortium from '../../src/sample/consortium.json';
import coalition from '../../src/sample/coalition.json';
import { validate } from '../../src/contract/validate.js';
import { generateDocument } from '../../src/sample/generate.js';
import type { ContractDocument } from '../../src/contract/types.js';

describe('sample data', () => {
  it('the consortium document validates with zero issues and has what the demo needs', () => {
    const result = validate(consortium);
    expect(result.issues).to.deep.equal([]);
    const doc = result.data!;
    expect(doc.institutions).to.have.length(10);
    expect(new Set(doc.institutions!.map((i) => i.address.region)).size).to.equal(9);
    expect(doc.fields!.map((f) => f.cip.code)).to.have.members(['15.0617', '11.1003', '47.0614', '15.0507', '15.0407']);
    expect(doc.programs!.length).to.be.at.least(30);
    expect(doc.outcomes!.length).to.be.greaterThan(0);
  });

  it('cites a source that says so for every program-level figure, because none is real', () => {
    const doc = validate(consortium).data!;
    const sources = new Map(doc.sources!.map((s) => [s.id, s]));
    const programFigures = doc.outcomes!.filter((o) => o.subject.type !== 'consortium');
    expect(programFigures.length).to.be.greaterThan(0);
    for (const o of programFigures) {
      const source = sources.get(o.source)!;
      expect(`${source.name} ${source.description ?? ''}`, o.id).to.match(/illustrative|not real/i);
    }
  });

  it('publishes the consortium-level figures from the evaluation, with their qualifiers', () => {
    const doc = validate(consortium).data!;
    const consortiumFigures = doc.outcomes!.filter((o) => o.subject.type === 'consortium');
    const byMetric = Object.fromEntries(consortiumFigures.map((o) => [o.metric, o]));
    expect(byMetric['number-enrolled']).to.include({ value: 1300, valueQualifier: 'more-than' });
    expect(byMetric['number-awarded']).to.include({ value: 600, valueQualifier: 'more-than' });
    expect(byMetric['retention-rate']).to.include({ value: 82, valueQualifier: 'approximately', unit: 'percent' });
  });

  it('the coalition document validates with zero issues, with roles and as-of dates', () => {
    const result = validate(coalition);
    expect(result.issues).to.deep.equal([]);
    const members = result.data!.members!;
    expect(members.length).to.be.at.least(20);
    const roles = members.flatMap((m) => m.memberships.map((ms) => ms.role));
    expect(roles).to.include.members(['chair', 'co-chair', 'member']);
    expect(members.every((m) => m.memberships.every((ms) => ms.asOf))).to.be.true;
  });
});

describe('the generator', () => {
  for (const programs of [10, 1000]) {
    it(`writes a valid document with ${programs} programs`, () => {
      const doc = generateDocument({ programs, seed: 7 });
      const result = validate(doc);
      expect(result.issues).to.deep.equal([]);
      expect(result.data!.programs).to.have.length(programs);
    });
  }

  it('is deterministic for a seed and differs across seeds', () => {
    const names = (doc: ContractDocument) => doc.programs!.slice(0, 20).map((p) => `${p.name}|${p.institution}`);
    expect(names(generateDocument({ programs: 50, seed: 1 }))).to.deep.equal(names(generateDocument({ programs: 50, seed: 1 })));
    expect(names(generateDocument({ programs: 50, seed: 1 }))).to.not.deep.equal(names(generateDocument({ programs: 50, seed: 2 })));
  });

  it('labels its figures as generated test data', () => {
    const doc = generateDocument({ programs: 100, seed: 3 });
    expect(doc.sources!.every((s) => /not real/i.test(`${s.name} ${s.description ?? ''}`))).to.be.true;
  });
});
