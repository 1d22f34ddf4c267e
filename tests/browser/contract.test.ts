import { expect } from '@open-wc/testing';
import { validate } from '../../src/contract/validate.js';
import { ADVICE } from '../../src/contract/advice.js';
import { SECTIONS } from '../../src/contract/vocabulary.js';
import { validDocument } from './fixtures/documents.js';

const paths = (r: ReturnType<typeof validate>) => r.issues.map((i) => i.path);

describe('validate: whole documents', () => {
  it('accepts a valid document with every section and reports nothing', () => {
    const result = validate(validDocument());
    expect(result.issues).to.deep.equal([]);
    expect(result.ok).to.be.true;
    for (const section of SECTIONS) expect(result.data?.[section], section).to.have.length.greaterThan(0);
    expect(result.data?.programs?.[0]?.name).to.equal('Cyber Technology Certificate');
  });

  it('accepts each section on its own (outcomes with the sources they cite)', () => {
    for (const section of SECTIONS) {
      const doc = validDocument();
      const only: Record<string, unknown> = {
        contractVersion: '1.0',
        publisher: doc.publisher,
        dateModified: doc.dateModified,
        [section]: doc[section],
      };
      if (section === 'outcomes') only.sources = doc.sources;
      const result = validate(only);
      expect(result.ok, section).to.be.true;
      expect(result.data?.[section], section).to.have.length(doc[section].length);
      // References to sections that are absent are warnings: the records still show.
      expect(
        result.issues.filter((i) => i.severity !== 'warning'),
        section,
      ).to.deep.equal([]);
    }
  });

  it('leaves out outcomes when the sources they cite are absent', () => {
    const doc = validDocument();
    delete (doc as Record<string, unknown>).sources;
    const result = validate(doc);
    expect(result.data?.outcomes).to.deep.equal([]);
    expect(result.issues.filter((i) => i.severity === 'error').map((i) => i.path)).to.deep.equal([
      '/outcomes/0/source',
      '/outcomes/1/source',
    ]);
  });

  it('accepts the JSON text as well as the parsed value', () => {
    expect(validate(JSON.stringify(validDocument())).ok).to.be.true;
  });

  it('ignores unknown properties at every level', () => {
    const doc = validDocument();
    doc.extra = { anything: 1 };
    doc.programs[0]!.tuitionNotes = 'not in v1';
    (doc.institutions[0]!.address as Record<string, unknown>).fipsCode = '24003';
    const result = validate(doc, { advise: ADVICE });
    expect(result.issues).to.deep.equal([]);
    expect(result.data).to.not.have.property('extra');
    expect(result.data?.programs?.[0]).to.not.have.property('tuitionNotes');
    // Listed as information (the checker, validate --strict), never as a problem.
    expect(result.info.map((i) => i.path)).to.have.members(['/extra', '/programs/0/tuitionNotes', '/institutions/0/address/fipsCode']);
  });

  it('names the property that an unknown one standing in its place most likely misspells', () => {
    const doc = validDocument();
    (doc.institutions[0]!.address as Record<string, unknown>).county = 'US';
    expect(validate(doc).issues, "the widgets' own check leaves the advice to the tools").to.deep.equal([]);
    const result = validate(doc, { advise: ADVICE });
    expect(result.issues).to.deep.equal([
      {
        severity: 'warning',
        path: '/institutions/0/address/county',
        message: "'county' is not a property of the contract, so it is ignored. Did you mean 'country'?",
        fix: { op: 'rename', from: '/institutions/0/address/county', to: 'country' },
      },
    ]);
  });

  it('accepts a newer minor version', () => {
    const doc = validDocument();
    doc.contractVersion = '1.7';
    doc.newSectionFrom17 = [{ id: 'x' }];
    const result = validate(doc);
    expect(result.ok).to.be.true;
    expect(result.issues).to.deep.equal([]);
  });
});

describe('validate: fatal problems', () => {
  const fatalCases: [string, unknown, RegExp][] = [
    ['text that is not JSON', '{"contractVersion": "1.0",', /not valid JSON/],
    ['null', null, /must be a JSON object.*got null/],
    ['an array', [validDocument()], /must be a JSON object.*got a list/],
    ['a number', 42, /must be a JSON object.*got 42/],
    ['no contractVersion', { programs: [] }, /has no contractVersion/],
    ['a malformed version', { contractVersion: 'v1', programs: [] }, /expected a contract version such as "1.0", got 'v1'/],
    [
      'another major version',
      { contractVersion: '2.0', programs: [] },
      /Contract version 2.0 is not supported: this library reads version 1.x/,
    ],
    [
      'no known section',
      { contractVersion: '1.0', publisher: { name: 'x' }, dateModified: '2026-01-01', courses: [] },
      /none of the sections fields, institutions, programs/,
    ],
  ];
  for (const [name, input, message] of fatalCases) {
    it(`refuses ${name}`, () => {
      const result = validate(input);
      expect(result.ok).to.be.false;
      expect(result.data).to.be.null;
      expect(result.issues).to.have.length(1);
      expect(result.issues[0]!.severity).to.equal('fatal');
      expect(result.issues[0]!.message).to.match(message);
    });
  }

  it('never throws, even on a hostile object', () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('boom');
        },
        has() {
          throw new Error('boom');
        },
      },
    );
    const result = validate(hostile);
    expect(result.ok).to.be.false;
    expect(result.issues[0]!.message).to.match(/could not be read: boom/);
  });
});

describe('validate: records', () => {
  it('leaves out a record without what it cannot be shown without, keeps the good ones, and names the exact path', () => {
    const doc = validDocument();
    doc.programs.push({ ...doc.programs[0], id: 'p3', name: '   ' });
    const result = validate(doc);
    expect(result.ok).to.be.true;
    expect(result.data?.programs?.map((p) => p.id)).to.deep.equal(['aacc-cyber', 'aacc-cyber-2']);
    expect(result.issues).to.deep.equal([
      { severity: 'error', path: '/programs/2/name', message: 'expected non-empty text, got empty text' },
    ]);
    expect(result.leftOut).to.deep.equal([
      { section: 'programs', id: 'p3', cause: '/programs/2/name: expected non-empty text, got empty text', path: '/programs/2/name' },
    ]);
  });

  it('drops a bad optional value with a warning and the fix, and keeps the record', () => {
    const doc = validDocument();
    doc.programs.push({ ...doc.programs[0], id: 'p3', timeToComplete: 'one year' });
    const result = validate(doc, { advise: ADVICE });
    expect(result.data?.programs?.map((p) => p.id)).to.deep.equal(['aacc-cyber', 'aacc-cyber-2', 'p3']);
    expect(result.data?.programs?.[2]).to.not.have.property('timeToComplete');
    expect(result.issues).to.deep.equal([
      {
        severity: 'warning',
        path: '/programs/2/timeToComplete',
        message: `expected an ISO 8601 duration such as P1Y, got 'one year'. Write "P1Y" instead. The record is shown without timeToComplete`,
        fix: { op: 'replace', value: 'P1Y' },
      },
    ]);
    expect(result.counts).to.deep.equal({ records: result.counts.records, kept: result.counts.records, leftOut: 0, dropped: 1 });
  });

  it('reports every problem in a record, each with its path', () => {
    const doc = validDocument();
    doc.programs[1] = {
      id: 'bad id!',
      name: '',
      institution: 'aacc',
      field: 'cyber',
      credential: { name: 'C', category: 'degree' },
      modes: ['remote'],
      url: 'javascript:alert(1)',
    };
    const result = validate(doc);
    expect(paths(result)).to.have.members([
      '/programs/1/id',
      '/programs/1/name',
      '/programs/1/url',
      '/programs/1/credential/category',
      '/programs/1/modes/0',
    ]);
    const byPath = Object.fromEntries(result.issues.map((i) => [i.path, i.message]));
    expect(byPath['/programs/1/name']).to.equal('expected non-empty text, got empty text');
    expect(byPath['/programs/1/url']).to.match(
      /^expected a web address starting with https:\/\/ or http:\/\/, got 'javascript:alert\(1\)'/,
    );
    expect(byPath['/programs/1/credential/category']).to.match(
      /^expected one of "certificate", "diploma", "associate-degree", "industry-certification", got 'degree'/,
    );
  });

  it('says a required property is missing', () => {
    const doc = validDocument();
    delete doc.institutions[0]!.name;
    const result = validate(doc);
    expect(result.issues).to.deep.include({ severity: 'error', path: '/institutions/0/name', message: 'is required but missing' });
  });

  it('drops a record that reuses an earlier id', () => {
    const doc = validDocument();
    doc.fields.push({ ...doc.fields[0] });
    const result = validate(doc);
    expect(result.data?.fields).to.have.length(1);
    expect(result.issues).to.deep.equal([
      {
        severity: 'error',
        path: '/fields/1/id',
        message: "the id 'cyber' is used by an earlier record in fields; this record was left out",
      },
    ]);
  });

  it('leaves out a section that is not a list', () => {
    const doc = validDocument();
    (doc as Record<string, unknown>).members = { nsta: {} };
    const result = validate(doc);
    expect(result.ok).to.be.true;
    expect(result.data?.members).to.be.undefined;
    expect(result.issues[0]).to.include({ severity: 'error', path: '/members' });
  });

  it('checks each section: fields, institutions, sources, members', () => {
    const doc = validDocument();
    doc.fields[0]!.cip = { code: '11-1003', version: '2020' };
    doc.institutions[0]!.address = { locality: 'Arnold', region: 'Maryland' };
    doc.sources.push({ id: 's2', name: 'Report', datePublished: 'December 2010' });
    doc.members[0]!.memberships = [];
    const result = validate(doc);
    expect(paths(result)).to.include.members([
      '/fields/0/cip/code',
      '/institutions/0/address/region',
      '/sources/1/datePublished',
      '/members/0/memberships',
    ]);
  });

  it('holds a reported outcome to its value, unit and cohort size', () => {
    const doc = validDocument();
    doc.outcomes[0] = { ...doc.outcomes[0], value: undefined, unit: undefined, cohort: {} };
    const result = validate(doc);
    expect(paths(result)).to.have.members(['/outcomes/0/value', '/outcomes/0/unit', '/outcomes/0/cohort/size']);
    expect(result.data?.outcomes?.map((o) => o.id)).to.deep.equal(['o2']);
  });

  it('accepts a suppressed outcome without a value', () => {
    const doc = validDocument();
    doc.outcomes[0] = {
      id: 'o3',
      subject: { type: 'program', id: 'aacc-cyber' },
      metric: 'employment-rate-q2',
      status: 'suppressed',
      period: { start: '2014', end: '2015' },
      population: 'Exiters',
      source: 'eval',
    };
    expect(validate(doc).issues).to.deep.equal([]);
  });

  it('checks percentages, currencies, custom labels and periods', () => {
    const doc = validDocument();
    doc.outcomes.push(
      { ...doc.outcomes[0], id: 'pct', value: 164 },
      { ...doc.outcomes[0], id: 'money', unit: 'currency' },
      { ...doc.outcomes[0], id: 'custom', metric: 'custom' },
      { ...doc.outcomes[0], id: 'period', period: { start: '2015', end: '2014' } },
      { ...doc.outcomes[0], id: 'consortium-needs-no-id', subject: { type: 'program' } },
    );
    const result = validate(doc);
    expect(paths(result)).to.have.members([
      '/outcomes/2/value',
      '/outcomes/3/currency',
      '/outcomes/4/label',
      '/outcomes/5/period/end',
      '/outcomes/6/subject/id',
    ]);
  });
});

describe('validate: references', () => {
  it('warns about a program whose college or field does not exist, and keeps it', () => {
    const doc = validDocument();
    doc.programs[1]!.institution = 'nowhere';
    doc.programs[1]!.field = 'basket-weaving';
    const result = validate(doc);
    expect(result.data?.programs).to.have.length(2);
    expect(result.issues).to.deep.equal([
      { severity: 'warning', path: '/programs/1/institution', message: "names the institution 'nowhere', which is not in institutions" },
      { severity: 'warning', path: '/programs/1/field', message: "names the field 'basket-weaving', which is not in fields" },
    ]);
  });

  it('leaves out an outcome whose source does not exist, with the path in the original document', () => {
    const doc = validDocument();
    doc.outcomes.unshift({ ...doc.outcomes[0], id: 'broken', value: 'high' });
    doc.outcomes[2] = { ...doc.outcomes[2], source: 'rumour' };
    const result = validate(doc);
    expect(result.data?.outcomes?.map((o) => o.id)).to.deep.equal(['o1']);
    expect(result.issues.map((i) => [i.severity, i.path])).to.deep.equal([
      ['error', '/outcomes/0/value'],
      ['error', '/outcomes/2/source'],
    ]);
  });

  it('warns about an outcome subject or benchmark source that does not exist', () => {
    const doc = validDocument();
    doc.outcomes[0] = {
      ...doc.outcomes[0],
      subject: { type: 'field', id: 'ghost' },
      benchmark: { label: 'State', value: 50, source: 'ghost-source' },
    };
    const result = validate(doc);
    expect(result.issues.map((i) => [i.severity, i.path])).to.deep.equal([
      ['warning', '/outcomes/0/subject/id'],
      ['warning', '/outcomes/0/benchmark/source'],
    ]);
  });

  it('escapes JSON Pointer characters in keys', async () => {
    const { pointer } = await import('../../src/contract/json-pointer.js');
    expect(pointer(['a/b', 'c~d', 3])).to.equal('/a~1b/c~0d/3');
  });
});

describe('validate: header', () => {
  it('reports a bad publisher or date as warnings and still shows the records', () => {
    const doc = validDocument();
    doc.publisher = { url: 'ftp://example.org' };
    doc.dateModified = 'yesterday';
    const result = validate(doc);
    expect(result.ok).to.be.true;
    expect(result.data?.programs).to.have.length(2);
    expect(result.data?.publisher).to.be.undefined;
    expect(result.data?.dateModified).to.be.undefined;
    expect(result.issues.map((i) => [i.severity, i.path])).to.have.deep.members([
      ['warning', '/publisher/name'],
      ['warning', '/publisher/url'],
      ['warning', '/dateModified'],
    ]);
  });

  it('keeps a good publisher when only the date is wrong', () => {
    const doc = validDocument();
    doc.dateModified = 20261101;
    const result = validate(doc);
    expect(result.data?.publisher?.name).to.equal('Test Consortium');
    expect(result.issues).to.deep.equal([{ severity: 'warning', path: '/dateModified', message: 'expected text, got 20261101' }]);
  });
});
