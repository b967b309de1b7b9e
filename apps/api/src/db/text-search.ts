import { type RawBuilder, sql } from "kysely";

/**
 * `lower(column) like '%search%'` over any of the columns, with the search's own wildcards
 * escaped. ESCAPE is spelled out because SQLite, unlike PostgreSQL, has no default escape.
 */
export function containsIgnoringCase(
  columns: readonly string[],
  search: string,
): RawBuilder<boolean> {
  const pattern = `%${search.toLowerCase().replace(/[%_\\]/g, (m) => `\\${m}`)}%`;
  const matches = columns.map(
    (column) => sql`lower(${sql.ref(column)}) like ${pattern} escape '\\'`,
  );
  return sql<boolean>`(${sql.join(matches, sql` or `)})`;
}
