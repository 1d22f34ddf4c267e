import type { SectionName } from '../contract/vocabulary.js';
import { CSV_COLUMNS, translationColumn, type CsvColumn } from './csv-columns.js';

/**
 * One example record per file, naming each other as a real document would: the program is at
 * the institution, in the field, and the outcome cites the source. Illustrative, and says so.
 */
export const TEMPLATE_EXAMPLES: Record<SectionName, Record<string, unknown>> = {
  fields: {
    id: 'cybersecurity',
    name: 'Cybersecurity',
    cip: { code: '11.1003', version: '2020' },
    description: 'Securing networks and information systems.',
    translations: { es: { name: 'Ciberseguridad', description: 'Protección de redes y sistemas de información.' } },
  },
  institutions: {
    id: 'example-cc',
    name: 'Example Community College',
    url: 'https://www.example.edu',
    address: { streetAddress: '101 College Parkway', locality: 'Arnold', region: 'MD', postalCode: '21012', country: 'US' },
    geo: { latitude: 39.032, longitude: -76.503 },
    translations: { es: { name: 'Colegio Comunitario de Ejemplo' } },
  },
  programs: {
    id: 'example-cc-cyber',
    name: 'Cyber Technology Certificate',
    institution: 'example-cc',
    field: 'cybersecurity',
    url: 'https://www.example.edu/cyber',
    description: 'Network security, system administration and incident response, in one year.',
    credential: {
      name: 'Certificate of Completion',
      category: 'certificate',
      translations: { es: { name: 'Certificado de finalización' } },
    },
    timeToComplete: 'P1Y',
    numberOfCredits: 30,
    modes: ['in-person', 'hybrid'],
    cost: { amount: 4350, currency: 'USD', description: 'Estimated in-district tuition and fees' },
    financialAidEligible: true,
    startDates: ['2027-01-25', '2027-08-30'],
    prerequisites: ['High school diploma or GED', 'Placement into college-level English'],
    occupations: [
      { soc: '15-1212', title: 'Information Security Analysts' },
      { soc: '15-1231', title: 'Computer Network Support Specialists' },
    ],
    certifications: ['CompTIA Security+'],
    translations: {
      es: {
        name: 'Certificado en Tecnología Cibernética',
        description: 'Seguridad de redes, administración de sistemas y respuesta a incidentes, en un año.',
      },
    },
  },
  sources: {
    id: 'example-report',
    name: 'Example program outcomes report (illustrative figures)',
    publisher: 'Example Community College',
    datePublished: '2026-06',
    description: 'Illustrative figures for the template; replace them with your source.',
    translations: {
      es: {
        name: 'Informe de resultados del programa de ejemplo (cifras ilustrativas)',
        description: 'Cifras ilustrativas para la plantilla; reemplácelas con las de su fuente.',
      },
    },
  },
  outcomes: {
    id: 'example-cc-cyber-completion',
    subject: { type: 'program', id: 'example-cc-cyber' },
    metric: 'completion-rate',
    status: 'reported',
    value: 62,
    valueQualifier: 'approximately',
    unit: 'percent',
    cohort: { size: 48, label: 'Entering students, fall 2024' },
    period: { start: '2024-08', end: '2025-07' },
    population: 'Students who started the program',
    source: 'example-report',
    caveats: ['Illustrative figure; replace it with your own.'],
    translations: {
      es: { population: 'Estudiantes que comenzaron el programa', caveats: ['Cifra ilustrativa; reemplácela con la suya.'] },
    },
  },
  members: {
    id: 'example-cc',
    name: 'Example Community College',
    url: 'https://www.example.edu',
    description: 'A community college of the consortium.',
    sector: 'college',
    region: 'MD',
    memberships: [{ role: 'member', body: 'Leadership Council', since: '2019', asOf: '2026' }],
    translations: { es: { name: 'Colegio Comunitario de Ejemplo', description: 'Un colegio comunitario del consorcio.' } },
  },
};

/**
 * The texts whose Spanish column (`name@es`) the templates show, next to the column it
 * translates, so that staff see how a translation is written: what visitors read first.
 */
export const TEMPLATE_TRANSLATIONS: Record<SectionName, readonly string[]> = {
  fields: ['name', 'description'],
  institutions: ['name'],
  programs: ['name', 'description', 'credential.name'],
  sources: ['name', 'description'],
  outcomes: ['population', 'caveats'],
  members: ['name', 'description'],
};

/** A section's template columns: the CSV columns, each text of TEMPLATE_TRANSLATIONS followed by its `@es` column. */
export function templateColumns(section: SectionName): CsvColumn[] {
  return CSV_COLUMNS[section].flatMap((column) =>
    TEMPLATE_TRANSLATIONS[section].includes(column.name) ? [column, translationColumn(column, 'es')] : [column],
  );
}

function valueAt(record: Record<string, unknown>, path: string[]): unknown {
  return path.reduce<unknown>(
    (node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined),
    record,
  );
}

/** A record's cell for one column, as a person would type it: list items one per line. */
function cellOf(record: Record<string, unknown>, column: CsvColumn): string {
  const value = valueAt(record, column.path);
  if (value === undefined) return '';
  if (column.itemPath) return (value as Record<string, unknown>[]).map((item) => String(valueAt(item, column.itemPath!) ?? '')).join('\n');
  if (Array.isArray(value)) return value.map(String).join('\n');
  return String(value);
}

/** A section's template as cells: the header row and the example row, as templateCsv writes them. */
export function templateRows(section: SectionName): string[][] {
  const columns = templateColumns(section);
  return [columns.map((c) => c.name), columns.map((c) => cellOf(TEMPLATE_EXAMPLES[section], c))];
}

/** RFC 4180 quoting: only where a comma, a quote or a line break needs it. */
const quote = (cell: string) => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);

/**
 * A section's CSV template: the header row and one example row, with Windows line endings and a
 * byte order mark, which is how Excel reads UTF-8 text correctly.
 */
export function templateCsv(section: SectionName): string {
  const rows = templateRows(section);
  return '\uFEFF' + rows.map((row) => row.map(quote).join(',')).join('\r\n') + '\r\n';
}
