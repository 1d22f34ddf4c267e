import type { ContractDocument, Field, Institution, Member, Outcome, Program, Publisher, Source } from '../contract/types.js';

/*
 * A seeded, deterministic generator of valid contract v1 documents of any size, for tests,
 * benchmarks and stories. Everything it writes is made up: the publisher and the one source are
 * named "Generated test data (not real)". Only the five fields and their CIP codes are real.
 */

export interface GenerateOptions {
  /** How many programs to write. */
  programs: number;
  /** The PRNG seed; the same seed and options give the same document. Default 1. */
  seed?: number;
  /** How many coalition members to write; none by default. */
  members?: number;
}

/** A generated document: a ContractDocument whose header is always present. */
export type GeneratedDocument = ContractDocument & { publisher: Publisher; dateModified: string };

/** mulberry32: a tiny, fast 32-bit PRNG. Returns numbers in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SOURCE_ID = 'generated';
const GENERATED = 'Generated test data (not real)';

type FieldId = 'composite-materials' | 'cybersecurity' | 'electric-vehicle-technology' | 'environmental-technology' | 'mechatronics';

interface FieldSpec {
  field: Field & { id: FieldId };
  names: readonly string[];
  topics: readonly string[];
  occupations: NonNullable<Program['occupations']>;
  certifications: string[];
}

const FIELD_DATA: readonly FieldSpec[] = [
  {
    field: {
      id: 'composite-materials',
      name: 'Composite Materials',
      cip: { code: '15.0617', version: '2020' },
      description: 'Fabrication, repair and inspection of fiber-reinforced composite parts.',
    },
    names: ['Composite Materials', 'Composite Repair', 'Advanced Composites', 'Carbon Fiber Fabrication', 'Composite Manufacturing'],
    topics: ['layup and vacuum bagging', 'resin infusion', 'composite repair', 'carbon fiber tooling', 'quality inspection'],
    occupations: [{ soc: '51-2091', title: 'Fiberglass Laminators and Fabricators' }],
    certifications: ['ACMA Certified Composites Technician', 'OSHA 10'],
  },
  {
    field: {
      id: 'cybersecurity',
      name: 'Cybersecurity',
      cip: { code: '11.1003', version: '2020' },
      description: 'Securing networks and information systems.',
    },
    names: ['Cybersecurity', 'Network Defense', 'Cyber Technology', 'Information Assurance', 'Digital Forensics', 'Cloud Security'],
    topics: ['network defense', 'incident response', 'ethical hacking', 'security auditing', 'firewalls and intrusion detection'],
    occupations: [{ soc: '15-1212', title: 'Information Security Analysts' }],
    certifications: ['CompTIA Security+', 'CompTIA Network+', 'CompTIA A+'],
  },
  {
    field: {
      id: 'electric-vehicle-technology',
      name: 'Electric Vehicle Technology',
      cip: { code: '47.0614', version: '2020' },
      description: 'Service and development of hybrid and electric vehicles.',
    },
    names: [
      'Electric Vehicle Technology',
      'Electric Vehicle Service',
      'Battery Systems',
      'Hybrid and Electric Drivetrain',
      'EV Charging Infrastructure',
    ],
    topics: ['high-voltage safety', 'battery systems', 'electric drives', 'charging infrastructure', 'vehicle diagnostics'],
    occupations: [{ soc: '49-3023', title: 'Automotive Service Technicians and Mechanics' }],
    certifications: ['ASE Electrical/Electronic Systems (A6)', 'EVITP'],
  },
  {
    field: {
      id: 'environmental-technology',
      name: 'Environmental Technology',
      cip: { code: '15.0507', version: '2020' },
      description: 'Environmental sampling, monitoring, compliance and remediation.',
    },
    names: [
      'Environmental Technology',
      'Water Quality',
      'Environmental Compliance',
      'Hazardous Materials Management',
      'Wastewater Treatment',
    ],
    topics: [
      'water quality testing',
      'environmental sampling',
      'hazardous materials handling',
      'regulatory compliance',
      'stormwater management',
    ],
    occupations: [{ soc: '17-3025', title: 'Environmental Engineering Technologists and Technicians' }],
    certifications: ['HAZWOPER 40-hour', 'OSHA 10'],
  },
  {
    field: {
      id: 'mechatronics',
      name: 'Mechatronics',
      cip: { code: '15.0407', version: '2020' },
      description: 'Automated production systems combining mechanical, electrical and computer control.',
    },
    names: ['Mechatronics', 'Robotics', 'Industrial Automation', 'PLC Programming', 'Advanced Manufacturing'],
    topics: ['programmable logic controllers', 'industrial robotics', 'fluid power', 'motor controls', 'sensors and automation'],
    occupations: [{ soc: '17-3024', title: 'Electro-Mechanical and Mechatronics Technologists and Technicians' }],
    certifications: ['Siemens Mechatronic Systems Certification', 'OSHA 10'],
  },
];

/** Real US cities with their state and approximate coordinates. */
const CITIES: readonly (readonly [string, string, number, number])[] = [
  ['Albuquerque', 'NM', 35.084, -106.651],
  ['Atlanta', 'GA', 33.749, -84.388],
  ['Austin', 'TX', 30.267, -97.743],
  ['Baltimore', 'MD', 39.29, -76.612],
  ['Birmingham', 'AL', 33.519, -86.81],
  ['Boise', 'ID', 43.615, -116.202],
  ['Boston', 'MA', 42.36, -71.059],
  ['Buffalo', 'NY', 42.886, -78.878],
  ['Charleston', 'SC', 32.776, -79.931],
  ['Charlotte', 'NC', 35.227, -80.843],
  ['Chicago', 'IL', 41.878, -87.63],
  ['Cincinnati', 'OH', 39.103, -84.512],
  ['Cleveland', 'OH', 41.499, -81.694],
  ['Columbus', 'OH', 39.961, -82.999],
  ['Dallas', 'TX', 32.777, -96.797],
  ['Denver', 'CO', 39.739, -104.99],
  ['Des Moines', 'IA', 41.587, -93.625],
  ['Detroit', 'MI', 42.331, -83.046],
  ['El Paso', 'TX', 31.762, -106.485],
  ['Fresno', 'CA', 36.738, -119.787],
  ['Grand Rapids', 'MI', 42.963, -85.668],
  ['Hartford', 'CT', 41.764, -72.685],
  ['Houston', 'TX', 29.76, -95.37],
  ['Indianapolis', 'IN', 39.768, -86.158],
  ['Jacksonville', 'FL', 30.332, -81.656],
  ['Kansas City', 'MO', 39.1, -94.579],
  ['Knoxville', 'TN', 35.961, -83.921],
  ['Las Vegas', 'NV', 36.17, -115.14],
  ['Little Rock', 'AR', 34.746, -92.29],
  ['Los Angeles', 'CA', 34.052, -118.244],
  ['Louisville', 'KY', 38.253, -85.759],
  ['Madison', 'WI', 43.073, -89.401],
  ['Memphis', 'TN', 35.15, -90.049],
  ['Miami', 'FL', 25.762, -80.192],
  ['Milwaukee', 'WI', 43.039, -87.906],
  ['Minneapolis', 'MN', 44.978, -93.265],
  ['Nashville', 'TN', 36.163, -86.781],
  ['New Orleans', 'LA', 29.951, -90.072],
  ['Oklahoma City', 'OK', 35.468, -97.516],
  ['Omaha', 'NE', 41.257, -95.935],
  ['Orlando', 'FL', 28.538, -81.379],
  ['Philadelphia', 'PA', 39.953, -75.165],
  ['Phoenix', 'AZ', 33.448, -112.074],
  ['Pittsburgh', 'PA', 40.441, -79.996],
  ['Portland', 'OR', 45.515, -122.679],
  ['Providence', 'RI', 41.824, -71.413],
  ['Raleigh', 'NC', 35.78, -78.639],
  ['Richmond', 'VA', 37.541, -77.436],
  ['Sacramento', 'CA', 38.582, -121.494],
  ['Salt Lake City', 'UT', 40.761, -111.891],
  ['San Antonio', 'TX', 29.424, -98.494],
  ['San Diego', 'CA', 32.716, -117.161],
  ['Seattle', 'WA', 47.606, -122.332],
  ['Spokane', 'WA', 47.659, -117.426],
  ['St. Louis', 'MO', 38.627, -90.199],
  ['Tacoma', 'WA', 47.253, -122.444],
  ['Tampa', 'FL', 27.951, -82.457],
  ['Tucson', 'AZ', 32.222, -110.975],
  ['Tulsa', 'OK', 36.154, -95.993],
  ['Wichita', 'KS', 37.687, -97.33],
];

/**
 * The lists a program points to are shared between records rather than copied, so that 100,000
 * programs stay cheap to build; treat generated documents as read-only.
 */
const FIELDS = FIELD_DATA.map((f) => ({ ...f, firstCertification: f.certifications.slice(0, 1) }));

const INSTITUTION_KINDS = [
  'Community College',
  'Technical College',
  'State College',
  'College of Technology',
  'Technical Institute',
] as const;
const NAME_SUFFIXES = [
  'Certificate',
  'Technician Certificate',
  'Fundamentals Certificate',
  'Specialist Certificate',
  'Short-Term Certificate',
] as const;
const CREDENTIAL_NAMES = [
  'Certificate',
  'Certificate of Proficiency',
  'Certificate of Completion',
  'Technical Certificate',
  'College Credit Certificate',
] as const;
const MODE_SETS: readonly NonNullable<Program['modes']>[] = [
  ['in-person'],
  ['in-person'],
  ['online'],
  ['hybrid'],
  ['in-person', 'online'],
  ['in-person', 'hybrid'],
  ['online', 'hybrid'],
];
/** [duration, minimum credits, credit range]: mostly one year, with every length bucket present. */
const DURATIONS: readonly (readonly [string, number, number])[] = [
  ['P1Y', 28, 9],
  ['P1Y', 28, 9],
  ['P1Y', 28, 9],
  ['P1Y', 28, 9],
  ['P9M', 20, 8],
  ['P9M', 20, 8],
  ['P6M', 12, 7],
  ['P16W', 8, 5],
  ['P18M', 40, 10],
  ['P2Y', 52, 10],
];
const START_DATES = [
  '2027-01-11',
  '2027-01-19',
  '2027-03-29',
  '2027-05-17',
  '2027-06-07',
  '2027-08-23',
  '2027-08-30',
  '2027-09-20',
  '2027-10-18',
];
/** One start date, or a spring and a fall one. */
const START_DATE_SETS: string[][] = [
  ...START_DATES.map((d) => [d]),
  ...START_DATES.slice(0, 5).flatMap((spring) => START_DATES.slice(5).map((fall) => [spring, fall])),
];
const DIPLOMA = 'High school diploma or GED';
const PREREQUISITE_SETS: string[][] = [
  [DIPLOMA],
  [DIPLOMA],
  [DIPLOMA, 'Placement into college-level English'],
  [DIPLOMA, 'Placement into college-level math'],
  [DIPLOMA, 'Basic computer skills'],
  [DIPLOMA, "Valid driver's license"],
];
const QUALITIES = ['Hands-on', 'Evening and weekend', 'Employer-designed', 'Stackable', 'Accelerated', 'Lab-based'] as const;

/** Program years July to June; shared between records, like the other lists below. */
const PERIODS: readonly Outcome['period'][] = [2021, 2022, 2023, 2024].map((y) => ({ start: `${y}-07`, end: `${y + 1}-06` }));
const SUPPRESSED_CAVEATS = ['Suppressed: small cohort (generated).'];

const METRIC_SPECS: readonly (readonly [Outcome['metric'], Outcome['unit'], number | undefined])[] = [
  ['completion-rate', 'percent', undefined],
  ['employment-rate-q2', 'percent', 6],
  ['employment-rate-q4', 'percent', 12],
  ['median-earnings-q2', 'currency', 6],
  ['median-annual-earnings', 'currency', 12],
  ['credential-attainment-rate', 'percent', 12],
  ['retention-rate', 'percent', undefined],
  ['number-awarded', 'count', undefined],
  ['number-enrolled', 'count', undefined],
];

export function generateDocument(options: GenerateOptions): GeneratedDocument {
  const programCount = Math.max(0, Math.floor(options.programs));
  const memberCount = Math.max(0, Math.floor(options.members ?? 0));
  const rand = mulberry32(options.seed ?? 1);
  const int = (min: number, span: number): number => min + Math.floor(rand() * span);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;

  const fields: Field[] = FIELDS.map((f) => ({ ...f.field }));

  const institutionCount = Math.max(10, Math.ceil(programCount / 20));
  const institutions: Institution[] = new Array<Institution>(institutionCount);
  const cityCount = CITIES.length;
  const perGeneration = cityCount * INSTITUTION_KINDS.length;
  for (let i = 0; i < institutionCount; i++) {
    const [city, region, lat, lon] = CITIES[i % cityCount] as (typeof CITIES)[number];
    const kind = INSTITUTION_KINDS[Math.floor(i / cityCount) % INSTITUTION_KINDS.length] as string;
    const generation = Math.floor(i / perGeneration);
    const id = `inst-${i + 1}`;
    institutions[i] = {
      id,
      name: generation === 0 ? `${city} ${kind}` : `${city} ${kind}, Campus ${generation + 1}`,
      url: `https://example.org/colleges/${id}`,
      address: { locality: city, region, country: 'US' },
      geo: {
        latitude: Math.round((lat + (rand() - 0.5) * 0.2) * 1000) / 1000,
        longitude: Math.round((lon + (rand() - 0.5) * 0.2) * 1000) / 1000,
      },
    };
  }

  const programs: Program[] = new Array<Program>(programCount);
  const outcomes: Outcome[] = [];
  let outcomeSeq = 0;
  const addOutcome = (subject: Outcome['subject']): void => {
    const [metric, unit, monthsAfterExit] = pick(METRIC_SPECS);
    const period = pick(PERIODS);
    const statusRoll = rand();
    const outcome: Outcome = {
      id: `out-${++outcomeSeq}`,
      subject,
      metric,
      status: 'reported',
      valueQualifier: 'exact',
      period,
      population: monthsAfterExit === undefined ? 'Students who started the program' : 'Students who left the program (exiters)',
      source: SOURCE_ID,
    };
    if (monthsAfterExit !== undefined) outcome.monthsAfterExit = monthsAfterExit;
    if (statusRoll < 0.25) {
      outcome.status = statusRoll < 0.12 ? 'suppressed' : statusRoll < 0.2 ? 'not-available' : 'not-applicable';
      if (outcome.status === 'suppressed') outcome.caveats = SUPPRESSED_CAVEATS;
      outcomes.push(outcome);
      return;
    }
    const size = rand() < 0.15 ? int(3, 7) : int(10, 240);
    outcome.unit = unit;
    outcome.cohort = { size, sizeQualifier: 'exact', label: monthsAfterExit === undefined ? 'Entering students' : 'Exiters' };
    if (unit === 'percent') {
      outcome.value = int(35, 61);
      if (rand() < 0.05) outcome.benchmark = { label: 'Generated benchmark (not real)', value: int(50, 40), source: SOURCE_ID };
    } else if (unit === 'currency') {
      const quarterly = metric === 'median-earnings-q2';
      const median = quarterly ? int(60, 90) * 100 : int(280, 400) * 100;
      const spread = quarterly ? int(10, 20) * 100 : int(50, 100) * 100;
      outcome.currency = 'USD';
      outcome.value = median;
      outcome.distribution = { p25: median - spread, median, p75: median + spread };
    } else {
      outcome.value = metric === 'number-enrolled' ? size : int(0, size + 1);
    }
    outcomes.push(outcome);
  };

  for (let i = 0; i < programCount; i++) {
    const spec = pick(FIELDS);
    const institution = institutions[int(0, institutionCount)] as Institution;
    const [duration, minCredits, creditSpan] = pick(DURATIONS);
    const credits = int(minCredits, creditSpan);
    const base = pick(spec.names);
    const suffix = pick(NAME_SUFFIXES);
    const topicA = pick(spec.topics);
    const topicB = pick(spec.topics);
    const id = `prog-${i + 1}`;
    const industryCert = rand() < 0.04;
    const program: Program = {
      id,
      name: industryCert ? `${base} Industry Certification Prep` : `${base} ${suffix}`,
      institution: institution.id,
      field: spec.field.id,
      url: `https://example.org/colleges/${institution.id}/programs/${id}`,
      description: `${pick(QUALITIES)} ${spec.field.name.toLowerCase()} program at ${institution.name}, covering ${topicA} and ${topicB}. Prepares students for work as ${(spec.occupations[0] as { title: string }).title.toLowerCase()}.`,
      credential: industryCert
        ? { name: pick(spec.certifications), category: 'industry-certification' }
        : { name: pick(CREDENTIAL_NAMES), category: rand() < 0.03 ? 'diploma' : 'certificate' },
      timeToComplete: duration,
      numberOfCredits: credits,
      modes: pick(MODE_SETS),
      financialAidEligible: credits >= 16 && rand() < 0.9,
      startDates: pick(START_DATE_SETS),
      prerequisites: pick(PREREQUISITE_SETS),
      occupations: spec.occupations,
      certifications: rand() < 0.5 ? spec.firstCertification : spec.certifications,
    };
    if (rand() < 0.95) program.cost = { amount: credits * int(18, 55) * 5, currency: 'USD' };
    programs[i] = program;
    if (rand() < 0.3) addOutcome({ type: 'program', id });
  }

  for (const f of fields) addOutcome({ type: 'field', id: f.id });
  for (let i = 0; i < Math.min(institutionCount, 10); i++) addOutcome({ type: 'institution', id: (institutions[i] as Institution).id });
  addOutcome({ type: 'consortium' });

  const sources: Source[] = [
    {
      id: SOURCE_ID,
      name: GENERATED,
      publisher: 'stem-widgets data generator',
      description:
        'Every record and figure in this document was generated at random for tests and benchmarks. None of it describes a real program or outcome.',
    },
  ];

  const doc: GeneratedDocument = {
    contractVersion: '1.0',
    publisher: { name: GENERATED },
    dateModified: '2026-01-01T00:00:00Z',
    language: 'en',
    fields,
    institutions,
    programs,
    sources,
    outcomes,
  };
  if (memberCount > 0) doc.members = generateMembers(memberCount, rand);
  return doc;
}

const ORG_WORDS = [
  'Science',
  'Engineering',
  'Mathematics',
  'Technology',
  'Computing',
  'STEM Learning',
  'Physics',
  'Chemistry',
  'Robotics',
  'Data Science',
] as const;
const ORG_KINDS = ['Association', 'Society', 'Alliance', 'Foundation', 'Partnership', 'Council', 'Institute', 'Network'] as const;
const ORG_QUALIFIERS = ['National', 'American', 'United', 'Regional', 'Coastal', 'Midwest', 'Southern', 'Pacific'] as const;
const SECTOR_LIST: readonly Member['sector'][] = [
  'nonprofit',
  'nonprofit',
  'professional-society',
  'professional-society',
  'industry',
  'foundation',
  'college',
  'government',
  'other',
];

function generateMembers(count: number, rand: () => number): Member[] {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const members: Member[] = new Array<Member>(count);
  for (let i = 0; i < count; i++) {
    const id = `member-${i + 1}`;
    const role: Member['memberships'][number]['role'] = i === 0 ? 'chair' : i < 4 ? 'co-chair' : i < 12 ? 'leadership-council' : 'member';
    const since = 2008 + Math.floor(rand() * 17);
    const membership =
      role === 'member'
        ? { role, since: String(since), asOf: '2025' }
        : { role, body: 'Leadership Council', since: String(since), asOf: '2025' };
    members[i] = {
      id,
      name: `${pick(ORG_QUALIFIERS)} ${pick(ORG_WORDS)} ${pick(ORG_KINDS)} ${i + 1}`,
      url: `https://example.org/members/${id}`,
      description: `Generated member organisation ${i + 1} (not real).`,
      sector: pick(SECTOR_LIST),
      region: pick(CITIES)[1],
      memberships: [membership],
    };
  }
  return members;
}
