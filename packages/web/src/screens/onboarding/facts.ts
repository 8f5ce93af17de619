// The three reads that tell where a person is in getting to know you (record, measures, programme).
import { listMeasures } from '../../api/measures.ts';
import { getMyRecord } from '../../api/my-record.ts';
import { getProgramme } from '../../api/programme.ts';
import type { Facts } from './steps.ts';

export async function loadFacts(accountId: string): Promise<Facts> {
  // One after another: the server answers one person's reads in turn anyway.
  const record = await getMyRecord(accountId);
  const measures = await listMeasures(accountId);
  const programme = await getProgramme(accountId);
  return { record, measures, programme };
}
