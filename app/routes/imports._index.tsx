import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation, useSearchParams } from "@remix-run/react";
import { useState } from "react";
import { errorMeta } from "#app/components/general-error-boundary";
import { ImportStatusChip } from "#app/components/import-status";
import { listImports } from "#app/models/imports/import-reports.server";
import { startImport } from "#app/models/imports/run-import.server";
import { IMPORT_ACCEPT, MAX_IMPORT_BYTES, readImportUpload } from "#app/utils/import-upload.server";
import { formatRetryAfter, hitRateLimit, RATE_LIMITS } from "#app/utils/rate-limit.server";
import { requireUserId } from "#app/utils/session.server";

export const meta: MetaFunction = ({ error }) => (error ? errorMeta(error) : [{ title: "Import members · Mutualist" }]);

export async function loader({ request }: LoaderFunctionArgs) {
  const userId = await requireUserId(request);
  const imports = await listImports(userId);
  return { imports, maxBytes: MAX_IMPORT_BYTES, accept: IMPORT_ACCEPT };
}

export async function action({ request }: ActionFunctionArgs) {
  const userId = await requireUserId(request);
  const limit = await hitRateLimit(`imports:account:${userId}`, RATE_LIMITS.importsPerAccount);
  if (!limit.allowed) {
    return data(
      {
        error: `You have uploaded ${RATE_LIMITS.importsPerAccount.limit} files in the last hour. Wait ${formatRetryAfter(limit.retryAfterSeconds)} and try again.`,
      },
      { status: 429, headers: { "Retry-After": String(limit.retryAfterSeconds) } },
    );
  }
  const upload = await readImportUpload(request);
  if (!upload.ok) return data({ error: upload.message }, { status: 400 });
  const started = await startImport({
    ownerId: userId,
    fileName: upload.fileName,
    format: upload.format,
    text: upload.text,
  });
  if (!started.ok) return data({ error: started.message }, { status: 409 });
  return redirect(`/imports/${started.importId}`);
}

const COLUMNS: [string, string][] = [
  ["name", "Business name (2–100 characters). Required."],
  [
    "categories",
    "Directory labels separated by ; or | (“Florists; Wedding Planners”). The first that matches is the main category, up to three more are kept. Required.",
  ],
  [
    "city, region, country",
    "Where the business works from (“Portland, OR, US” or “Bristol, England, United Kingdom”). City required.",
  ],
  ["lat, lng", "Coordinates, both or neither. Needed only when we do not know the town."],
  [
    "ref",
    "Your member number or id. Re-uploading a file updates the businesses with the same ref instead of adding them again.",
  ],
  ["website, description", "Optional. Description up to 2,000 characters."],
  [
    "offerings, targetCustomers, customerProblems",
    "Optional lists separated by ; or commas. Left empty, they are filled in from the categories and marked for the owner to confirm.",
  ],
  ["niche", "Optional one-line summary (10–140 characters); written for you when empty."],
  ["capacity", "none, booked-out or spare-capacity (or empty)."],
];

export default function Imports() {
  const { imports, maxBytes, accept } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const [clientError, setClientError] = useState<string | null>(null);
  const error = clientError ?? actionData?.error ?? null;
  const uploading = navigation.state === "submitting";
  const maxMb = Math.round(maxBytes / 1024 / 1024);
  const [searchParams] = useSearchParams();

  return (
    <div className="space-y-8">
      {searchParams.has("removed") ? (
        <p role="status" className="rounded-md bg-brand-50 p-3 text-sm">
          Report removed. Its businesses are still in the directory.
        </p>
      ) : null}
      <div>
        <h1 className="text-2xl font-bold">Import members</h1>
        <p className="mt-1 max-w-2xl text-stone-700">
          Upload your chamber’s or group’s member list to publish a profile for each business. You own the imported
          profiles and can edit them; uploading an updated list later changes only what changed.
        </p>
      </div>

      <section className="card" aria-labelledby="upload-heading">
        <h2 id="upload-heading" className="text-lg font-semibold">
          Upload a file
        </h2>
        <Form
          method="post"
          encType="multipart/form-data"
          className="mt-4 space-y-3"
          onSubmit={(event) => {
            const input = event.currentTarget.elements.namedItem("file");
            const file = input instanceof HTMLInputElement ? input.files?.[0] : undefined;
            if (file && file.size > maxBytes) {
              event.preventDefault();
              setClientError(`The file is larger than ${maxMb} MB: split it into smaller files`);
            } else setClientError(null);
          }}
        >
          <div>
            <label htmlFor="file" className="label">
              CSV or JSON Lines file
            </label>
            <input
              id="file"
              name="file"
              type="file"
              accept={accept}
              required
              className="input mt-1"
              aria-describedby={error ? "file-hint file-error" : "file-hint"}
              aria-invalid={error ? true : undefined}
            />
            <p id="file-hint" className="hint">
              .csv, .jsonl, .ndjson or .json, up to {maxMb} MB.
            </p>
            {error ? (
              <p id="file-error" className="field-error" role="alert">
                {error}
              </p>
            ) : null}
          </div>
          <button type="submit" className="btn" disabled={uploading}>
            {uploading ? "Uploading…" : "Start import"}
          </button>
        </Form>
      </section>

      <section aria-labelledby="history-heading">
        <h2 id="history-heading" className="text-lg font-semibold">
          Your imports
        </h2>
        {imports.length === 0 ? (
          <p className="mt-2 text-sm text-stone-700">No imports yet.</p>
        ) : (
          <div className="mt-3 overflow-x-auto">
            <table className="w-full border-collapse text-left text-sm">
              <thead className="border-b border-stone-300 text-stone-600">
                <tr>
                  <th scope="col" className="py-2 pr-4">
                    File
                  </th>
                  <th scope="col" className="py-2 pr-4">
                    Started
                  </th>
                  <th scope="col" className="py-2 pr-4">
                    Status
                  </th>
                  <th scope="col" className="py-2 pr-4 text-right">
                    Rows
                  </th>
                  <th scope="col" className="py-2 pr-4 text-right">
                    Created
                  </th>
                  <th scope="col" className="py-2 pr-4 text-right">
                    Updated
                  </th>
                  <th scope="col" className="py-2 pr-4 text-right">
                    Unchanged
                  </th>
                  <th scope="col" className="py-2 text-right">
                    Failed
                  </th>
                </tr>
              </thead>
              <tbody>
                {imports.map((entry) => (
                  <tr key={entry.id} className="border-b border-stone-200">
                    <td className="py-2 pr-4">
                      <Link to={`/imports/${entry.id}`}>{entry.fileName}</Link>
                    </td>
                    <td className="py-2 pr-4">
                      {new Date(entry.createdAt).toISOString().slice(0, 16).replace("T", " ")} UTC
                    </td>
                    <td className="py-2 pr-4">
                      <ImportStatusChip status={entry.status} />
                    </td>
                    <td className="py-2 pr-4 text-right">{entry.totalRows}</td>
                    <td className="py-2 pr-4 text-right">{entry.createdCount}</td>
                    <td className="py-2 pr-4 text-right">{entry.updatedCount}</td>
                    <td className="py-2 pr-4 text-right">{entry.unchangedCount}</td>
                    <td className="py-2 text-right">{entry.failedCount}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section className="card" aria-labelledby="format-heading">
        <h2 id="format-heading" className="text-lg font-semibold">
          The file format
        </h2>
        <p className="mt-2 text-sm text-stone-700">
          A CSV file with a header row (column names in any order and any case; other columns are ignored), or JSON
          Lines: one object per line with the same keys, lists as arrays.{" "}
          <a href="/imports/example.csv" download>
            Download an example CSV
          </a>
          .
        </p>
        <dl className="mt-4 grid gap-x-6 gap-y-3 text-sm sm:grid-cols-[minmax(10rem,auto)_1fr]">
          {COLUMNS.map(([column, text]) => (
            <div key={column} className="contents">
              <dt className="font-mono text-stone-800">{column}</dt>
              <dd className="text-stone-700">{text}</dd>
            </div>
          ))}
        </dl>
        <p className="mt-4 text-sm text-stone-700">
          Rows with problems are skipped and listed with their line number; the others are imported. Exports use the
          same columns, so an exported file can be edited and uploaded again. The whole public directory is available as{" "}
          <a href="/directory/export?format=csv">CSV</a> or <a href="/directory/export?format=jsonl">JSON Lines</a>.
        </p>
      </section>
    </div>
  );
}

export { GeneralErrorBoundary as ErrorBoundary } from "#app/components/general-error-boundary";
