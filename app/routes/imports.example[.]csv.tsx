import { IMPORT_EXAMPLE_CSV } from "#app/domain/import-format";

/** GET /imports/example.csv: the example member list the import page offers. */
export function loader() {
  return new Response(IMPORT_EXAMPLE_CSV, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": 'attachment; filename="mutualist-members-example.csv"',
      "Cache-Control": "public, max-age=3600",
    },
  });
}
