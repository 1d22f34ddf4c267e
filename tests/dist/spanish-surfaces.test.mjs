// Every surface of the tools in Spanish with no English in it, and in English with no Spanish: the
// command line (by --lang es, and by the environment's LANG or LC_MESSAGES), the data checker and
// the embed builder (by their language switch), on a valid file, a file with problems and one that
// cannot be read. Run after `npm run build` and `npm run build:site`.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import puppeteer from 'puppeteer-core';
import { findChrome } from '../../scripts/find-chrome.mjs';
import { CHROME_ARGS } from '../../scripts/chrome-args.mjs';
import { serveStatic } from '../../scripts/static-server.mjs';

const ROOT = resolve('.');
const CLI = join(ROOT, 'dist/cli.js');
const FIXTURES = join(ROOT, 'tests/dist/fixtures');
const STAFF_SHEETS = join(ROOT, 'tests/dist/staff-sheets');
const SAMPLE = JSON.parse(readFileSync('src/sample/consortium.json', 'utf8'));
const CHECKER = 'site/src/demo/checker.html';
const BUILDER = 'site/src/demo/builder.html';

// What a correct text may hold in either language: addresses, paths and file names, options,
// identifiers (stem-widgets, in-person, es-MX, Access-Control-Allow-Origin), values in quotes
// without spaces (ids, property names, closed-list values), tags, and names of products.
const NEUTRAL = [
  /\bhttps?:\/\/\S+/g,
  /\S*[/\\]\S*/g,
  /\b[\w-]+\.(json|csv|xlsx|js|zip|tgz)\b/gi,
  /(^|[\s(])--?[a-z][\w-]*(=\S+)?/gim,
  /<[^<>\s][^<>]*>/g,
  /'[^'\s]*'|"[^"\s]*"|`[^`]*`/g,
  /\b\w+(?:[-_.]\w+)+\b/g,
  /\b(stem-widgets|widgets?|JSON|CSV|Excel|UTF|HTTP|URL|ISO|CIP|SOC|npm|Ctrl|Mac|LC_ALL|LC_MESSAGES|LANG|Maryland STEM Consortium)\b/g,
  // The command line's commands are what a person types.
  /\b(validate|import|templates|help)\b/g,
];
/** Whole words only, letters with accents counted as letters (JavaScript's \b is ASCII's: "prohíbe" would hold "be"). */
const words = (list, flags = 'giu') => new RegExp(`(?<![\\p{L}\\p{N}_])(?:${list})(?![\\p{L}\\p{N}_])`, flags);
/** Words that occur in English sentences and never in correct Spanish ones. */
const ENGLISH = words(
  'the|and|or|of|to|in|on|at|for|from|with|without|is|are|was|were|be|been|not|this|that|these|those|it|its|have|had|which|what|where|when|will|would|could|cannot|must|should|there|here|your|you|please|then|than|but|by|if|into|only|every|each|some|more|other|such|expected|got|missing|required|invalid|valid|file|files|folder|row|rows|column|line|record|records|shown|show|left|written|read|write|wrote|nothing|problem|problems|warning|warnings|errors|issue|issues|usage|options|option|command|commands|arguments|display|output|number|version|language|check|choose|paste|drop|preview|sample|apply|fix|fixes|suggested|download|loaded|loading|copy|copied|snippet|address|page|site|document|documents|property|properties|contract|unknown|instead|mean|did|see|above|below|default|none|empty',
);
/** Words and letters of Spanish sentences that English ones never have. */
const SPANISH = new RegExp(
  `${words('el|la|los|las|del|que|se|con|para|por|una|unos|está|están|su|sus|archivo|archivos|datos|línea|columna|fila|más|también|pero|ningún|ninguna|hay|puede|debe').source}|[áéíóúñ¿¡]`,
  'giu',
);

/** The words of `pattern` in `text` once what is neutral is taken out, each with its line. */
function found(pattern, text) {
  const hits = [];
  for (const line of text.split('\n')) {
    const rest = NEUTRAL.reduce((t, p) => t.replace(p, " "), line);
    for (const match of rest.matchAll(pattern)) hits.push(`"${match[0]}" in: ${line.trim()}`);
  }
  return hits;
}
const assertSpanish = (text, where) => assert.deepEqual(found(ENGLISH, text), [], `English in ${where}:\n${text}`);
const assertEnglish = (text, where) => assert.deepEqual(found(SPANISH, text), [], `Spanish in ${where}:\n${text}`);

// The same document twice, its names in each language: data is the partner's, not the tool's.
function documentIn(lang) {
  const es = lang === 'es';
  return {
    contractVersion: '1.1',
    publisher: { name: es ? 'Consorcio Técnico del Sur' : 'Southern Technical Consortium' },
    dateModified: '2026-05-01',
    // Said, so that the widgets do not mark the Spanish names as English (contract 1.1).
    language: lang,
    fields: [{ id: 'ciber', name: es ? 'Ciberseguridad' : 'Cybersecurity', cip: { code: '11.1003', version: '2020' } }],
    institutions: [
      {
        id: 'norte',
        name: es ? 'Colegio Comunitario Norte' : 'North Community College',
        url: 'https://norte.example.edu',
        address: { locality: 'Arnold', region: 'MD', country: 'US' },
      },
    ],
    programs: [
      {
        id: 'norte-ciber',
        name: es ? 'Técnico en Ciberseguridad' : 'Cybersecurity Technician',
        institution: 'norte',
        field: 'ciber',
        credential: { name: es ? 'Certificado técnico' : 'Technical certificate', category: 'certificate' },
        timeToComplete: 'P1Y',
        modes: ['in-person'],
        cost: { amount: 4350, currency: 'USD' },
      },
      {
        id: 'norte-redes',
        name: es ? 'Administración de Redes' : 'Network Administration',
        institution: 'norte',
        field: 'ciber',
        credential: { name: es ? 'Certificado técnico' : 'Technical certificate', category: 'certificate' },
        timeToComplete: 'P6M',
        modes: ['online'],
      },
    ],
    sources: [{ id: 'informe', name: es ? 'Informe de resultados 2026' : 'Outcomes report 2026', publisher: 'Arnold', datePublished: '2026-06' }],
    outcomes: [
      {
        id: 'norte-ciber-finalizacion',
        subject: { type: 'program', id: 'norte-ciber' },
        metric: 'completion-rate',
        status: 'reported',
        value: 62,
        unit: 'percent',
        cohort: { size: 48 },
        population: es ? 'Estudiantes que comenzaron el programa' : 'Students who started the program',
        period: { start: '2024-08', end: '2025-07' },
        source: 'informe',
      },
    ],
    members: [{ id: 'norte', name: es ? 'Colegio Comunitario Norte' : 'North Community College', sector: 'college', region: 'MD', memberships: [{ role: 'member', asOf: '2026' }] }],
  };
}

/** The document with a mistake of each kind: fixable values, a misspelt and an unknown property, a broken reference. */
function problemsIn(lang) {
  const doc = documentIn(lang);
  doc.dateModified = '30/08/2026';
  doc.programs[0].timeToComplete = lang === 'es' ? '1 año' : '1 year';
  doc.programs[0].descripton = 'x';
  doc.programs[0].notasInternas = 'x';
  doc.programs[1].institution = 'sur';
  doc.outcomes[0].value = 162;
  return doc;
}

// ---------------------------------------------------------------- the command line

/** The environment of a terminal in `locale` (a POSIX locale name), with nothing else saying a language. */
function terminal(settings) {
  const env = { ...process.env };
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG', 'LANGUAGE']) delete env[name];
  return { ...env, ...settings };
}

function run(args, cwd, env) {
  return new Promise((done) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => done({ code, stdout, stderr, text: stdout + stderr }));
  });
}

/** A folder with a valid file, a file with problems, unreadable ones, and the staff's CSV files with mistakes. */
function workspace(lang) {
  const dir = mkdtempSync(join(tmpdir(), `stem-${lang}-`));
  writeFileSync(join(dir, 'valid.json'), JSON.stringify(documentIn(lang), null, 2));
  writeFileSync(join(dir, 'problems.json'), JSON.stringify(problemsIn(lang), null, 2));
  writeFileSync(join(dir, 'empty.json'), '');
  writeFileSync(join(dir, 'broken.json'), '{\n  "contractVersion": "1.0",\n  "programs": [,]\n}\n');
  mkdirSync(join(dir, 'sheets'));
  for (const f of readdirSync(FIXTURES)) copyFileSync(join(FIXTURES, f), join(dir, 'sheets', f));
  // A bad optional value (a warning), a credential no list has (an error: nothing is written) and an unknown college.
  const programs = readFileSync(join(FIXTURES, 'programs.csv'), 'utf8')
    .replace('P9M,24,online', `P9M,${lang === 'es' ? 'veinte' : 'twenty'},online`)
    .replace(',certificate,P1Y,', `,${lang === 'es' ? 'grado' : 'degree'},P1Y,`)
    .replace(',cc-north,cybersecurity,', ',sur,cybersecurity,');
  writeFileSync(join(dir, 'sheets/programs.csv'), programs);
  mkdirSync(join(dir, 'good-sheets'));
  for (const f of readdirSync(FIXTURES)) copyFileSync(join(FIXTURES, f), join(dir, 'good-sheets', f));
  mkdirSync(join(dir, 'no-sheets'));
  writeFileSync(join(dir, 'taken.json'), '{}');
  return dir;
}

/** Everything a person can run, in order: help, validate, import, templates, and mistyped commands. */
const RUNS = [
  ['--help'],
  ['validate', '--help'],
  ['import', '--help'],
  ['templates', '--help'],
  ['help', 'import'],
  ['validate', 'valid.json'],
  ['validate', 'problems.json'],
  ['validate', '--strict', 'problems.json'],
  ['validate', 'valid.json', 'problems.json', 'no-such.json', 'empty.json', 'broken.json', '.'],
  ['import', 'sheets', '--publisher', 'X', '--date', '30/08/2026'],
  ['import', 'good-sheets', '--publisher', 'X', '--out', 'taken.json'],
  ['import', 'good-sheets', '--publisher', 'X', '--out', 'new.json'],
  ['import', 'no-sheets', '--publisher', 'X'],
  ['templates', 'plantillas'],
  ['templates', 'plantillas'],
  ['templates', 'libro', '--xlsx'],
  ['validar', 'valid.json'],
  ['validate', '--jsn', 'valid.json'],
  ['validate'],
  ['import', 'sheets'],
  ['templates', 'a', 'b'],
];

/**
 * One run of each kind of line (commander's help and its errors, validate's reports, import's and
 * templates' lines). The command line picks its language once, before it parses (src/cli/main.ts):
 * these show which one a way of asking picked; RUNS, whole, shows that every line then speaks it.
 */
const ONE_OF_EACH = [
  ['--help'],
  ['validate', '--strict', 'problems.json'],
  ['validate', 'valid.json', 'problems.json', 'no-such.json', 'empty.json', 'broken.json', '.'],
  ['import', 'sheets', '--publisher', 'X', '--date', '30/08/2026'],
  ['templates', 'plantillas'],
  ['validar', 'valid.json'],
  ['templates', 'a', 'b'],
];

/** What the command line prints for each run, in a fresh workspace. */
async function everything(lang, env, extra = [], runs = RUNS) {
  const cwd = workspace(lang);
  const outputs = [];
  for (const args of runs) {
    const { text } = await run([...extra, ...args], cwd, env);
    outputs.push([args.join(' '), text]);
  }
  return outputs;
}

for (const [how, extra, env, runs] of [
  ['--lang es', ['--lang', 'es'], terminal({ LANG: 'C.UTF-8' }), RUNS],
  ['LANG=es_US.UTF-8', [], terminal({ LANG: 'es_US.UTF-8' }), ONE_OF_EACH],
  ['LC_MESSAGES=es_MX.UTF-8 over LANG=en_US.UTF-8', [], terminal({ LANG: 'en_US.UTF-8', LC_MESSAGES: 'es_MX.UTF-8' }), ONE_OF_EACH],
]) {
  test(`the command line in Spanish (${how}): help, every report, import and template line, and commander's errors`, async () => {
    for (const [args, text] of await everything('es', env, extra, runs)) {
      assert.notEqual(text.trim(), '', args);
      assertSpanish(text, `stem-widgets ${args}`);
    }
  });
}

test('the command line in English (LANG=C, LC_ALL=C over LANG=es_US.UTF-8, --lang en over LANG=es_US.UTF-8)', async () => {
  for (const [extra, env, runs] of [
    [[], terminal({ LANG: 'C.UTF-8' }), RUNS],
    [[], terminal({ LANG: 'es_US.UTF-8', LC_ALL: 'C' }), ONE_OF_EACH],
    [['--lang', 'en'], terminal({ LANG: 'es_US.UTF-8' }), ONE_OF_EACH],
  ]) {
    for (const [args, text] of await everything('en', env, extra, runs)) {
      assert.notEqual(text.trim(), '', args);
      assertEnglish(text, `stem-widgets ${extra.join(' ')} ${args}`);
    }
  }
});

test('the command line in Spanish says what it does in Spanish words a person recognises', async () => {
  const cwd = workspace('es');
  const env = terminal({ LANG: 'es_US.UTF-8' });
  const help = await run(['--help'], cwd, env);
  assert.match(help.stdout, /^Uso: stem-widgets \[opciones\] \[comando\]/);
  assert.match(help.stdout, /--lang <idioma>/);
  assert.match((await run(['validate', 'valid.json'], cwd, env)).stdout, /valid\.json: válido: 1 campo, 1 institución, 2 programas, 1 fuente, 1 resultado, 1 miembro/);
  const problems = await run(['validate', 'problems.json'], cwd, env);
  assert.equal(problems.code, 1);
  assert.match(problems.stdout, /aviso +\/programs\/0\/timeToComplete +línea \d+, columna \d+: .*Escriba "P1Y" en su lugar/);
  assert.match(problems.stdout, /¿Quiso decir 'description'\?/);
  const unreadable = await run(['validate', 'broken.json', 'empty.json'], cwd, env);
  assert.equal(unreadable.code, 2);
  assert.match(unreadable.stdout, /broken\.json: no se pudo leer: no es JSON válido \(línea 3, columna 16\): Esto no es JSON válido: se esperaba aquí un valor/);
  assert.match(unreadable.stdout, /empty\.json: no se pudo leer: el archivo está vacío/);
  // An unknown --lang is said in the environment's language, and is exit code 2.
  const french = await run(['--lang', 'fr', 'validate', 'valid.json'], cwd, env);
  assert.equal(french.code, 2);
  assertSpanish(french.stderr, '--lang fr');
  assert.match(french.stderr, /--lang admite en \(inglés\) o es \(español\)/);
  // --lang after the command works too.
  assert.match((await run(['validate', 'valid.json', '--lang', 'en'], cwd, env)).stdout, /valid\.json: valid: /);
});

test('validate --json in Spanish: the same keys and values as in English, the messages translated', async () => {
  const cwd = workspace('es');
  const spanish = JSON.parse((await run(['validate', '--json', 'problems.json', 'empty.json'], cwd, terminal({ LANG: 'es_US.UTF-8' }))).stdout);
  const english = JSON.parse((await run(['validate', '--json', 'problems.json', 'empty.json'], cwd, terminal({ LANG: 'C' }))).stdout);
  const shape = (value) =>
    JSON.stringify(value, (key, v) => (key === 'message' || key === 'error' ? typeof v : v));
  assert.equal(shape(spanish), shape(english), 'only the messages differ');
  const messages = spanish.files.flatMap((f) => [f.error ?? '', ...f.issues.map((i) => i.message)]).join('\n');
  assertSpanish(messages, 'the JSON messages');
  assert.match(messages, /el archivo está vacío/);
});

test('import of the staff sheets in Spanish: every line this command writes, and its summary, in Spanish', async () => {
  const { code, stderr } = await run(['import', STAFF_SHEETS, '--publisher', 'Personal'], mkdtempSync(join(tmpdir(), 'stem-es-')), terminal({ LANG: 'es_US.UTF-8' }));
  assert.equal(code, 0, stderr);
  const lines = stderr.trimEnd().split('\n');
  const summary = lines.pop();
  assert.equal(summary, '2 campos, 2 instituciones, 4 programas, 1 fuente, 1 resultado, 1 miembro (11 filas leídas; registros escritos: 11; omitidos: 0).');
  // Every line: what names the place (the severity, the file and the column), then the note's own
  // words (csv-import.ts's: how each column was read, and the kind of value in suggest.ts's words).
  for (const line of lines) {
    const place = /^ {2}(nota|aviso|error|fatal) +([^:]+): /.exec(line);
    assert.ok(place, `a line this command frames: ${line}`);
    assertSpanish(place[0], 'the place of a note');
    // The note itself: how the column was read, in Spanish; its example is the sheet's own data.
    const note = /^se leyó como lo escribe el contrato \((.+)\) en las? filas? [\d, y]+, por ejemplo .+ → .+$/.exec(line.slice(place[0].length));
    assert.ok(note, `a note in Spanish: ${line}`);
    assertSpanish(line.slice(0, line.lastIndexOf(', por ejemplo ')), 'a note');
  }
  assert.ok(lines.includes('  nota    programs.csv, columna M (startDates): se leyó como lo escribe el contrato (fecha de EE. UU. (mes/día/año)) en las filas 2 y 5, por ejemplo 8/30/2027 → 2027-08-30'), stderr);
  assert.ok(lines.includes('  nota    institutions.csv, columna F (URL): se leyó como lo escribe el contrato (dirección web sin https://) en la fila 2, por ejemplo www.lakeshore.example.edu → https://www.lakeshore.example.edu'), stderr);
  assert.ok(lines.some((l) => /columna G \(timeToComplete\): .*\(duración en palabras\) en las filas 2, 3, 4 y 5, /.test(l)), stderr);
});

/** The staff's CSV files with header mistakes: translation columns that cannot be, unknown and misspelt columns, a column twice, a formula. */
function badHeaders() {
  const dir = mkdtempSync(join(tmpdir(), 'stem-headers-'));
  mkdirSync(join(dir, 'sheets'));
  for (const f of readdirSync(FIXTURES)) copyFileSync(join(FIXTURES, f), join(dir, 'sheets', f));
  const programs = readFileSync(join(FIXTURES, 'programs.csv'), 'utf8').replace(
    /^(.*)\n/,
    (_, header) => `${header.replace(',institution,', ',instituton,')},id@es,cost.amount@es,name@spanish,nmae@es,name@x1,name@sp,colour,name@es,Name@ES\n`,
  );
  writeFileSync(join(dir, 'sheets/programs.csv'), programs);
  const fields = readFileSync(join(FIXTURES, 'fields.csv'), 'utf8').replace('15.0403,2020,', '15.0403,2020,"=HYPERLINK(""https://example.com"")"');
  writeFileSync(join(dir, 'sheets/fields.csv'), fields);
  return dir;
}

test('import in Spanish of sheets with bad translation columns and unknown ones: every problem in Spanish, the same problems as in English', async () => {
  const cwd = badHeaders();
  const spanish = await run(['import', 'sheets', '--publisher', 'X'], cwd, terminal({ LANG: 'es_US.UTF-8' }));
  const english = await run(['import', 'sheets', '--publisher', 'X'], cwd, terminal({ LANG: 'C' }));
  assert.equal(spanish.code, english.code);
  assert.notEqual(spanish.code, 0, 'a column twice and one missing: nothing is written');
  const lines = spanish.stderr.trimEnd().split('\n');
  assert.equal(lines.length, english.stderr.trimEnd().split('\n').length, `${spanish.stderr}\n${english.stderr}`);
  assertSpanish(spanish.stderr, 'the problems of the headers');
  const said = (pattern) => assert.ok(lines.some((l) => pattern.test(l)), `${pattern} in:\n${spanish.stderr}`);
  said(/aviso +programs\.csv, fila 1, columna P \(id@es\): se ignoró la columna "id@es": id no se puede traducir \(los identificadores, códigos, números, fechas y valores de una lista cerrada nunca se traducen\)\. Las columnas de programs\.csv que se pueden traducir son .+ y .+, cada una con @ y el idioma, por ejemplo name@es$/);
  said(/columna R \(name@spanish\): se ignoró la columna "name@spanish": "spanish" no es una etiqueta de idioma\. ¿Quiso decir "name@es"\? Cambie el nombre de la columna$/);
  said(/columna S \(nmae@es\): columna desconocida "nmae@es"; se ignoró\. ¿Quiso decir "name@es"\? Cambie el nombre de la columna$/);
  said(/columna T \(name@x1\): .*"x1" no es una etiqueta de idioma\. Escriba la columna como name@ y una etiqueta como es, es-US o fr: "name@es"$/);
  said(/columna U \(name@sp\): la columna "name@sp" se lee como una traducción a "sp", que no es la etiqueta de ningún idioma\. Si se refiere al español, cambie el nombre de la columna a "name@es"$/);
  said(/columna V \(colour\): columna desconocida "colour"; se ignoró$/);
  said(/error +programs\.csv, fila 1, columna X \(Name@ES\): la columna "name@es" aparece dos veces$/);
  said(/columna C \(instituton\): falta la columna "institution": "instituton" parece un error de escritura de ese nombre\. Cambie el nombre de la columna a "institution"$/);
  said(/aviso +fields\.csv, columna E \(description\): la fila 3 contiene lo que una hoja de cálculo ejecutaría como fórmula, por ejemplo =HYPERLINK/);
  assert.match(lines.at(-1), /^No se escribió nada: /);
});

test('import of workbooks in Spanish: a file that is no workbook, sheets not named as sections', async () => {
  const cwd = mkdtempSync(join(tmpdir(), 'stem-es-'));
  const env = terminal({ LANG: 'es_US.UTF-8' });
  writeFileSync(join(cwd, 'zip.xlsx'), 'PK\u0003\u0004 no workbook');
  const zip = await run(['import', 'zip.xlsx', '--publisher', 'X'], cwd, env);
  assertSpanish(zip.stderr, 'a zip file that is no workbook');
  assert.match(zip.stderr, /fatal +zip\.xlsx: no es un libro de Excel \(\.xlsx\): es un archivo zip, pero no contiene ningún libro; guárdelo como Libro de Excel/);
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Programa').addRow(['id']);
  workbook.addWorksheet('Hoja1');
  await workbook.xlsx.writeFile(join(cwd, 'libro.xlsx'));
  const sheets = await run(['import', 'libro.xlsx', '--publisher', 'X'], cwd, env);
  assertSpanish(sheets.stderr, 'sheets not named as sections');
  assert.match(sheets.stderr, /aviso +libro\.xlsx, hoja Programa: se ignoró la hoja "Programa": ¿quiso decir "programs"\? Las hojas que se leen se llaman fields, /);
  assert.match(sheets.stderr, /fatal +libro\.xlsx: ninguna hoja se llama como una sección \(fields, .*\); las hojas de este libro son "Programa", "Hoja1"/);
});

// ---------------------------------------------------------------- the demo pages

let server;
let otherSite;
let browser;

before(async () => {
  server = await serveStatic('.');
  otherSite = await serveStatic('.');
  browser = await puppeteer.launch({ executablePath: findChrome().path, headless: true, args: CHROME_ARGS });
});

after(async () => {
  await browser?.close();
  await server?.close();
  await otherSite?.close();
});

async function open(path) {
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(e.message));
  await page.setViewport({ width: 1280, height: 900 });
  await page.goto(`${server.url}/${path}`, { waitUntil: 'networkidle0' });
  await page.waitForSelector('.language-switch');
  return { page, problems };
}

/**
 * Every text a person sees or hears on the page: text of rendered elements, in the page and in
 * the widgets' shadow roots, the title, and the names screen readers read (aria-label, title,
 * placeholder, alt). Code (<code>, <pre>) and what the person typed are data. An option or a
 * check box that shows its own attribute value (`grid`, `in-person`) is a value as written in the
 * snippet. A part the page marks as another language (the switch's "English") is left out, and listed.
 * Options of a list count when the list is shown, as a person opens it.
 */
function visibleText(page) {
  return page.evaluate(() => {
    const pageLang = document.documentElement.lang;
    const texts = [document.title];
    const otherLanguage = [];
    const asWritten = (el, text) => {
      const option = el.closest('option');
      if (option) return option.value === text;
      const input = el.closest('label')?.querySelector('input[type="checkbox"], input[type="radio"]');
      return input ? input.value === text : false;
    };
    const walk = (root) => {
      for (const node of root.childNodes) {
        if (node.nodeType === Node.TEXT_NODE) {
          const el = node.parentElement ?? root.host;
          const text = node.textContent.trim();
          // An option is seen when its list is opened: it counts when the list is shown.
          const box = el.closest('select') ?? el;
          if (text && box.checkVisibility({ visibilityProperty: true }) && !asWritten(el, text)) texts.push(text);
          continue;
        }
        if (node.nodeType !== Node.ELEMENT_NODE) continue;
        const el = node;
        if (['SCRIPT', 'STYLE', 'CODE', 'PRE', 'TEXTAREA', 'TEMPLATE'].includes(el.tagName)) continue;
        if (el.hasAttribute('lang') && el.getAttribute('lang') !== pageLang) {
          otherLanguage.push(`${el.localName}: ${el.textContent.trim()}`);
          continue;
        }
        if (el.checkVisibility({ visibilityProperty: true })) {
          for (const name of ['aria-label', 'title', 'placeholder', 'alt']) if (el.getAttribute(name)) texts.push(el.getAttribute(name));
        }
        if (el.shadowRoot) walk(el.shadowRoot);
        walk(el);
      }
    };
    walk(document.body);
    return { text: texts.join('\n'), otherLanguage };
  });
}

/** The page's text in its language: only the other language's name on the switch is marked as another. */
async function pageText(page, other) {
  const { text, otherLanguage } = await visibleText(page);
  assert.deepEqual(otherLanguage, [`button: ${other}`], 'only the switch names the other language in it');
  return text;
}

const switchTo = async (page, lang) => {
  await page.click(`.language-switch button[lang="${lang}"]`);
  await page.waitForFunction((l) => document.documentElement.lang === l, {}, lang);
};

async function pasteAndCheck(page, text) {
  await page.$eval('#text', (el, t) => (el.value = t), text);
  await page.click('#check');
}

/** Waits for the checker's preview: every widget it shows rendered from the data. */
const previewShown = (page) =>
  page.waitForFunction(
    () => {
      const widgets = [...document.querySelectorAll('#preview-widgets stem-data > *')];
      return (
        widgets.length > 0 &&
        widgets.every((el) => el.shadowRoot?.querySelector('[part="card"], [part="figure"], [part="member"], [part="empty"], [part="error"]'))
      );
    },
    { timeout: 10000 },
  );

test('data checker in Spanish: the switch, the report of a bad document, its fixes, the preview and a text that is not JSON', async () => {
  const { page, problems } = await open(CHECKER);
  // Checked in English first: the switch says it all again in Spanish, the validator's messages too.
  await pasteAndCheck(page, JSON.stringify(problemsIn('es'), null, 2));
  await page.waitForSelector('#issues li');
  await switchTo(page, 'es');
  assert.match(page.url(), /\?lang=es$/, 'the address keeps the language');
  await page.click('#unknown summary');
  await previewShown(page);
  let text = await pageText(page, 'English');
  assertSpanish(text, 'the checker after the switch');
  assert.match(text, /Revisor de datos/);
  assert.match(text, /Programa 1 \(Técnico en Ciberseguridad\) › timeToComplete/);
  assert.match(await page.$eval('#summary', (p) => p.textContent), /^\d+ errore?s?, \d+ avisos?\. Los widgets muestran /);

  await page.click('#apply-fixes');
  await page.waitForSelector('#download:not([hidden])');
  await previewShown(page);
  text = await pageText(page, 'English');
  assertSpanish(text, 'the checker after the fixes');
  assert.match(await page.$eval('#fix-count', (p) => p.textContent), /^Se aplicaron \d+ correcciones/);

  await pasteAndCheck(page, '{\n  "contractVersion": "1.0",\n  "programs": [,]\n}');
  await page.waitForFunction(() => document.getElementById('preview').hidden);
  text = await pageText(page, 'English');
  assertSpanish(text, 'the checker on text that is not JSON');
  assert.match(text, /Esto no es JSON válido: se esperaba aquí un valor/);

  // Opened in Spanish from its address, before anything is checked.
  const fresh = await open(`${CHECKER}?lang=es`);
  assert.equal(await fresh.page.evaluate(() => document.documentElement.lang), 'es');
  assertSpanish(await pageText(fresh.page, 'English'), 'the checker opened in Spanish');
  assert.equal(await fresh.page.$eval('.demo-nav a[aria-current="page"]', (a) => a.getAttribute('href')), './checker.html?lang=es');
  assert.deepEqual([...problems, ...fresh.problems], []);
});

test('data checker in English, and back to English from Spanish: no Spanish', async () => {
  const doc = structuredClone(SAMPLE);
  doc.programs[3].timeToComplete = 'one year';
  doc.programs[4].descripton = 'x';
  doc.programs[5].institution = 'nowhere';
  doc.programs[6].internalNotes = 'x';
  const { page, problems } = await open(`${CHECKER}?lang=es`);
  await pasteAndCheck(page, JSON.stringify(doc));
  await page.waitForSelector('#issues li');
  await switchTo(page, 'en');
  assert.doesNotMatch(page.url(), /lang=/);
  await page.click('#unknown summary');
  await previewShown(page);
  const text = await pageText(page, 'Español');
  assertEnglish(text, 'the checker in English');
  const issues = await page.$$eval('#issues li', (lis) => lis.map((li) => li.textContent.replace(/\s+/g, ' ').trim()));
  assert.match(issues[0], /^Shown, but fix it Program 4 \(.+\) › timeToComplete: expected an ISO 8601 duration/);
  assert.deepEqual(problems, []);
});

/** Waits for the builder's preview widget to have rendered, and for its status to say `status`. */
async function builderShows(page, tag, status) {
  await page.waitForFunction(
    (t) => document.querySelector(`#preview-frame ${t}`)?.shadowRoot?.querySelector('[part="card"], [part="figure"], [part="member"], [part="empty"], [part="error"]'),
    { timeout: 10000 },
    tag,
  );
  if (status) await page.waitForFunction((s) => new RegExp(s).test(document.getElementById('preview-status').textContent), { timeout: 10000 }, status.source);
}

async function pasteInBuilder(page, text) {
  if (!(await page.$('#data-text'))) await page.click('input[name="data"][value="paste"]');
  await page.waitForSelector('#data-text');
  await page.$eval(
    '#data-text',
    (el, t) => {
      el.value = t;
      el.dispatchEvent(new Event('input', { bubbles: true }));
    },
    text,
  );
}

const chooseWidget = (page, tag) => page.click(`input[name="widget"][value="${tag}"]`);

test('embed builder in Spanish: every widget\'s controls and help, the status of a document with problems, of one it cannot use, and of a file it cannot read', async () => {
  const { page, problems } = await open(BUILDER);
  await builderShows(page, 'stem-program-finder');
  await switchTo(page, 'es');
  await pasteInBuilder(page, JSON.stringify(problemsIn('es')));
  for (const tag of ['stem-program-finder', 'stem-outcome-card', 'stem-member-directory']) {
    await chooseWidget(page, tag);
    await builderShows(page, tag, /^Datos cargados, con \d+ problemas/);
    const text = await pageText(page, 'English');
    assertSpanish(text, `the builder with ${tag}`);
    assert.match(text, /Generador de código/);
  }
  // A document the widget cannot use: the status is the builder's, all of it in Spanish.
  await chooseWidget(page, 'stem-program-finder');
  await pasteInBuilder(page, '{"contractVersion": "9.0", "programs": []}');
  await builderShows(page, 'stem-program-finder', /^No se pudieron usar los datos: /);
  const status = await page.$eval('#preview-status', (p) => p.textContent);
  assertSpanish(status, 'the status of a document the widget cannot use');
  assertSpanish(await pageText(page, 'English'), 'the builder with a document it cannot use');
  await pasteInBuilder(page, '{"contractVersion": "1.0", "programs": [');
  await builderShows(page, 'stem-program-finder', /^No se pudieron usar los datos: /);
  assertSpanish(await page.$eval('#preview-status', (p) => p.textContent), 'the status of a text that is not JSON');
  // A file on another site without CORS: the builder's own explanation, in Spanish.
  await page.click('input[name="data"][value="url"]');
  await page.waitForSelector('#data-url');
  await page.$eval(
    '#data-url',
    (el, url) => {
      el.value = url;
      el.dispatchEvent(new Event('change', { bubbles: true }));
    },
    `${otherSite.url}/site/src/sample/consortium.json`,
  );
  await page.waitForFunction(() => document.getElementById('preview-status').textContent.startsWith('Su navegador'), { timeout: 10000 });
  assertSpanish(await page.$eval('#preview-status', (p) => p.textContent), 'the status of a file without CORS');
  assert.deepEqual(problems, []);
});

test('embed builder: the previewed widget speaks its own lang, whatever the builder\'s', async () => {
  const { page } = await open(`${BUILDER}?lang=es`);
  await pasteInBuilder(page, JSON.stringify(documentIn('en')));
  await builderShows(page, 'stem-program-finder', /^Datos cargados\.$/);
  await page.select('#attr-lang', 'en');
  await page.waitForFunction(() => document.querySelector('#preview-frame stem-program-finder')?.getAttribute('lang') === 'en');
  await builderShows(page, 'stem-program-finder');
  const widget = await page.$eval('#preview-frame stem-program-finder', (el) => el.shadowRoot.textContent);
  assert.match(widget, /2 programs/);
  assert.equal(await page.$eval('#preview-status', (p) => p.textContent), 'Datos cargados.');
});

test('embed builder in English: no Spanish, and its help says what the manifest says', async () => {
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  const declared = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName && d.tagName !== 'stem-data');
  const { page, problems } = await open(`${BUILDER}?lang=es`);
  await builderShows(page, 'stem-program-finder');
  await switchTo(page, 'en');
  await pasteInBuilder(page, JSON.stringify(problemsIn('en')));
  const plain = (s) => (s ?? '').replace(/`/g, '').replace(/\s+/g, ' ').trim();
  for (const widget of declared) {
    await chooseWidget(page, widget.tagName);
    await builderShows(page, widget.tagName, /^Data loaded, with \d+ problems/);
    assertEnglish(await pageText(page, 'Español'), `the builder with ${widget.tagName}`);
    // The builder's own copy of each description (msg() needs the text) still says what the JSDoc says.
    const hints = await page.$$eval('[id^="hint-"]', (ps) => Object.fromEntries(ps.map((p) => [p.id.slice(5), p.textContent])));
    for (const attr of widget.attributes.filter((a) => a.name !== 'src')) {
      assert.equal(plain(hints[attr.name]), plain(attr.description), `${widget.tagName} ${attr.name}`);
    }
    const tokens = await page.$$eval('[id^="tokenhint"]', (ps) => Object.fromEntries(ps.map((p) => [p.id.slice(9), p.textContent])));
    for (const prop of widget.cssProperties ?? []) assert.match(plain(tokens[prop.name]), new RegExp(`^${plain(prop.description).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    const summary = await page.$eval(`input[name="widget"][value="${widget.tagName}"]`, (i) => i.closest('label').textContent);
    assert.equal(plain(summary), plain(`<${widget.tagName}> ${widget.summary}`));
  }
  assert.deepEqual(problems, []);
});
