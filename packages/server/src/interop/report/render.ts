// Renders the progress report to PDF bytes with pdfmake, using the Roboto font shipped inside pdfmake:
// no network (every URL is refused) and no file outside that font folder is read.
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import pdfmake from 'pdfmake';
import type { PersonRecord } from '../record.ts';
import { type ClinicianReportOptions, clinicianReportDocument } from './clinician-document.ts';
import { type ReportOptions, reportDocument } from './document.ts';

const require = createRequire(import.meta.url);
const regular = require.resolve('pdfmake/fonts/Roboto/Roboto-Regular.ttf');
const fontDir = dirname(regular);

pdfmake.setFonts({
  Roboto: {
    normal: regular,
    bold: `${fontDir}/Roboto-Medium.ttf`,
    italics: `${fontDir}/Roboto-Italic.ttf`,
    bolditalics: `${fontDir}/Roboto-MediumItalic.ttf`,
  },
});
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((path) => dirname(path) === fontDir);

export function renderReport(record: PersonRecord, options: ReportOptions): Promise<Buffer> {
  return pdfmake.createPdf(reportDocument(record, options)).getBuffer();
}

/** The clinician report (to a GP or an insurer): third person, identifiers, measures against MCID. */
export function renderClinicianReport(
  record: PersonRecord,
  options: ClinicianReportOptions,
): Promise<Buffer> {
  return pdfmake.createPdf(clinicianReportDocument(record, options)).getBuffer();
}
