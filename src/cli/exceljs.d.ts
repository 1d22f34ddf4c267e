// exceljs's Workbook alone, without its streaming reader and writer (archiver, unzipper): the
// same class as `import { Workbook } from 'exceljs'`, at less than half the bundled size.
declare module 'exceljs/lib/doc/workbook.js' {
  import { Workbook } from 'exceljs';
  export default Workbook;
}
