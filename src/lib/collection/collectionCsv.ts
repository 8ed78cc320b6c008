// A collection as CSV: the rows of the published milestones.csv for its milestones, in the
// collection's order, with the same columns and the same BOM.
import { parseCsv, toCsv } from '../data/csv.ts';

export function collectionCsv(publishedCsv: string, ids: readonly string[]): string {
  const [header, ...rows] = parseCsv(publishedCsv);
  const idColumn = header?.indexOf('id') ?? -1;
  if (idColumn < 0) throw new Error('milestones.csv has no "id" column');
  const byId = new Map(rows.map((row) => [row[idColumn], row]));
  return toCsv(
    header,
    ids.flatMap((id) => {
      const row = byId.get(id);
      return row ? [row] : [];
    }),
  );
}
